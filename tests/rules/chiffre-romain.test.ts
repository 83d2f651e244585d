import { describe, expect, it } from 'vitest';
import { messagesFor, quotesAndPlaces } from '../helpers.ts';

describe('chiffre-romain', () => {
  it('places the message on the numeral, not on the full stop after it (a service-public fiche)', async () => {
    const text = 'Vous avez une qualification de niveau V.';
    const [message] = await quotesAndPlaces('chiffre-romain', text);
    expect(message?.actual).toBe('V');
    expect(message?.written).toBe('V');
  });

  it.each([
    ['Nous sommes au XXIe siècle.', 'XXIe', '21e'],
    ['Louis XIV était roi de France.', 'XIV', '14'],
    ['Lisez le chapitre IV du guide.', 'IV', '4'],
    ['Voir l’article III du règlement.', 'III', '3'],
    ['Titre II : les aides.', 'II', '2'],
    ['François Ier a signé ce texte.', 'Ier', '1er'],
    ['La Ve République date de 1958.', 'Ve', '5e'],
    ['Lisez la partie V.', 'V', '5'],
    ['Vous avez un diabète de type II.', 'II', '2'],
  ])('fires on a Roman numeral: %s', async (text, actual, expected) => {
    const messages = await messagesFor('chiffre-romain', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, expected: [expected], severity: 'warning' });
  });

  it('reports every numeral of an enumeration after a plural context word (fiche F35001: « I » was left alone)', async () => {
    const text = 'Au titre d’un classement dans les groupes I, II et III de la grille Aggir.';
    const messages = await messagesFor('chiffre-romain', text);
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([['I', ['1']], ['II', ['2']], ['III', ['3']]]);
  });

  it('gives no replacement for a numeral after another number (fiche F34407: « l’article 140 6 »)', async () => {
    const text = '- comprendre l’intégralité de l’article 140 VI de la loi du 23 novembre 2018';
    const messages = await messagesFor('chiffre-romain', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.actual).toBe('VI');
    expect(messages[0]!.expected ?? []).toEqual([]);
    expect(messages[0]!.reason).toContain('« paragraphe 6 de l’article 140 »');
  });

  it.each([
    'Écrivez la lettre I dans la case.',
    'I love you.',
    'La vitamine C est utile.',
    'Envoyez votre CV à la mairie.',
    'Vous avez un CDI.',
    'Allez à la MDPH.',
    'Mme Martin vous reçoit.',
    'J. Dupont vous appelle.',
    'Le DVD est prêt.',
    'Vous portez la taille XL.',
    'Écrivez XX sur la ligne.',
    'Le plan B est prêt.',
    'Le centre est au 3 rue Louis XVI.',
    'Maître Martin est votre avocat. Me Martin vous appelle.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('chiffre-romain', text)).toEqual([]);
  });

  it('accepts extra context words', async () => {
    expect(await messagesFor('chiffre-romain', 'Lisez le feuillet V.')).toEqual([]);
    const config = { rules: { 'chiffre-romain': { options: { contextWords: ['feuillet'] } } } };
    expect(await messagesFor('chiffre-romain', 'Lisez le feuillet V.', { config })).toHaveLength(1);
  });

  it('gives « paragraphe 2 » for a part of a legal text before « de l’article » (fiche F920, fifth reading)', async () => {
    const text = "Le bail doit contenir les 5 premiers alinéas du II de l'article 15 de la loi du 6 juillet 1989.";
    expect(await messagesFor('chiffre-romain', text)).toMatchObject([{ actual: 'II', expected: ['paragraphe 2'] }]);
    // « le chapitre II de la loi » has its word already.
    expect(await messagesFor('chiffre-romain', 'Le chapitre II de la loi est long.')).toMatchObject([{ actual: 'II', expected: ['2'] }]);
  });

  it('asks for the name of the diploma for both levels of « de niveau V (CAP) à III (BTS) » (fiche F215, seventh reading)', async () => {
    const text = "Vous devez avoir une certification de niveau V (CAP) à III (BTS) dans le métier.";
    const messages = await messagesFor('chiffre-romain', text);
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([['V', undefined], ['III', undefined]]);
    expect(messages[1]!.reason).toContain('nom du diplôme');
  });

  it('leaves « CDII », an acronym, without a context word (fiche F2247, seventh reading)', async () => {
    expect(await messagesFor('chiffre-romain', "Le contrat de travail intermittent (CDII ou CD2I) est un contrat à durée indéterminée.")).toEqual([]);
    // Without C, D or M: still a numeral.
    expect(await messagesFor('chiffre-romain', 'Louis XVII était roi.')).toMatchObject([{ actual: 'XVII', expected: ['17'] }]);
  });

  it('gives no number for the old level of a diploma: « 4 (anciennement IV) » (fiche F199, tenth reading)', async () => {
    const messages = await messagesFor('chiffre-romain', 'Le bac est une certification de niveau 4 (anciennement IV).');
    expect(messages).toMatchObject([{ actual: 'IV', expected: undefined }]);
  });

  it('leaves « Ies », « les » typed with a capital I (fiche F2515, eleventh reading), and still reads « Ier »', async () => {
    expect(await messagesFor('chiffre-romain', 'Le juge transcrivent Ies enregistrements et rédigent un procès-verbal.')).toEqual([]);
    expect((await messagesFor('chiffre-romain', 'Le roi François Ier signe la loi.'))[0]).toMatchObject({ actual: 'Ier' });
  });

  it('leaves the code of a category of the 1948 law: « catégorie II B » (fiche F17709, fourteenth reading)', async () => {
    expect(await messagesFor('chiffre-romain', 'Votre logement est classé en catégorie II B.')).toEqual([]);
    expect(await messagesFor('chiffre-romain', 'Lisez le chapitre II du guide.')).toHaveLength(1);
  });
});
