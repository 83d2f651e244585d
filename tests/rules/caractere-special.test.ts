import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('caractere-special', () => {
  it.each([
    ['Vous & votre enfant venez à la mairie.', '&', ['et']],
    ['Apportez vos papiers + votre carte.', '+', ['et']],
    // Fiche F32927: « voiture + remorque » is « voiture et remorque ».
    ['Le poids de l’ensemble voiture + remorque est de 3 500 kg.', '+', ['et']],
    // Fiches F31985, F31877: « ou + » and « au + » are « plus ».
    ['| Victime | Âge |\n| --- | --- |\n| Victime de 15 ans ou + | 3 ans |', '+', ['plus']],
    ['La longueur totale est de 80 cm au + ou la longueur du canon est de 60 cm.', '+', ['plus']],
    // Ninth reading: a price per unit of power, and 2 things that go together.
    ['Le tarif est de 190 €/kWc.', '/', ['par']],
    ["Les heures d'ouverture/ fermeture sont affichées.", '/', ['et']],
    // Seventh reading: fiche F21012, an ordinal raised with « ^ ».
    ['Une 2^nde phase commence en mars.', '2^nde', ['2e']],
    ['Le 1^er mois est gratuit.', '1^er', ['1er']],
    // Seventh reading: fiche F219, « le + élevé » got « et »; fiche F21091, a bracket closed just before the sign.
    ['Salaire le + élevé entre le Smic et le salaire minimum conventionnel.', '+', ['plus']],
    ['Carte d’identité (valide ou périmée depuis moins de 5 ans)+ Justificatif de domicile.', '+', ['et']],
    ['Le bureau est ouvert 24/7.', '24/7', ['tous les jours, jour et nuit']],
    ['Votre conjoint/conjointe signe aussi.', '/', ['ou']],
    ['Lisez le § 3 du contrat.', '§', ['paragraphe']],
    ['Le loyer est de 500 €/mois.', '/', ['par']],
    ['Les enfants < 6 ans ne paient pas.', '<', ['moins de']],
    ['Rendez-vous @ la mairie.', '@', ['à']],
    ['Vous avez droit à 1/2 de la somme.', '1/2', ['la moitié']],
  ])('fires on a special sign: %s', async (text, actual, expected) => {
    const messages = await messagesFor('caractere-special', text, { format: 'md' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, expected, severity: 'error' });
  });

  it.each([
    // Service-public fiches F11677, F1312, F11166, F1141: « ou » changed the meaning of these « / ».
    ['Les cotisations sont divisées par 2 : 30 852 € / 2.', '/', ['divisé par']],
    ['Document de circulation pour étranger mineur (DCEM) et/ou certificat de scolarité des enfants présents sur le territoire.', 'et/ou', ['ou']],
    ['Copie de votre carte d’identité (recto/verso).', 'recto/verso', ['recto et verso']],
    // First in a list item: the capital stays (`--fix` wrote « ou certificat » before).
    ['- Et/ou certificat de scolarité des enfants.', 'Et/ou', ['Ou']],
    ['Si le Crep met en évidence la présence de plomb à des concentrations supérieures au seuil de 1 mg/cm², le propriétaire doit faire des travaux.', '/', ['par']],
    // F10252: the CSG and the CRDS are both paid, « ou » was wrong.
    ['| Assiette CSG / CRDS (98,25 % des montants bruts) | 132 |', '/', ['et']],
    ['Vous payez la CSG/CRDS sur cette somme.', '/', ['et']],
    // A « / » between two words still gets « ou » (F11166).
    ['Justificatif de domicile de moins de 3 mois (dernière facture EDF/GDF, téléphone fixe, eau).', '/', ['ou']],
  ])('gives a word that keeps the meaning of « / »: %s', async (text, actual, expected) => {
    const messages = await messagesFor('caractere-special', text, { format: 'md' });
    const slash = messages.filter((message) => message.actual?.includes('/'));
    expect(slash).toHaveLength(1);
    expect(slash[0]).toMatchObject({ actual, expected });
  });

  it.each([
    // F1050: a date to fill in; F1170: inclusive writing. The sign still fires, with no word to put instead (once for
    // the whole date since the seventh reading).
    ['Carte grise du véhicule, barrée avec la mention Vendu le (jour/mois/année) et avec la signature de l’ancien propriétaire.', 1],
    ['A l’abandon du logement par le locataire, l’époux/se ou le partenaire de Pacs peut rester.', 1],
  ])('gives no word for « / » in a date to fill in or inclusive writing: %s', async (text, count) => {
    const messages = await messagesFor('caractere-special', text, { format: 'md' });
    expect(messages).toHaveLength(count);
    for (const message of messages) expect(message.expected).toBeUndefined();
  });

  it.each([
    // Service-public fiches F12789, F13100, F10007, F11676, F1141: « ou » is wrong for these « / ».
    ['- Moto avec ou sans side-car, dont la puissance ne dépasse pas 35 kW (47,5 ch) et dont le rapport puissance/poids ne dépasse pas 0,2 kW par kg', 'puissance/poids'],
    ['# Coronavirus / Covid-19 : prolongation de la durée de validité des titres de séjour', 'Coronavirus / Covid-19'],
    ['## Asie/Océanie', 'Asie/Océanie'],
    ['Cette réduction ne concerne pas les offres couplées de type téléphone/internet/télévision.', 'téléphone/internet/télévision'],
    ['Pompes à chaleur autre que air/air', 'air/air'],
  ])('gives no « ou » when « / » may mean something else: %s', async (text) => {
    const messages = await messagesFor('caractere-special', text, { format: 'md' });
    const slash = messages.filter((message) => message.actual?.includes('/'));
    expect(slash.length).toBeGreaterThan(0);
    for (const message of slash) expect(message.expected).toBeUndefined();
  });

  it.each([
    // Fiches F32148, F32787: one message per sign (« = » → « égal ») made 4 to 6 messages on one line.
    // « 2 000/30,42 »: a « / » between digits is not reported (dates, references); « = » is.
    ['- Pendant les 28 premiers jours d’arrêt, le montant des IJ est de (2 000/30,42) x 60 % = 39,44 €', '='],
    ['| Heures | Calcul |\n| --- | --- |\n| Les 14 premières heures | [(18 556,66 + 556,70)/1 820] x 1,875 = 19,69 € |', '+ 556,70)/1 820] x 1,875 ='],
    ['| Heures | Calcul |\n| --- | --- |\n| Les 14 premières heures | [(Traitement brut annuel + indemnité de résidence annuelle) / 1 820] x 1,25 |', '+ indemnité de résidence annuelle) /'],
    ['Le plafond peut être majoré de 4 000 € X 15 %, soit 600 € / 12 = 50 €.', '/ 12 ='],
    // Fiche F33375: amounts with the euro sign before the operators, no « = ».
    ['Le montant est de 140,76 € soit (553,16 € +793 € (61 % des revenus) + 160,98 € (bonification) - (1300 € + 66,38 €).', '+ 160,98 € (bonification) - (1300 € +'],
    // Fiche F11677: « = », « / » and « × » between amounts.
    ['Montant de l’exonération = (Cotisations dues pour 30 852 € / 10 284 €) × (41 136 € - revenu).', '= (Cotisations dues pour 30 852 € /'],
    // Fiche F34700 (third reading, 3 December): a formula in words; the second « + » was told « et » before.
    ["Montant de la prime d'activité = (montant forfaitaire éventuellement majoré + 61 € des revenus professionnels + bonifications individuelles) **-** les ressources prises en compte du foyer.", '= (montant forfaitaire éventuellement majoré + 61 € des revenus professionnels +'],
  ])('gives one message for the signs of a calculation: %s', async (text, actual) => {
    const messages = await messagesFor('caractere-special', text, { format: 'md' });
    expect(messages).toMatchObject([{ actual, expected: undefined }]);
    expect(messages[0]!.reason).toContain('Expliquez le calcul avec des mots');
  });

  it.each([
    // Fiche F34014: references of European texts, not divisions.
    'La norme applicable est la directive 2002/24/CE ou le règlement UE 168/2013.',
    '#### Puissance maximale inférieure à 2 kilowatts (règlement UE 168/2013) ou 3 kw (directive 2002/24/CE)',
  ])('does not take the references of legal texts for a calculation: %s', async (text) => {
    const messages = await messagesFor('caractere-special', text, { format: 'md' });
    for (const message of messages) expect(message.reason).not.toContain('calcul');
  });

  it.each([
    // Not calculations: one sign between words or amounts.
    ['Apportez vos papiers + votre carte.', '+'],
    ['Le loyer est de 500 €/mois.', '/'],
  ])('keeps one message per sign outside a calculation: %s', async (text, actual) => {
    const messages = await messagesFor('caractere-special', text, { format: 'md' });
    expect(messages).toMatchObject([{ actual }]);
    expect(messages[0]!.reason).not.toContain('calcul');
  });

  it('does not report « km/h », the speed of road signs (F12096)', async () => {
    const messages = await messagesFor('caractere-special', "- Dépassement de 40 km/h ou plus de la vitesse maximale autorisée, établi au moyen d'un appareil homologué avec interception du véhicule", { format: 'md' });
    expect(messages).toEqual([]);
    expect(await messagesFor('caractere-special', 'La vitesse est de 50 km/jour.', { format: 'md' })).toHaveLength(1);
  });

  it('fires on a note star with no replacement', async () => {
    const messages = await messagesFor('caractere-special', 'Les pièces* sont à apporter.', { format: 'md' });
    expect(messages).toMatchObject([{ actual: '*' }]);
    expect(messages[0]!.expected).toBeUndefined();
  });

  it.each([
    'Envoyez le dossier à contact@mairie.fr demain.',
    'Allez sur https://www.exemple.fr/a_b?c=1&d=2 pour lire.',
    'Le Cerfa 16029*01 est en ligne.',
    'Le rendez-vous est le 03/04/2026.',
    'Appelez le +33 1 23 45 67 89.',
    'Le fichier attestation_caf.pdf est prêt.',
    'C’est 50 % du prix.',
    'Le formulaire n° 3 est prêt.',
    'Tapez `a&b` dans la case.',
    'Lisez la [page d’aide](https://exemple.fr/aide?x=1&y=2).',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('caractere-special', text, { format: 'md' })).toEqual([]);
  });

  it('stays silent on an escaped Cerfa star in MDX', async () => {
    expect(await messagesFor('caractere-special', 'Le formulaire s’appelle Cerfa 16029\\*01.')).toEqual([]);
  });

  it('allows signs listed in the option allow', async () => {
    const config = { rules: { 'caractere-special': { options: { allow: ['+'] } } } };
    expect(await messagesFor('caractere-special', 'Apportez vos papiers + votre carte.', { config, format: 'md' })).toEqual([]);
  });

  it('gives no word for a fraction right before a noun (fiche F515: « égale à la moitié mois »), and still does before « de »', async () => {
    const before = await messagesFor('caractere-special', 'L’indemnité est égale à 1/2 mois de salaire.');
    expect(before).toMatchObject([{ actual: '1/2' }]);
    expect(before[0]!.expected ?? []).toEqual([]);
    expect(before[0]!.reason).toContain('« une demi-journée » ou « la moitié d’un mois »');
    expect((await messagesFor('caractere-special', 'Vous avez 1/2 journée de congé.'))[0]!.expected ?? []).toEqual([]);
    expect(await messagesFor('caractere-special', 'Vous payez 1/3 du loyer.')).toMatchObject([{ actual: '1/3', expected: ['un tiers'] }]);
  });

  // Fifth reading (fiches 2801–3000).
  it.each([
    ["Vous pouvez ramener 50 cigares d'un poids maximum de 3 grammes/pièce.", '/', ['par']],
    ['Le prix comprend le billet aller/retour.', 'aller/retour', ['aller et retour']],
    ["Le juge entend l'ex-mari/femme.", '/', []],
  ])('gives a « / » a word that keeps the meaning (fiches F804, F589, F802): %s', async (text, actual, expected) => {
    const messages = await messagesFor('caractere-special', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual });
    expect(messages[0]!.expected ?? []).toEqual(expected);
  });

  it.each([
    ['Le taux est de 3,94 % +5 = 8,94 %.', '+5 ='],
    ['Le taux est de 0,88 %+ 5 = 5,88 %.', '+ 5 ='],
  ])('reads a calculation whatever the spaces around its signs, and never says « égal » (fiche F783): %s', async (text, actual) => {
    const messages = await messagesFor('caractere-special', text);
    expect(messages).toMatchObject([{ actual, reason: expect.stringMatching(/^Ce calcul est écrit avec des signes/) }]);
    expect(messages[0]!.expected ?? []).toEqual([]);
  });

  it('still leaves a phone number with its country code alone', async () => {
    expect(await messagesFor('caractere-special', 'Appelez le +33 1 23 45 67 89 ou le +33612345678.')).toEqual([]);
  });

  it('says that a « ** » left in the text is a bold that was never closed (page N358, sixth reading)', async () => {
    const [message] = await messagesFor('caractere-special', "## **Carte d'identité");
    expect(message).toMatchObject({ actual: '**' });
    expect(message!.reason).toContain('une mise en gras qui n’est pas fermée');
  });

  it.each([
    // Seventh reading: one message per group of words joined by « / » (fiches F22117, F21814), not one per sign.
    ['Vous avez une carte de séjour citoyen UE/EEE/Suisse.', 'UE/EEE/Suisse', /« et » ou « ou »/],
    ['Vendu le (jour/mois/année) ou cédé le (jour/mois/année).', 'jour/mois/année', /date à remplir/],
    // Twelfth reading: a date to fill in between square brackets (« jour par mois » was told).
    ['Écrivez : vendu le [jour/mois/année].', 'jour/mois/année', /date à remplir/],
  ])('gives one message for words joined by several « / »: %s', async (text, actual, advice) => {
    const messages = await messagesFor('caractere-special', text, { format: 'md' });
    expect(messages.length).toBeGreaterThanOrEqual(1);
    for (const message of messages) expect(message).toMatchObject({ actual, expected: undefined, reason: expect.stringMatching(advice) });
    expect(messages).toHaveLength(text.split(actual).length - 1);
  });

  it.each([
    // Eighth reading, fiche F2881: « 0,8 g par l » kept 2 symbols.
    ['Un taux inférieur à 0,8 g/l est une contravention.', 'gramme par litre'],
    ['La puissance est de 0,1 kW/kg au plus.', 'kilowatt par kilogramme'],
  ])('asks for the units in words around « / »: %s', async (text, units) => {
    const messages = await messagesFor('caractere-special', text, { format: 'md' });
    expect(messages).toMatchObject([{ actual: '/', expected: undefined, reason: expect.stringContaining(`« ${units} »`) }]);
  });

  it('says that « **** » between 2 words is 2 bolds glued together (fiche F3059, eighth reading)', async () => {
    const [message] = await messagesFor('caractere-special', "Il n'y a **pas****d'âge limite** dans les cas suivants.", { format: 'md' });
    expect(message).toMatchObject({ actual: '****', reason: expect.stringContaining('2 mises en gras collées') });
  });

  it.each([
    // Fiche F2390 (eleventh reading): « égal 6 points » is not French.
    ['| Étape | Points |\n| --- | --- |\n| Obtention du permis | = 6 points |\n', '='],
    ['Vous gagnez 2 points (= 8 points).', '='],
  ])('asks to remove a « = » that starts the thing, or to write « soit », with no « égal »: %s', async (text, actual) => {
    const [message] = await messagesFor('caractere-special', text);
    expect(message).toMatchObject({ actual });
    expect(message!.expected ?? []).toEqual([]);
    expect(message!.reason).toContain('soit');
  });

  it.each([
    // Fiche F2344: a unit of time in words after « / ».
    ['La limite est de 2,5 par mètre/seconde² par jour.', ['par']],
  ])('reads « / » after a unit in words (eleventh reading): %s', async (text, expected) => {
    expect((await messagesFor('caractere-special', text))[0]).toMatchObject({ actual: '/', expected });
  });

  it('does not read « / » after an acronym in brackets as a division (fiche F23263, eleventh reading)', async () => {
    const [message] = await messagesFor('caractere-special', 'Logement financé par un prêt locatif aidé (PLA-I) / Logement locatif très social.');
    expect(message).toMatchObject({ actual: '/' });
    expect(message!.expected ?? []).not.toContain('divisé par');
  });

  it('still proposes « égal » for « = » between 2 words, and « divisé par » after a number in brackets', async () => {
    expect((await messagesFor('caractere-special', 'Le loyer = le prix du logement.'))[0]).toMatchObject({ expected: ['égal'] });
    expect((await messagesFor('caractere-special', 'Le total (12 mois) / les jours.'))[0]).toMatchObject({ expected: ['divisé par'] });
  });

  it.each([
    // Fiche F13965 (twelfth reading): « le un tiers » was told.
    ['Soit le 1/3 des 3 derniers mois.', ['tiers']],
    ['Vous avez droit au 1/4 de la somme.', ['quart']],
    ['Vous gardez la 1/2 du loyer.', ['moitié']],
  ])('gives the fraction without its article after an article: %s', async (text, expected) => {
    expect((await messagesFor('caractere-special', text))[0]).toMatchObject({ actual: expect.stringMatching(/\//), expected });
  });

  it('asks for words when the article does not fit the fraction (« le 1/2 »), and keeps « un tiers » alone', async () => {
    const [message] = await messagesFor('caractere-special', 'Vous payez le 1/2 du prix.');
    expect(message!.expected ?? []).toEqual([]);
    expect((await messagesFor('caractere-special', 'Vous payez 1/3 du prix.'))[0]).toMatchObject({ expected: ['un tiers'] });
  });

  it('reads a preposition after a fraction as no noun: « Pour 1/3 à l’époux » (thirteenth reading)', async () => {
    expect((await messagesFor('caractere-special', 'Pour 1/3 à l’époux et 2/3 aux enfants.'))[0]).toMatchObject({ actual: '1/3', expected: ['un tiers'] });
  });

  it('reads « [jour / mois / année] » with spaces as a date to fill in (fourteenth reading)', async () => {
    const messages = await messagesFor('caractere-special', 'Écrivez la date : [jour / mois / année].');
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.expected ?? []).toEqual([]);
      expect(message.reason).toContain('date à remplir');
    }
  });

  it('quotes « +de » whole and proposes « plus de » (fifteenth reading: « plusde »)', async () => {
    expect((await messagesFor('caractere-special', 'Le chargeur a +de 30 cartouches.'))[0]).toMatchObject({ actual: '+de', expected: ['plus de'] });
  });

  it('quotes « + » alone and gives no one-click fix when a bold starts right after it (fiche F34708, sixteenth session)', async () => {
    const [message] = await messagesFor('caractere-special', 'Vous devez vivre en France depuis 5 ans ou +**sans interruption**.');
    expect(message).toMatchObject({ actual: '+' });
    expect(message!.expected ?? []).toEqual([]);
    expect(message!.reason).toContain('« plus », avec une espace après');
    // Without the bold, « plus sans » is still offered.
    expect((await messagesFor('caractere-special', 'Vous avez un système de +de 30 cartouches.'))[0]).toMatchObject({ expected: ['plus de'] });
  });

  it('asks for the units in words for « 137g/km », not « par » (fiche F35354, seventeenth reading)', async () => {
    const [message] = await messagesFor('caractere-special', 'Le seuil de 137g/km est remplacé par le seuil de 109 g/km.');
    expect(message!.expected ?? []).toEqual([]);
    expect(message!.reason).toContain('« gramme par kilomètre »');
    // « 50 km/h » stays known to every reader.
    expect(await messagesFor('caractere-special', 'Roulez à 50 km/h en ville.')).toEqual([]);
  });
});
