import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('abreviation', () => {
  it.each([
    ['Apportez un papier, p. ex. une facture.', 'p. ex.', 'par exemple'],
    ['Ex. : votre carte d’identité.', 'Ex.', 'par exemple'],
    ['Cf. le guide de la mairie.', 'Cf.', 'voir'],
    ['Le formulaire n° 12504 est prêt.', 'n°', 'numéro'],
    // Fiche F35453 (fourth reading): the number glued to « N° » gets its space (« numéro3 » before).
    ['Le N°3 est prêt.', 'N°3', 'numéro 3'],
    // Seventh reading: the full stop at the end of the sentence is not part of the number (« numéro 11530. » before).
    ['Le créancier doit utiliser le formulaire cerfa n°11530.', 'n°11530', 'numéro 11530'],
    ['M. Dupont vous reçoit.', 'M.', 'Monsieur'],
    ['Mme Martin vous reçoit.', 'Mme', 'Madame'],
    ['Le Dr Martin vous soigne.', 'Dr', 'Docteur'],
    ['Il y a env. 30 personnes.', 'env.', 'environ'],
    ['Lisez l’art. 4 du règlement.', 'l’art.', 'l’article'],
    ['Tél. : 01 23 45 67 89.', 'Tél.', 'téléphone'],
    // Eleventh reading: at the end of the sentence, the full stop stays (« 10 minutes. »).
    ['Le rendez-vous dure 10 min.', 'min', 'minutes'],
    ['Le compte reprend votre nom, précédé de M ou Mme.', 'Mme', 'Madame'],
    ['Mme. Martin vous reçoit.', 'Mme.', 'Madame'],
    ['Il faut signer, c.-à-d. écrire votre nom.', 'c.-à-d.', 'c’est-à-dire'],
    ['Répondez svp.', 'svp', 's’il vous plaît'],
    ['Prenez RDV avec la mairie.', 'RDV', 'rendez-vous'],
    ['C’est votre 1ère demande.', '1ère', 'première'],
    // Fiche F510 (fourth reading): « troisième » was then told « 3e » by `nombre-en-lettres`.
    ['Montez au 3ème étage.', '3ème', '3e'],
    ['C’est la 21eme fois.', '21eme', '21e'],
  ])('fires on an abbreviation: %s', async (text, actual, expected) => {
    const messages = await messagesFor('abreviation', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, expected: [expected], severity: 'error' });
  });

  it.each([
    'Le 1er avril, venez à la mairie.',
    'C’est mon ex. Il est parti.',
    'J’aime l’art.',
    'Allez à la page 12.',
    'Il faut un tel papier.',
    'Ce n’est pas un problème.',
    'Monsieur Dupont vous reçoit.',
    'Le numéro 12504 est prêt.',
    'Écrivez à contact@mairie.fr ou allez sur www.mairie.fr.',
    'Vous avez 2 enfants.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('abreviation', text)).toEqual([]);
  });

  it.each([
    ['J’habite à St-Denis.', 'St', 'Saint'],
    ['La rue Ste Anne est fermée.', 'Ste', 'Sainte'],
  ])('fires on an abbreviation before a closing sign, or a saint: %s', async (text, actual, expected) => {
    expect(await messagesFor('abreviation', text)).toMatchObject([{ actual, expected: [expected] }]);
  });

  it.each([
    ['Apportez vos papiers, vos photos, etc.', 'etc.'],
    ['Remplissez toutes les cases (nom, adresse, etc.).', 'etc.'],
    // Fiches F33052, F32485: « et d’autres choses » was proposed, and applied by --fix: « (famille, ami,
    // et d’autres choses) », « (janvier payé début février, et d’autres choses) ».
    ['## Vous êtes hébergé chez un particulier (famille, ami, etc.)', 'etc.'],
    ['La PreParE est versée à terme échu (janvier payé début février, etc).', 'etc'],
  ])('fires on « etc. » without a word to put in its place: %s', async (text, actual) => {
    const messages = await messagesFor('abreviation', text);
    expect(messages).toMatchObject([{ actual, expected: [] }]);
    // Third reading (3 December), fiche F34342: « supprimez etc. » alone made an open list look
    // complete (in law, « tout autre organisme » was lost); the advice now says « par exemple ».
    expect(messages[0]!.reason).toContain('Écrivez toute la liste.');
    expect(messages[0]!.reason).toContain('écrivez « par exemple » avant la liste');
  });

  it.each(['Le marché est à 5 km.', 'Le mot « st » est court.', 'J’habite à Saint-Denis.'])('stays silent: %s', async (text) => {
    expect(await messagesFor('abreviation', text)).toEqual([]);
  });

  it('allows abbreviations listed in the option allow', async () => {
    const config = { rules: { abreviation: { options: { allow: ['RDV'] } } } };
    expect(await messagesFor('abreviation', 'Prenez RDV avec la mairie.', { config })).toEqual([]);
  });

  it('reads « modèle P. 237 » as the code of a form, not « page » (fiche F34746, sixteenth session)', async () => {
    expect(await messagesFor('abreviation', 'Vous demandez le bordereau de situation fiscale modèle P. 237 aux impôts.')).toEqual([]);
    expect(await messagesFor('abreviation', 'Lisez le guide, p. 12.')).toMatchObject([{ expected: ['page'] }]);
  });
});
