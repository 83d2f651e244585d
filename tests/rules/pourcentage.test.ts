import { describe, expect, it } from 'vitest';
import { messagesFor, quotesAndPlaces } from '../helpers.ts';

describe('pourcentage', () => {
  it.each([
    // First in the sentence, the words take its capital.
    ['50 % des personnes ont droit à l’aide.', '50 %', ['La moitié']],
    ['Vous payez 25 % du loyer.', '25 %', ['un quart']],
    ['Presque 100% des habitants ont répondu.', '100%', ['tout']],
    ['Environ 12,5 % des salariés travaillent la nuit.', '12,5 %', ['beaucoup', 'peu']],
    ['Cinquante pour cent des demandes sont acceptées.', 'Cinquante pour cent', ['La moitié']],
    ['80 pourcent des personnes ont un emploi.', '80 pourcent', ['La plupart', 'Beaucoup']],
    ['3 % des familles sont concernées.', '3 %', ['Très peu', 'Peu']],
    ['Les aides couvrent 50 % des familles.', '50 %', ['la moitié']],
  ])('fires on a percentage: %s', async (text, actual, expected) => {
    const messages = await messagesFor('pourcentage', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, expected, severity: 'error' });
  });

  it.each([
    // Service-public fiches (F1312, F10874, F10259, F1, F102): a rate or a limit is an exact amount.
    // « peu » or « tout » would change what the sentence says (« supérieure à très peu du loyer »).
    ['Toutefois, si la hausse est supérieure à 10 % du loyer initial, elle s’applique par 1/3 annuel au contrat renouvelé.', '10 %'],
    ['Dans certains cas, la consultation peut être remboursée à 100 % du tarif conventionnel.', '100 %'],
    ['Le capital est imposé suivant le barème progressif, ou sur option suivant un prélèvement libératoire de 7,5 %.', '7,5 %'],
    ['Vous pouvez déduire 66 % des cotisations annuelles.', '66 %'],
    ['Lorsque l’ensemble des élus ayant atteint 10% des suffrages renoncent par écrit à leur droit.', '10%'],
    // F1317: « fixée à trois quarts de ces montants » is not French (« aux trois quarts »).
    ['Pour les colocataires, la RLS est fixée à 75 % de ces montants.', '75 %'],
    // F1270: « les un quart restants » is not French.
    ['Le défunt peut attribuer les 25 % restants, soit 50 000 € aux personnes de son choix (héritiers ou tiers).', '25 %'],
  ])('still fires on a rate or a limit, with no word that changes its meaning: %s', async (text, actual) => {
    const messages = await messagesFor('pourcentage', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.actual).toBe(actual);
    expect(messages[0]!.expected ?? []).toEqual([]);
    // « 100 % » is said in words: « tout » (sixth reading).
    expect(messages[0]!.reason).toContain(actual === '100 %' ? '« 100 % » veut dire « tout »' : '« 10 % » veut dire « 10 sur 100 »');
  });

  it.each([
    // Service-public fiches: a comma, a bracket or the final full stop after the percentage.
    ['La caisse rembourse 10 %, puis vous payez le reste.', '10 %'],
    ['Le taux (environ 7,5 %) change chaque année.', '7,5 %'],
    ['Le taux est de 3 %.', '3 %'],
  ])('places the message on the percentage alone, as quoted: %s', async (text, actual) => {
    const [message] = await quotesAndPlaces('pourcentage', text);
    expect(message?.actual).toBe(actual);
    expect(message?.written).toBe(actual);
  });

  it.each([
    'Il y a cent personnes dans la salle.',
    'Vous payez 1 500 € par mois.',
    'Allez sur https://exemple.fr/aide%20logement pour lire.',
    'Pour cent euros, vous avez un repas.',
    'Le pourcentage change chaque année.',
    'La moitié des personnes ont droit à l’aide.',
    'Vous payez une partie du loyer.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('pourcentage', text)).toEqual([]);
  });

  it('takes its severity from the configuration', async () => {
    const config = { rules: { pourcentage: 'warning' as const } };
    const messages = await messagesFor('pourcentage', 'Vous payez 50 % du prix.', { config });
    expect(messages[0]!.severity).toBe('warning');
  });

  it('reads the number glued to an opening bracket: « (50 % maximum) » (fiche F32485)', async () => {
    const text = '| Statut | Montant |\n| --- | --- |\n| Temps partiel (50 % maximum) | 257,55 € |\n';
    const messages = await messagesFor('pourcentage', text);
    expect(messages).toMatchObject([{ actual: '50 %' }]);
    // A limit (« maximum »), not a share of a thing: no word in its place.
    expect(messages[0]!.expected ?? []).toEqual([]);
  });

  it.each([
    // Third reading (3 December), fiches F34440, F345, F34700: a limit or a rate, not a share of a thing.
    ["La pension est versée jusqu'à 50 % d'incapacité.", '50 %'],
    ['Pour la partie du taux excédant 50 %, le taux est réduit de moitié.', '50 %'],
    ['Vous avez droit à une réduction de 50 % sur le billet.', '50 %'],
    ['Vous devez avoir une incapacité d’au moins 25 % pour avoir cette aide.', '25 %'],
    ['Vous travaillez à temps partiel à 50 %.', '50 %'],
  ])('gives no word for a limit or a rate: %s', async (text, actual) => {
    const messages = await messagesFor('pourcentage', text);
    expect(messages).toMatchObject([{ actual }]);
    expect(messages[0]!.expected ?? []).toEqual([]);
  });

  it('reports the first percentage of a table, not every cell nor every column (fiche F783, fifth and eighth readings)', async () => {
    const table = ['Le taux change chaque année.', '', '| Année | 1er semestre | 2e semestre |', '| --- | --- | --- |', '| 2012 | 0,71 % | 0,71 % |', '| 2013 | 0,04 % | 0,04 % |', '| 2014 | 0,04 % | 0,04 % |'].join('\n');
    const messages = await messagesFor('pourcentage', table);
    expect(messages.map((message) => [message.line, message.actual])).toEqual([[5, '0,71 %']]);
    expect(messages[0]!.reason).toContain('avec un exemple au-dessus du tableau');
    // Outside a table, each percentage is still reported.
    expect(await messagesFor('pourcentage', 'Vous payez 3 % de frais. Le taux est de 4 %.')).toHaveLength(2);
  });

  it('says what « 100 % » means instead of « 10 sur 100 » (page N418, sixth reading)', async () => {
    const [message] = await messagesFor('pourcentage', 'Remboursement à 100 % sur la base du tarif.');
    expect(message).toMatchObject({ actual: '100 %' });
    expect(message!.reason).toContain('« 100 % » veut dire « tout »');
    expect(message!.reason).not.toContain('10 sur 100');
  });

  it('asks once per sentence for an example: « entre 55 % et 110 % du Smic » (fiche F2208, seventh reading)', async () => {
    const messages = await messagesFor('pourcentage', 'Votre salaire est compris entre 55 % et 110 % du Smic.');
    expect(messages.map((message) => message.actual)).toEqual(['55 %']);
    // A percentage said with words keeps its own message: « 50 % » is « la moitié ».
    const both = await messagesFor('pourcentage', 'Vous payez 37 % du prix, et 50 % des frais.');
    expect(both.map((message) => message.actual)).toEqual(['37 %', '50 %']);
  });

  it('does not quote a word glued after the sign: « 25 %avec » (fiche F446, seventeenth reading)', async () => {
    expect(await quotesAndPlaces('pourcentage', 'La réduction d’impôt est de 25 %avec un maximum de 7 625 €.')).toEqual([{ actual: '25 %', written: '25 %' }]);
  });
});
