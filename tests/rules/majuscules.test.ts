import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('majuscules', () => {
  it.each([
    ['ATTENTION : vous devez venir.', 'ATTENTION', 'Attention'],
    ['VOUS DEVEZ VENIR avec votre carte.', 'VOUS DEVEZ VENIR', 'Vous devez venir'],
    ['C’est TRÈS important.', 'TRÈS', 'très'],
    ['Apportez votre ATTESTATION de la CAF.', 'ATTESTATION', 'attestation'],
    ['URGENT : appelez le centre.', 'URGENT', 'Urgent'],
    ['Venez avec LE DOSSIER complet.', 'LE DOSSIER', 'le dossier'],
    ['Allez voir la personne de l’ETAT CIVIL.', 'l’ETAT CIVIL', "l'état civil"],
    // A negation shouted in capitals: the catalogue wants bold, not capitals.
    ['Il ne faut PAS oublier.', 'PAS', 'pas'],
    // Fiches F34986, F34922: the acronyms around a shouted « OU » stay as written (« Ddpp ou Ddcspp » before).
    ['Demandez à la direction départementale (DDPP OU DDCSPP selon votre département).', 'DDPP OU DDCSPP', 'DDPP ou DDCSPP'],
  ])('fires on words in capitals: %s', async (text, actual, expected) => {
    const messages = await messagesFor('majuscules', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, expected: [expected], severity: 'error' });
  });

  it('stays silent on a word the text shows as an acronym in brackets (service-public fiche F1224)', async () => {
    const text =
      'Vous pouvez bénéficier d’un crédit d’impôt pour la transition écologique (CITE). Ce crédit d’impôt est accordé sous conditions de ressources.\n\nLe CITE est cumulable avec l’éco-prêt à taux zéro.\n';
    expect(await messagesFor('majuscules', text)).toEqual([]);
  });

  it('stays silent on the name of a register after « répertoire » (service-public fiche F11166)', async () => {
    expect(await messagesFor('majuscules', '- Extrait de moins de 3 mois d’inscription au répertoire SIRENE')).toEqual([]);
    // The same word after another noun is still shouting.
    expect(await messagesFor('majuscules', '- Extrait de moins de 3 mois d’inscription, OBLIGATOIRE')).toHaveLength(1);
  });

  it('stays silent on one word in capitals alone in a table cell (service-public fiche F10007)', async () => {
    const text = '| Nombre de personnes à loger | PLAI | PLUS | PLS |\n| --- | --- | --- | --- |\n| 1 | 11 478 € | 20 966 € | 27 256 € |\n';
    expect(await messagesFor('majuscules', text)).toEqual([]);
  });

  it('still fires on a word in capitals in a sentence of a table cell', async () => {
    const text = '| Pièce | Quand |\n| --- | --- |\n| Votre carte | Vous devez TOUJOURS la montrer. |\n';
    expect(await messagesFor('majuscules', text)).toMatchObject([{ actual: 'TOUJOURS', expected: ['toujours'] }]);
  });

  it('fires on a heading in capitals', async () => {
    const messages = await messagesFor('majuscules', '# MES DROITS\n');
    expect(messages).toMatchObject([{ actual: 'MES DROITS', expected: ['Mes droits'] }]);
  });

  it.each([
    'Venez au CCAS avec votre avis de RSA.',
    'La CAF et la CPAM vous aident.',
    'Allez à la MDPH ou à l’URSSAF.',
    'Un prêt d’accession sociale, le PAS, aide à acheter.',
    'Madame PETIT vous reçoit.',
    'Jean BLANC vous appelle.',
    'Lisez le chapitre IV.',
    'Le SIDA est une maladie.',
    'Envoyez votre CV et votre CDI.',
    'OK, vous pouvez venir.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('majuscules', text)).toEqual([]);
  });

  it('allows words listed in the option allow', async () => {
    const config = { rules: { majuscules: { options: { allow: ['URGENT'] } } } };
    expect(await messagesFor('majuscules', 'URGENT : appelez le centre.', { config })).toEqual([]);
  });

  it.each([
    // Eighth reading, fiche F2843: codes of the driving licence; « CE, DE » was one group, told « ce de ».
    'Vous pouvez conduire avec le permis B1, B, BE, C, D, CE, DE, C1.',
    // Fiche F2621: a surname and a first name, then the surname again; « martin Alain » was suggested.
    "Nom de l'adoptant : MARTIN ALAIN (1re partie : MARTIN 2nde partie : ALAIN).",
    // Tenth reading: the name of a law (« élan » was suggested).
    'La loi ELAN a changé les règles du bail mobilité.',
    // Eleventh reading, fiche F23476: the system that gives the number (« océan » was suggested).
    'Si vous êtes candidat libre au bac, donnez votre n° OCEAN.',
    'Donnez votre numéro OCEAN.',
    // Ninth reading: the reference of a standard (« NF en » was suggested).
    'Les capteurs respectent les normes NF EN 12975.',
    // Fiche F31601: « PLUS » among the names of loans (« Plai plus » was suggested).
    'Les ressources des personnes habitant votre logement (de type PLAI, PLUS ou PLS) dépassent un montant maximum.',
  ])('stays silent on codes in a list and on names in capitals: %s', async (text) => {
    expect(await messagesFor('majuscules', text)).toEqual([]);
  });

  it('does not join words in capitals across a comma: the comma stays in the suggestion', async () => {
    const messages = await messagesFor('majuscules', 'ATTENTION, VOUS DEVEZ VENIR.');
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([
      ['ATTENTION', ['Attention']],
      ['VOUS DEVEZ VENIR', ['vous devez venir']],
    ]);
  });
});
