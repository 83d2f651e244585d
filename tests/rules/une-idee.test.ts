import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('une-idee', () => {
  it.each([
    'Le dossier que vous remplissez est envoyé à la mairie qui le transmet au département.',
    'Vous venez parce que vous avez besoin d’une aide dont vous ne connaissez pas le nom.',
    'Lorsque vous arrivez, vous montrez la carte que le centre vous a donnée.',
    'La personne qui vous reçoit vérifie que votre dossier est complet.',
    'Bien que le bureau soit fermé, vous pouvez appeler le numéro qui est sur la porte.',
    'Quand vous avez la lettre, vous allez à l’accueil où une personne vous aide.',
  ])('fires on 2 subordinating words: %s', async (text) => {
    const messages = await messagesFor('une-idee', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/^Cette phrase a 2 mots qui ajoutent une autre idée/);
    expect(messages[0]!.actual).toBe(text);
    expect(messages[0]!.severity).toBe('warning');
  });

  it('counts « parce que » once and shows it whole', async () => {
    const messages = await messagesFor('une-idee', 'Vous venez parce que vous avez besoin d’une aide dont vous ne connaissez pas le nom.');
    expect(messages[0]!.reason).toContain('« parce que », « dont »');
  });

  it.each([
    'Vous allez à la mairie et vous donnez votre dossier.',
    'J’ai une mesure de protection et j’ai des droits.',
    'Le bureau ouvre à 9 h mais il ferme à midi.',
    'Vous remplissez le papier et vous ne le signez pas.',
  ])('fires on 2 clauses joined by « et » or « mais » (issue 11): %s', async (text) => {
    const messages = await messagesFor('une-idee', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/^Cette phrase a 2 idées, reliées par/);
  });

  it.each([
    'Paul et vous êtes invités.',
    'Vous prenez votre carte et votre lettre.',
    'Lisez et signez le formulaire.',
    'Et vous, comment allez-vous ?',
    'Vous venez avec votre fils et vous.',
  ])('stays silent on « et » joining words, not clauses: %s', async (text) => {
    expect(await messagesFor('une-idee', text)).toEqual([]);
  });

  it('fires on 3 commas', async () => {
    const messages = await messagesFor('une-idee', 'Le lundi, le mardi, le jeudi, vous venez au centre.');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/^Cette phrase a 3 virgules/);
  });

  it.each([
    'Qu’est-ce que le RSA ?',
    'Est-ce que vous avez un enfant ?',
    'Qui peut demander cette aide ?',
    'Où aller pour faire la demande ?',
    'Vous ne payez que 5 euros.',
    'Le CCAS est plus proche que la mairie.',
    'Vous venez parce que vous êtes malade.',
    'La personne qui vous reçoit est gentille.',
    'Vous pouvez venir quand même.',
    'À qui parler quand vous avez un problème ?',
    'Vous n’avez qu’à remplir le dossier que nous vous donnons.',
    'Vous apportez vos papiers, votre carte et vos photos.',
    'Le montant est de 1,5 euro, 2,5 euros ou 3,5 euros.',
    'Le dossier est le même que l’année dernière.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('une-idee', text)).toEqual([]);
  });

  it('takes its thresholds from the options', async () => {
    const text = 'La personne qui vous reçoit vérifie que votre dossier est complet.';
    const config = { rules: { 'une-idee': { options: { maxSubordinators: 2 } } } };
    expect(await messagesFor('une-idee', text, { config })).toEqual([]);
    const commas = { rules: { 'une-idee': { options: { maxCommas: 1 } } } };
    expect(await messagesFor('une-idee', 'Le lundi, le mardi et le jeudi, vous venez.', { config: commas })).toHaveLength(1);
  });

  // Real sentences of service-public fiches (fiches-1.199.0): the commas list examples inside parentheses, or
  // end a list item; one idea.
  it.each([
    "1 justificatif de domicile (facture récente d'électricité, contrat de location, avis d'imposition, etc.)",
    'Les avantages annexes (chauffage, garage, eau, gaz, électricité) sont compris dans le forfait.',
    '- les établissements scolaires publics (maternelle, école primaire, collège, lycée),',
  ])('does not count the commas inside parentheses or at the end: %s', async (text) => {
    expect(await messagesFor('une-idee', text)).toEqual([]);
  });

  it('still counts the commas outside parentheses (fiche F11677)', async () => {
    const messages = await messagesFor('une-idee', "- à l'assurance maladie, maternité, invalidité, décès,");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/^Cette phrase a 3 virgules/);
  });

  it('does not count « que » after « veut dire » (tests/fixtures/falc-reel/phrases-vedia.md)', async () => {
    expect(await messagesFor('une-idee', 'Quand il y a ce dessin, ça veut dire que le texte est écrit en FALC.')).toEqual([]);
  });

  it('still counts 2 other subordinating words (tests/fixtures/falc-reel/phrases-inclusion-europe.md)', async () => {
    const text = 'Les personnes qui ont un handicap intellectuel peuvent donc avoir besoin d’aide quand elles lisent ces règles pour la première fois.';
    expect(await messagesFor('une-idee', text)).toMatchObject([{ reason: expect.stringContaining('« qui », « quand »') }]);
  });

  // Fiche F10872: « c'est vous qui » puts « vous » forward; only the second « qui » adds a clause.
  it('does not count the « qui » of « c’est vous qui » (fiche F10872)', async () => {
    expect(await messagesFor('une-idee', "C'est vous qui décidez qui y a accès.")).toEqual([]);
  });

  it('still counts 2 « qui » that each add a clause (fiche F1043)', async () => {
    const text = "- par une personne qui abuse de l'autorité que lui confèrent ses fonctions ;";
    expect(await messagesFor('une-idee', text)).toHaveLength(1);
  });

  // Fiches F1049, F10252, F10567: 2 commas set off a short complement of the sentence; one idea.
  it.each([
    'Ensuite, les cotisations sont prélevées, chaque mois, sur votre salaire.',
    'En 2020, le CET peut être alimenté, dans la limite de 70 jours, par :',
    "Dans ce cas, il ajourne sa décision, par ordonnance, jusqu'à présentation d'une nouvelle convention.",
    // Fiche F34922 (third reading, 3 December): a short condition.
    "- Date, lieu et, s'il y a lieu, prix de l'animal.",
  ])('counts the 2 commas around a short complement as 1: %s', async (text) => {
    expect(await messagesFor('une-idee', text)).toEqual([]);
  });

  it.each([
    ['Vous pouvez venir en janvier, en mars, en mai, en juillet.', 3],
    ['Ensuite, les cotisations sont prélevées, chaque mois, sur votre salaire, puis vous recevez un relevé.', 4],
    ["Par exemple, un notaire, un officier d'état civil, un huissier de justice...", 3],
  ])('still counts the commas of a list, or of a sentence with more than one complement: %s', async (text, count) => {
    const messages = await messagesFor('une-idee', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(new RegExp(`^Cette phrase a ${count} virgules`));
  });

  it.each([
    // Fiches F31971, F33023, F31985: items of a list, without a verb of their own.
    "- Justificatif de résidence normale en France à la date de la demande. Par exemple, avis d'imposition sur le revenu, contrat de travail, attestation sécurité sociale.",
    '- Documents de preuve : certificats médicaux , arrêts de travail, factures diverses, constats.',
    'Vous pouvez venir en janvier, en mars, en mai, en juillet.',
  ])('says that a sentence with commas holds a list: %s', async (text) => {
    const messages = await messagesFor('une-idee', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('elle donne une liste');
    expect(messages[0]!.reason).toContain('Faites une liste à puces');
  });

  it('keeps « plusieurs idées » for commas between clauses', async () => {
    const messages = await messagesFor('une-idee', 'Si vous êtes salarié, vous remplissez le formulaire, vous le signez, puis vous l’envoyez.');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('plusieurs idées');
  });

  it.each([
    // Fiche F32077: a heading that names several things; fiche F31877: a table cell.
    '### Injure raciste, sexiste, homophobe, handiphobe\n\nVous pouvez porter plainte.\n',
    // A heading with « et vous »: « écrivez 2 phrases » cannot be done in a heading.
    '### Vous êtes indemnisé et vous revenez en France\n\nVous écrivez à la caisse.\n',
    '| Arme | Catégorie |\n| --- | --- |\n| Canon, obusier, mortier, lance-roquettes et lance-grenades | A2 |\n',
  ])('stays silent on a heading, and on commas in a table cell: %s', async (text) => {
    expect(await messagesFor('une-idee', text)).toEqual([]);
  });

  it('leaves an enumeration with « et » to the rule liste: one advice, not 2', async () => {
    const text = 'Apportez votre carte, votre avis d’impôt, une facture, une photo et un RIB.';
    expect(await messagesFor('une-idee', text)).toEqual([]);
    expect(await messagesFor('liste', text)).toHaveLength(1);
  });

  it('does not count « qui » that starts a list item nor the « que » of « quelles que soient » (fiches F929, F720, fifth reading)', async () => {
    const list = "L'obligation de proposer un relogement ne s'applique pas au propriétaire :\n\n- qui est privé du logement qu'il occupe et qui veut partir,\n- qui part.";
    const messages = await messagesFor('une-idee', list);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('2 mots qui ajoutent une autre idée : « qu’ », « qui »'.replace('’', "'"));
    // « où … , quelles que soient … » was 2 words that add an idea; « où » alone is one.
    const vaccine = "Hépatite A (pays où l'hygiène est précaire, quelles que soient les conditions de votre séjour).";
    expect(await messagesFor('une-idee', vaccine)).toEqual([]);
    expect(await messagesFor('une-idee', "Hépatite A (pays où l'hygiène est précaire, et que vous visitez).")).toHaveLength(1);
  });

  it('does not count the « que » of « en tant que », which means « comme » (fiche F2246, seventh reading)', async () => {
    expect(await messagesFor('une-idee', 'Stage pratique en tant que directeur, qui vous permet de perfectionner vos compétences (14 jours).')).toEqual([]);
    expect(await messagesFor('une-idee', 'Vous travaillez tant que vous pouvez, et vous dites que vous êtes fatigué.')).toHaveLength(1);
  });

  it('does not call asides around the verb a list (fiche F2252, seventh reading)', async () => {
    const messages = await messagesFor('une-idee', "L'autorisation, soumise à conditions, est délivrée pour 1 an maximum, renouvelable.");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).not.toContain('elle donne une liste');
  });

  it('leaves the commas of a name with its acronym after it (twelfth reading)', async () => {
    expect(await messagesFor('une-idee', '- 2 personnels élus administratifs, sociaux et de santé, techniques, ouvriers et de service (Tos),')).toEqual([]);
    expect(await messagesFor('une-idee', '- 2 personnels élus administratifs, sociaux et de santé, techniques, ouvriers et de service,')).toHaveLength(1);
  });

  it('reads « et vous la notifie » as one subject, « vous » being the object (thirteenth reading)', async () => {
    expect(await messagesFor('une-idee', "À l'issue de l'instruction, l'Ofpra prend une décision et vous la notifie.")).toEqual([]);
    expect(await messagesFor('une-idee', "L'Ofpra prend une décision et vous la recevez par courrier.")).toHaveLength(1);
  });

  it('counts « , à tout moment, » as one short aside (fourteenth reading)', async () => {
    expect(await messagesFor('une-idee', 'Par ailleurs, le patient peut, à tout moment, demander son dossier.')).toEqual([]);
  });

  it('reads « et vous être envoyés » as one idea (fifteenth reading)', async () => {
    expect(await messagesFor('une-idee', 'Les papiers pourront être réédités et vous être envoyés.')).toEqual([]);
  });

  it('reads « et vous entendre » as the same subject with « vous » as its object (eighteenth reading)', async () => {
    expect(await messagesFor('une-idee', 'Elles peuvent tenir des permanences sur place et vous entendre.')).toEqual([]);
    // « et vous pouvez » is a second subject.
    expect(await messagesFor('une-idee', 'Le centre ferme le lundi et vous pouvez venir le mardi.')).toHaveLength(1);
  });
});
