import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { messagesFor, quotesAndPlaces } from '../helpers.ts';
import { testLanguage } from '../language/resources.ts';

let language: LanguageResources;
beforeAll(async () => {
  language = await testLanguage();
});

describe('liste', () => {
  it.each([
    ['Apportez vos papiers, votre carte, vos photos et votre livret.', 'vos papiers, votre carte, vos photos et votre livret'],
    ['Le bureau est ouvert le lundi, le mardi, le jeudi et le vendredi.', 'le lundi, le mardi, le jeudi et le vendredi'],
    ['Vous pouvez aller à Paris, Lyon, Marseille ou Nice.', 'Paris, Lyon, Marseille ou Nice'],
    ['Choisissez rouge, bleu, vert ou jaune.', 'rouge, bleu, vert ou jaune'],
    ['Pour la demande, apportez votre carte, vos photos, votre livret et un justificatif.', 'votre carte, vos photos, votre livret et un justificatif'],
    [
      'Vous pouvez demander une aide pour le loyer, pour l’électricité, pour l’eau ou pour le chauffage.',
      'pour le loyer, pour l’électricité, pour l’eau ou pour le chauffage',
    ],
    // 3 items with a single comma (the catalogue: « an enumeration of 3+ items »).
    ['Apportez vos papiers, votre carte et vos photos.', 'vos papiers, votre carte et vos photos'],
    ['Prenez votre carte vitale, votre attestation et un stylo.', 'votre carte vitale, votre attestation et un stylo'],
  ])('fires on an enumeration: %s', async (text, actual) => {
    const messages = await messagesFor('liste', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.actual).toBe(actual);
    expect(messages[0]!.reason).toMatch(/^Cette phrase donne une liste de \d choses/);
    expect(messages[0]!.severity).toBe('warning');
  });

  it.each([
    'Madame Dupont, assistante sociale, vous reçoit et vous aide.',
    'Le montant est de 1,5 euro et de 2 euros.',
    'Si vous êtes malade, appelez le médecin et restez chez vous.',
    'Le lundi, après le repas, le centre est fermé et les bureaux aussi.',
    'En 2025, à Paris, la mairie a ouvert un centre et une maison.',
    '- Apportez vos papiers, votre carte, vos photos et votre livret.',
    'Le matin, le CCAS ouvre et la mairie ferme.',
    'Je vois le médecin, la pharmacie est fermée et le CCAS aussi.',
    'Avec votre carte, vous payez moins et vous gagnez du temps.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('liste', text)).toEqual([]);
  });

  it('takes the length of an item from the options', async () => {
    const config = { rules: { liste: { options: { maxItemWords: 1 } } } };
    expect(await messagesFor('liste', 'Apportez vos papiers, votre carte, vos photos et votre livret.', { config })).toEqual([]);
  });
  it.each([
    'Apportez votre carte, votre photo et votre avis d’impôt.',
    'Je travaille à la cuisine, au jardin, au ménage et à la laverie.',
  ])('fires on items with « de » or « au »: %s', async (text) => {
    expect(await messagesFor('liste', text)).toHaveLength(1);
  });

  // Real sentences of service-public fiches (F1002, F11182, F13278): the comma closes the opening of the
  // sentence, or « ou non » ends a choice.
  it.each([
    "Lorsqu'un parent (parent débiteur) ne verse pas à l'autre parent (parent créancier) la pension alimentaire de l'enfant, la Caf ou la MSA peut se charger du recouvrement (récupération des sommes impayées).",
    "si des faits graves sont révélés dans une main courante, la police ou la gendarmerie peut prévenir le procureur de la République pour engager des poursuites pénales contre l'auteur des faits présumés.",
    "Sous certaines conditions, votre organisme d'accueil agréé, qu'il soit privé ou public, peut vous demander de travailler, successivement ou non, auprès d'un ou plusieurs organismes non agréés.",
  ])('stays silent on a comma that is not a list: %s', async (text) => {
    expect(await messagesFor('liste', text)).toEqual([]);
  });

  it.each([
    ["Si le délai expire un samedi, un dimanche ou un jour férié, il est prolongé jusqu'au premier jour ouvrable suivant.", 'un samedi, un dimanche ou un jour férié'],
    ["En cas de perte, de vol ou de destruction, de votre diplôme d'enseignement supérieur, vous pouvez obtenir une attestation numérique ou un duplicata du diplôme sous format papier.", 'de perte, de vol ou de destruction'],
  ])('still fires on a list right after the opening word (fiches F10485, F10492): %s', async (text, actual) => {
    expect(await messagesFor('liste', text)).toMatchObject([{ actual }]);
  });

  // Fiches F10203, F1277, F1142: a pair that says what the thing before the comma is like, and the name of an
  // administration are not lists.
  it.each([
    'Si le donateur est domicilié en France, vous devez payer des droits de donation sur tous les biens reçus, meubles ou immeubles.',
    'Vous pouvez effectuer un inventaire détaillé, sur papier libre en double exemplaire, daté et signé.',
    'L’acquéreur peut également saisir le service des fraudes de la Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF).',
  ])('stays silent on a describing pair or an administration name: %s', async (text) => {
    expect(await messagesFor('liste', text)).toEqual([]);
  });

  it.each([
    // Fiche F1137: 3 words of the same kind are still a list.
    ['Un salarié peut être licencié pour faute simple, grave ou lourde.', 'simple, grave ou lourde'],
  ])('still fires: %s', async (text, actual) => {
    expect(await messagesFor('liste', text)).toMatchObject([{ actual }]);
  });

  // Fiche F12859: the comma after the last item closes the opening clause, so the items are a real list.
  it.each([
    ["Si vous êtes envoyé par votre administration auprès d'une ambassade, d'un consulat ou de tout autre organisme officiel, vous restez couvert par la sécurité sociale de votre pays.", "d'une ambassade, d'un consulat ou de tout autre organisme officiel"],
  ])('fires on a list in an opening clause closed by a comma: %s', async (text, actual) => {
    expect(await messagesFor('liste', text)).toMatchObject([{ actual }]);
  });

  // Fiches F1026, F12210, F112, F12413: 2 words after a single comma say how the word before it is.
  it.each([
    "Les biens qu'ils achètent, ensemble ou séparément, à partir de l'enregistrement du Pacs ou de sa modification, appartiennent alors à chacun pour moitié.",
    "Cet hébergement, quel qu'en soit le support, papier ou électronique, est réalisé après que la personne prise en charge en a été informée.",
    "Il va également débuter l'apprentissage d'une 2e langue, étrangère ou régionale.",
    "L'agent, titulaire ou contractuel, qui tombe malade pendant une période de congé annuel, peut obtenir le report de ses jours de congés restants.",
  ])('stays silent on a describing pair after a single comma: %s', async (text) => {
    expect(await messagesFor('liste', text)).toEqual([]);
  });

  it.each([
    ['Vous dormez dans un hôtel, camping ou club de vacances.', 'hôtel, camping ou club de vacances'],
    ['Le DS peut agir dans une structure sportive, commerciale ou associative.', 'sportive, commerciale ou associative'],
    ['Vous pouvez payer le logement, paiement ou remboursement compris.', 'logement, paiement ou remboursement'],
    ['Le paiement se fait par carte bancaire, chèque ou virement.', 'bancaire, chèque ou virement'],
    // Shortened from fiche F31864 (all 3,213 fiches).
    ['Il aide un ascendant, descendant ou collatéral.', 'ascendant, descendant ou collatéral'],
  ])('still fires on a list of nouns or of adjectives after a noun: %s', async (text, actual) => {
    expect(await messagesFor('liste', text)).toMatchObject([{ actual: expect.stringContaining(actual) }]);
  });

  it('stays silent in a table cell, where a bullet list cannot be written (fiche F31877)', async () => {
    const text = '| Arme | Catégorie |\n| --- | --- |\n| Canon rayé chambré pour les calibres 8, 10, 12, 14 et 16 | C |\n';
    expect(await messagesFor('liste', text)).toEqual([]);
  });

  it.each([
    // Fiche F34777: a heading cannot hold a bullet list either.
    ['# Naturalisation : quels documents fournir si l’on est divorcé, séparé ou veuf ?'],
    ['## Dans un hôtel, camping ou club de vacances'],
  ])('stays silent in a heading, where a bullet list cannot be written: %s', async (text) => {
    expect(await messagesFor('liste', text)).toEqual([]);
  });

  it.each([
    // Fiche F34924: the comma closes the opening « Durant ce délai ».
    ['Durant ce délai, le prévenu ou son avocat peuvent demander des actes d’enquête.'],
    // Fiches F34701, F34964: 2 words that say how the thing before the comma is.
    ['Le montant forfaitaire majoré peut être accordé pendant 12 mois, continus ou discontinus, au cours d’une période de 18 mois.'],
    ['La Ville de Paris a mis en place un dispositif de remboursement, intégral ou partiel, de la carte de transport.'],
  ])('stays silent on what is not a list (third reading, 3 December): %s', async (text) => {
    expect(await messagesFor('liste', text)).toEqual([]);
  });

  it('still fires on a list after an opening that is not closed by its comma', async () => {
    const text = 'Durant ce délai, apportez vos papiers, votre carte et vos photos.';
    expect(await messagesFor('liste', text)).toMatchObject([{ actual: 'vos papiers, votre carte et vos photos' }]);
  });

  it('leaves the full stop out of the quote after a number: « 8, 10, 12, 14 et 16 »', async () => {
    const text = 'Le canon est chambré pour les calibres 8, 10, 12, 14 et 16.';
    const messages = await quotesAndPlaces('liste', text);
    expect(messages).toEqual([{ actual: '8, 10, 12, 14 et 16', written: '8, 10, 12, 14 et 16' }]);
  });

  it('counts the first word of the sentence, capital and all, as the first thing (page N365, sixth reading)', async () => {
    const messages = await messagesFor('liste', 'Certificat, copie, légalisation et conservation de documents');
    expect(messages).toMatchObject([{ actual: 'Certificat, copie, légalisation et conservation de documents' }]);
    expect(messages[0]!.reason).toContain('4 choses');
    // A name with a capital inside the sentence is still not an item of a list of common words.
    expect(await messagesFor('liste', 'Vous allez à Paris, copie, photo et carte.')).toMatchObject([{ actual: 'copie, photo et carte' }]);
  });

  it('stays silent on « tout ou partie » (page N31162, sixth reading)', async () => {
    expect(await messagesFor('liste', 'Vous pouvez donner à vos héritiers présomptifs, tout ou partie de votre future succession.')).toEqual([]);
  });

  it.each([
    // Seventh reading, fiches F21122 and F2190: the quote ran on into the rest of the sentence.
    ["Votre chien, chat ou furet s'il remplit les 2 conditions suivantes peut voyager.", 'chien, chat ou furet'],
    ['Vous devez partir dans un délai de 48 heures, 15 jours ou 30 jours selon le type de décision.', '48 heures, 15 jours ou 30 jours'],
  ])('ends the last thing before « si », « selon »…: %s', async (text, actual) => {
    expect(await messagesFor('liste', text)).toMatchObject([{ actual }]);
  });

  it.each([
    // Eighth reading, fiches F3059 and F293: the name of an administration, with its acronym after it.
    "Adressez-vous à la direction régionale de l'alimentation, de l'agriculture et de la forêt (Draaf).",
    "Vous pouvez saisir l'Office national d'indemnisation des accidents médicaux, des affections iatrogènes et des infections nosocomiales (Oniam).",
  ])('stays silent on the name of an administration with its acronym: %s', async (text) => {
    expect(await messagesFor('liste', text)).toEqual([]);
  });

  it('still reports a list followed by a name in brackets that is not its acronym', async () => {
    expect(await messagesFor('liste', 'Apportez votre carte, votre lettre et votre avis (Paris).')).toHaveLength(1);
  });

  it.each([
    // Tenth reading: codes, and a list inside brackets (the rule ponctuation reports the brackets).
    'Les fonctionnaires de catégorie A, B et C peuvent demander ce congé.',
    'Le contrat précise les conditions (par exemple, la nature, la durée et le lieu du travail).',
  ])('stays silent on codes and on a list inside brackets: %s', async (text) => {
    expect(await messagesFor('liste', text)).toEqual([]);
  });

  it.each([
    // Eleventh and twelfth readings: the quote ran into the rest of the sentence, or ended on a small word.
    ["Le certificat médical doit être établi par le médecin qui suit l'enfant pour sa maladie, son handicap ou son accident et doit préciser la durée du traitement.", 'sa maladie, son handicap ou son accident'],
    ['Le bulletin peut être délivré aux dirigeants qui exercent une activité culturelle, éducative ou sociale auprès des mineurs.', 'culturelle, éducative ou sociale'],
    ["La demande d'agrément permet de s'assurer que les conditions d'accueil sur les plans familial, éducatif et psychologique correspondent aux besoins.", 'familial, éducatif et psychologique'],
    ['Les surfaces des trémies, escaliers et ascenseurs sont déduites.', 'trémies, escaliers et ascenseurs'],
    // Thirteenth reading: a participle that goes on with the sentence.
    ["Ils prouvent que vous maîtrisez les compétences, aptitudes et connaissances permettant l'exercice d'un métier.", 'compétences, aptitudes et connaissances'],
    ["Vous signez la convention de compte, qui contient les règles d'ouverture, de fonctionnement et de clôture de votre compte.", "les règles d'ouverture, de fonctionnement et de clôture"],
  ])('quotes the list only, not the words after it: %s', async (text, actual) => {
    expect(await messagesFor('liste', text)).toMatchObject([{ actual }]);
  });

  it('quotes the word that ends the last thing, one word longer than the others (thirteenth reading)', async () => {
    const text = 'Ce texte garantit le fonctionnement, l’indépendance et la neutralité du service public.';
    expect(await messagesFor('liste', text)).toMatchObject([{ actual: 'le fonctionnement, l’indépendance et la neutralité du service public' }]);
    // Not a verb that takes the sentence on.
    const verb = 'Les départements de Paris, de la Seine et du Val-de-Marne constituent une zone.';
    expect((await messagesFor('liste', verb))[0]?.actual ?? '').not.toContain('constituent');
  });

  it.each([
    // Sixteenth session: the first thing was cut at its start (« bancaire, chèque ou virement », « de la session, … »).
    ['Certains consulats acceptent aussi le paiement par carte bancaire, chèque ou virement.', 'carte bancaire, chèque ou virement'],
    ["La convocation précise la date et l'heure d'ouverture de la session, sa durée prévisible et le lieu où elle se tiendra.", "la date et l'heure d'ouverture de la session, sa durée prévisible et le lieu"],
    ['Le juge peut entendre le président de la commission, son délégué ou le représentant local.', 'le président de la commission, son délégué ou le représentant local'],
    ["Le CFE est chargé d'informer sur la création d'activité et d'assurer la centralisation, le contrôle formel et la transmission des demandes.", 'la centralisation, le contrôle formel et la transmission des demandes'],
  ])('quotes the whole first thing, with its noun or its start: %s', async (text, actual) => {
    expect(await messagesFor('liste', text, { language })).toMatchObject([{ actual }]);
  });

  it.each([
    // Lists of adjectives or actions keep their quote.
    ["L'hôtel doit fournir de l'eau potable, fraîche ou chaude.", 'potable, fraîche ou chaude'],
    ['Le texte protège les espaces naturels, agricoles et forestiers.', 'naturels, agricoles et forestiers'],
    ["Il est interdit de détenir, d'exploiter ou de financer un établissement.", "de détenir, d'exploiter ou de financer un établissement"],
  ])('keeps the quote of a list of adjectives or of actions: %s', async (text, actual) => {
    expect(await messagesFor('liste', text, { language })).toMatchObject([{ actual }]);
  });

  it('never quotes back to the start of the sentence: « Le dépôt de plainte peut se faire auprès de la police, … »', async () => {
    const [message] = await messagesFor('liste', 'Le dépôt de plainte peut se faire auprès de la police, la gendarmerie ou du procureur.', { language });
    expect(message?.actual ?? '').not.toContain('dépôt');
  });

  it.each([
    // Fiche F1312: « l'un ou l'autre » is one of 2 people already named.
    'Vous recevez la demande de réévaluation du loyer, l’un ou l’autre peut saisir la commission.',
    // Fiche F1002: the comma closes an opening with « avec ».
    "Avec l'accord écrit du parent créancier, la Caf ou la MSA entreprend une démarche amiable.",
    // The opening « Avant de délivrer ce visa, » is not a thing of a list.
    "Avant de délivrer ce visa, l'ambassade ou le consulat effectue une enquête, qui peut être longue, auprès de la préfecture.",
  ])('stays silent on « l’un ou l’autre » and after an opening: %s', async (text) => {
    expect(await messagesFor('liste', text, { language })).toEqual([]);
  });

  it('does not take the end of a pair in an aside for a thing of the list (fiche F544, seventeenth reading)', async () => {
    const text = "Vous bénéficiez, en cas de maladie ou de maternité, d'indemnités journalières et du remboursement de vos frais médicaux.";
    expect(await messagesFor('liste', text, { language })).toEqual([]);
    const kept = "Vous percevrez des indemnités pour couvrir votre perte de revenu et vos frais de déplacement, de séjour et de repas.";
    expect(await messagesFor('liste', kept, { language })).toMatchObject([{ actual: 'vos frais de déplacement, de séjour et de repas' }]);
  });

  it('quotes a list that opens the sentence, first thing and all (eighteenth reading)', async () => {
    const text = "Les frais d'acte notarié, les droits d'enregistrement et l'achat des meubles sont payés à part.";
    expect(await messagesFor('liste', text, { language })).toMatchObject([{ actual: "Les frais d'acte notarié, les droits d'enregistrement et l'achat des meubles" }]);
  });
});
