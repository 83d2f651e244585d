import { describe, expect, it } from 'vitest';
import { checkFile, messagesFor } from '../helpers.ts';

const EASY = [
  'Vous dormez dans la rue.',
  'Vous avez besoin d’une adresse.',
  'Allez à la mairie.',
  'La mairie vous donne une adresse.',
  'Gardez ce papier avec vous.',
  'Vos lettres arrivent à la mairie.',
  'Allez chercher vos lettres souvent.',
  'Vous pouvez aussi appeler la mairie.',
  'Une personne vous aide.',
  'Elle vous explique vos droits.',
].join('\n');

const HARD = [
  'La domiciliation, appelée également élection de domicile, permet à toute personne sans domicile stable de disposer d’une adresse administrative où recevoir son courrier et faire valoir certains droits et prestations.',
  'Les organismes compétents pour procéder à votre domiciliation sont les centres communaux d’action sociale et les organismes agréés par le préfet de département.',
  'Vous êtes considéré comme étant sans domicile stable si vous n’avez pas d’adresse pour recevoir votre courrier de manière constante et confidentielle.',
].join(' ');

describe('lisibilite', () => {
  it('stores the scores of the file for the reporters', async () => {
    const file = await checkFile(EASY, { rule: 'lisibilite' });
    const stats = file.data.falcStats!;
    expect(stats.kandelMoles).toBeGreaterThan(80);
    expect(stats.lix).toBeLessThan(35);
    expect(stats.syllables).toBeGreaterThan(40);
  });

  it.each([
    HARD,
    `${HARD}\n\nVous devez néanmoins justifier préalablement de l’effectivité de votre rattachement territorial auprès de l’organisme instructeur compétent.`,
    'Conformément aux dispositions réglementaires applicables, l’administration procède systématiquement à l’instruction contradictoire des demandes. '.repeat(4),
    'Les bénéficiaires potentiellement éligibles doivent obligatoirement communiquer l’intégralité des justificatifs administratifs nécessaires. '.repeat(5),
  ])('warns about a hard text: %s', async (text) => {
    const messages = await messagesFor('lisibilite', text);
    expect(messages.some((message) => message.severity === 'warning')).toBe(true);
  });

  it.each([
    EASY,
    // Trap: a short text is not scored (unstable score).
    'La domiciliation est accordée pour une durée renouvelable.',
    // Trap: headings are not counted.
    `# Les conditions administratives de la domiciliation\n\n${EASY}`,
    'Vous avez perdu vos papiers ? Faites quand même votre demande. Le CCAS vous aide. '.repeat(5),
  ])('stays silent on an easy text: %s', async (text) => {
    expect(await messagesFor('lisibilite', text)).toEqual([]);
  });

  it('gives advice on a hard paragraph of 3 sentences or more', async () => {
    const paragraph = 'Conformément aux dispositions réglementaires applicables, l’administration procède systématiquement à l’instruction contradictoire des demandes d’indemnisation. '.repeat(3);
    const text = `${EASY}\n\n${paragraph}\n`;
    const messages = await messagesFor('lisibilite', text);
    expect(messages.some((message) => message.severity === 'info' && message.line === 12)).toBe(true);
  });

  it('takes its thresholds from the options', async () => {
    const config = { rules: { lisibilite: { options: { minGuide: 20, maxLix: 90, minParagraph: 0 } } } };
    expect(await messagesFor('lisibilite', HARD, { config })).toEqual([]);
  });
});

describe('lisibilite: the score shown agrees with the threshold', () => {
  it('shows a score under the minimum it names, also just under it (54.7 is « 54 », not « 55 »)', async () => {
    // Fiche F35: « son score de lisibilité est 60 sur 100 et il faut au moins 60 » (a score of 59.5 or more).
    const text = 'La domiciliation, appelée également élection de domicile, permet à toute personne sans domicile stable de disposer d’une adresse administrative où recevoir son courrier et faire valoir certains droits et prestations. Vous dormez dans la rue.';
    const score = Number((await checkFile(text)).data.falcStats?.kandelMoles);
    const minGuide = Math.ceil(score);
    expect(minGuide - score, 'the text must score just under an integer, at .5 or more').toBeLessThanOrEqual(0.5);
    const config = { rules: { lisibilite: { options: { minGuide, minWords: 1, maxLix: 100 } } } };
    const whole = (await messagesFor('lisibilite', text, { config })).find((message) => message.reason.startsWith('Le texte est difficile'));
    const shown = Number(/est (\d+) sur 100/.exec(whole?.reason ?? '')?.[1]);
    expect(shown).toBe(minGuide - 1);
  });
});

describe('lisibilite: tables are not running text', () => {
  it('scores the prose around a table, not its cells (fiche F795, fifth reading)', async () => {
    const prose = 'Le notaire vous dit le prix. Vous payez le notaire. Il vous donne un papier.';
    const table = [
      '',
      '| Valeur du bien | Taux |',
      '| --- | --- |',
      '| De 0 € à 6 500 € | 3,870 % HT de la valeur du bien |',
      '| De 6 500 € à 17 000 € | 1,596 % HT de la valeur du bien |',
      '| De 17 000 € à 60 000 € | 1,064 % HT de la valeur du bien |',
      '| Plus de 60 000 € | 0,799 % HT de la valeur du bien |',
    ].join('\n');
    const alone = (await checkFile(prose)).data.falcStats;
    const withTable = (await checkFile(`${prose}\n${table}`)).data.falcStats;
    expect(withTable?.kandelMoles).toBe(alone?.kandelMoles);
    expect(withTable?.lix).toBe(alone?.lix);
  });
});
