import { describe, expect, it } from 'vitest';
import { checkFile, messagesFor, quotesAndPlaces } from '../helpers.ts';

describe('meme-personne', () => {
  it('fires on the sentence that switches from « vous » to « je »', async () => {
    const messages = await messagesFor('meme-personne', 'Vous allez à la mairie.\n\nVous donnez votre formulaire.\n\nJe signe le papier.\n');
    // The message points at the word that speaks with another person; the author rewrites the sentence.
    expect(messages).toMatchObject([{ line: 5, column: 1, actual: 'Je', expected: undefined, severity: 'warning' }]);
  });

  it('fires on a « vous » in a text written with « je »', async () => {
    const messages = await messagesFor('meme-personne', 'J’ai une mesure de protection.\n\nMon mandataire m’aide.\n\nVous pouvez demander un rendez-vous.\n');
    expect(messages).toMatchObject([{ line: 5, column: 1, actual: 'Vous', expected: undefined }]);
  });

  it.each([
    'Vous allez à la mairie. Vous donnez votre formulaire. Je vous explique la suite.',
    'Vous allez à la mairie. Vous dites : « Je voudrais un rendez-vous. »',
    'Vous allez à la mairie. Vous dites : je voudrais un rendez-vous.',
    'Vous allez à la mairie. On a le droit de demander de l’aide. Nous vous aidons.',
    'J’ai une mesure de protection. Mon mandataire m’aide. Je peux donner mon avis.',
    'Vous allez à la mairie. Vous montrez votre carte. Je peux venir avec mon chien ?',
    'On écrit en FALC. Tout le monde a le droit de comprendre.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('meme-personne', text)).toEqual([]);
  });

  it('fires on one « je » next to one « vous »: the default threshold is 1 sentence', async () => {
    expect(await messagesFor('meme-personne', 'Vous allez à la mairie. Je signe.')).toMatchObject([{ column: 25, actual: 'Je', expected: undefined }]);
  });

  it.each([
    ['Vous remplissez le formulaire.\n\nEnsuite, on l’envoie à la caisse.\n', 'on'],
    ['Vous avez un rendez-vous.\n\nOn arrive 10 minutes avant.\n', 'On'],
    ['Vous allez à l’accueil. Puis on ne paie rien.', 'on'],
    ['Apportez votre carte. Vous la montrez.\n\n## Au bureau de vote\n\nÀ l’entrée, on prend une enveloppe.\n', 'on'],
  ])('fires on « on » used for the reader next to « vous »: %s', async (text, actual) => {
    const messages = await messagesFor('meme-personne', text);
    expect(messages).toMatchObject([{ actual, expected: undefined }]);
    expect(messages[0]!.reason).toContain('« on »');
  });

  it.each([
    ['Vous allez à la mairie.\n\nNous donnons le papier à la personne de l’accueil.\n', 'Nous'],
    ['Nous allons à la mairie.\n\nVous donnez le papier.\n', 'Nous'],
  ])('fires on « nous » used for the reader next to « vous »: %s', async (text, actual) => {
    const messages = await messagesFor('meme-personne', text);
    expect(messages).toMatchObject([{ actual, expected: undefined }]);
    expect(messages[0]!.reason).toContain('Nous sommes');
  });

  it.each([
    // « nous » of the writers, named apart from the reader.
    'Vous venez au centre le lundi. Nous vous aidons à remplir le dossier. Nous préparons le repas.',
    'Nous sommes l’équipe du centre social. Vous venez le lundi. Nous préparons le repas.',
    'Vous pouvez nous appeler. Nous répondons le matin.',
    'Notre association aide les familles. Vous venez le lundi. Nous préparons le repas.',
    // « on » of the service or of everybody.
    'Vous attendez dans la salle. On vous appelle quand c’est votre tour. On regarde votre dossier.',
    'Vous pouvez voter. On a le droit de voter à 18 ans.',
    'Vous allez chez le médecin. Quand on est malade, on va chez le médecin.',
    'Vous lisez la lettre. Si on ne comprend pas, on demande de l’aide.',
    'Vous lisez la lettre. Pour nous, c’est important.',
    'Vous lisez ce texte. On dit aussi « facile à lire ».',
    'Vous lisez ce texte. On peut le lire avec une personne de confiance.',
    // A definition (fiche F732, fifth reading).
    "Vous devez être à votre domicile. Par domicile, on entend le domicile personnel, mais aussi les établissements d'hébergement collectif.",
    'Vous devez lire la version complète. Elle est longue. Pour ce texte, nous avons gardé les mots « personne handicapée ».',
    // Far from « vous »: « on » and « nous » often speak of everybody or of the writers.
    'Vous lisez ce texte.\n\nLe FALC aide tout le monde.\n\nOn écrit des phrases courtes.\n',
    // A question: what the reader asks.
    'Vous allez à la mairie. On paie quelque chose ?',
    // A text in the reader's voice: its « on » and « nous » are not counted.
    'J’ai une mesure de protection. On m’aide pour les papiers. Nous avons des droits.',
  ])('stays silent on « on » and « nous » that are not the reader: %s', async (text) => {
    expect(await messagesFor('meme-personne', text)).toEqual([]);
  });

  it('does not count the title of an answer: it is what the reader says', async () => {
    const text = 'Vous allez à la mairie.\n\nVous donnez votre formulaire.\n\n<Choix question="Vous êtes inscrit ?">\n<Reponse titre="Je ne sais pas">\nDemandez à la mairie.\n</Reponse>\n</Choix>\n';
    expect(await messagesFor('meme-personne', text)).toEqual([]);
    // The same words in the prose are a switch.
    expect(await messagesFor('meme-personne', 'Vous allez à la mairie.\n\nVous donnez votre formulaire.\n\nJe ne sais pas.\n')).toHaveLength(1);
  });

  it('takes its threshold from the options', async () => {
    const config = { rules: { 'meme-personne': { options: { minSentences: 2 } } } };
    expect(await messagesFor('meme-personne', 'Vous allez à la mairie. Vous signez. Je signe aussi. Moi aussi je signe.', { config })).toHaveLength(2);
    expect(await messagesFor('meme-personne', 'Vous allez à la mairie. Je signe.', { config })).toEqual([]);
    expect(await messagesFor('meme-personne', 'Vous allez à la mairie. Ensuite, on signe.', { config })).toEqual([]);
  });

  it('does not take « Mon compte formation », a name, for « je » (fiche F10705)', async () => {
    const text = 'Vous avez des droits à la formation. Le compte personnel de formation (CPF) est accessible sur Mon compte formation.';
    expect(await messagesFor('meme-personne', text)).toEqual([]);
  });

  it.each([
    // A label to tick (fiche F31912, seventh reading).
    'Vous devez remplir le dossier social étudiant sur Mes services étudiant et cocher la case Je demande un logement :',
    // A card's name, bold, alone in a list item (fiche F34964).
    'Vous pouvez acheter une carte de réduction.\n\n- **Ma Carte TER Hauts-de-France - 26 Ans**\n',
    // A typo for « même » (fiche F2058).
    'Vous devez vérifier que votre assurance couvre les risques m^me en dehors de votre domicile.',
    // The name of an online service or of a page's part (fiches F2543, F23476, eleventh reading).
    'Vous vous connectez. Cliquez sur le service Transmettre mon certificat de vie.',
    'Vous pouvez écrire votre situation dans la rubrique Éléments liés à ma scolarité.',
  ])('does not take a name, a label or a piece of a typo for « je »: %s', async (text) => {
    expect(await messagesFor('meme-personne', text)).toEqual([]);
  });

  it('still fires on « mon » after a capital that no label noun announces', async () => {
    const messages = await messagesFor('meme-personne', 'Vous allez à la mairie.\n\nLe maire de Lyon Prend mon dossier.\n');
    expect(messages.map((message) => message.actual)).toEqual(['mon']);
  });

  it('still fires on « Ma » that starts a sentence of the writer', async () => {
    expect(await messagesFor('meme-personne', 'Vous allez à la mairie.\n\nMa fille vient avec moi.\n')).toMatchObject([{ line: 3, column: 1, actual: 'Ma' }]);
  });

  it('quotes the word written at its place', async () => {
    expect(await quotesAndPlaces('meme-personne', 'Vous remplissez le formulaire.\n\nEnsuite, on l’envoie à la caisse.\n')).toEqual([{ actual: 'on', written: 'on' }]);
  });

  it('is not hidden by phrase-longue on a long sentence (fiche F34635, a text in the reader\'s voice)', async () => {
    // The message on the whole sentence covered the same words as phrase-longue, and only one was kept.
    const text = [
      'Je dois me faire recenser à la mairie de mon domicile.',
      '',
      'Je reçois une attestation de recensement.',
      '',
      "Si j'ai plus de 16 ans, et jusqu'à mon 25e anniversaire, je dois prévenir votre centre du service national de mon changement d'adresse.",
      '',
    ].join('\n');
    const file = await checkFile(text, { rule: 'meme-personne', allRules: true });
    const rules = file.messages.filter((message) => message.line === 5).map((message) => [message.ruleId, message.actual]);
    expect(rules).toContainEqual(['phrase-longue', expect.any(String)]);
    expect(rules).toContainEqual(['meme-personne', 'votre']);
  });
});
