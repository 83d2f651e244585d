import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('date', () => {
  it.each([
    ['Le rendez-vous est le 03/04/2026.', '03/04/2026', '3 avril 2026'],
    ['Venez le 3/4/26 à la mairie.', '3/4/26', '3 avril 2026'],
    ['La date limite est le 2026-04-03.', '2026-04-03', '3 avril 2026'],
    ['Rendez votre dossier avant le 01.12.2025.', '01.12.2025', '1er décembre 2025'],
    ['Nous vous recevons le 03-04-2026 à la mairie.', '03-04-2026', '3 avril 2026'],
    ['Le 29/02/2028, la loi change.', '29/02/2028', '29 février 2028'],
    ['Vous êtes né le 12/05/85 ?', '12/05/85', '12 mai 1985'],
    ['Le centre est fermé du 03/08 au 24/08.', '03/08', '3 août'],
    // « le 1/4 » followed by a word that is not « de »: still a date.
    ['Le centre ferme le 1/4 pour travaux.', '1/4', '1er avril'],
  ])('fires on a numeric date: %s', async (text, actual, expected) => {
    const messages = await messagesFor('date', text);
    expect(messages[0]).toMatchObject({ actual, expected: [expected], severity: 'error' });
  });

  it.each([
    'Le rendez-vous est le 3 avril 2026.',
    'Réponse avant le 31/02/2026.',
    'Appelez le 01.23.45.67.89 le matin.',
    'Le formulaire 12504/01 est en ligne.',
    'Vous avez 1/2 journée de congé.',
    'Lisez la page https://exemple.fr/2026/04/03 pour en savoir plus.',
    'La version 1.2.3 du logiciel est prête.',
    'L’année scolaire 2025-2026 commence.',
    'Le rendez-vous est à 9 h 30.',
    // Service-public fiches F1199 and F13093: a fraction « de » something, not the 1st of April or March.
    'Par exemple, si vous avez droit au 1/4 de la succession, vous ne devez payer qu’1/4 des dettes du défunt.',
    'Vous n’êtes pas en mesure de vous procurer un salaire supérieur au 1/3 de la rémunération normale des travailleurs de votre catégorie.',
    // Ninth reading: a tenth is a fraction too (« 1er octobre » was told).
    'L’indemnité est égale au 1/10 de la rémunération totale.',
    'Vous pouvez choisir la règle du 1/10 si elle est plus favorable.',
    // Fiche F1404 (twelfth reading): a share, subject of the verb.
    'Si vous êtes marié, le 1/4 revient à votre époux ou épouse.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('date', text)).toEqual([]);
  });

  it('reads a two-digit year with the pivot option', async () => {
    const config = { rules: { date: { options: { pivotYear: 90 } } } };
    const messages = await messagesFor('date', 'Vous êtes né le 12/05/85 ?', { config });
    expect(messages[0]!.expected).toEqual(['12 mai 2085']);
  });
});
