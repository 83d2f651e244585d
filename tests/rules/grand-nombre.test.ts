import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('grand-nombre', () => {
  it.each([
    // Service-public fiches F10404, F12565, F12387: the terms of a calculation are exact amounts, not quantities to imagine.
    ['- 4e tranche : (4 000 - 1 525) x 0,58 % = 14,36'],
    ['- 3e tranche : (1 525 - 610) x 3,41 % = 31,20'],
    ['Le montant est égal à 3 %du traitement indiciaire, soit (431 x 5 623,23 € / 1200 x 3 % / 30) = 2,02 € par jour.'],
    ['Le traitement brut est multiplié par la valeur de l\'indice 100 divisée par 1200 divisé par 30.'],
    // F13104, F12544: money written without its sign.
    ['Le montant de votre pension de réversion est au minimum de 3 478,46 par an (soit 289,87 € par mois).'],
    ['- 10 ans de prison et 150 000 d\'amende en cas d\'ITT supérieure à 8 jours'],
    // F12395: years in a list, « 1972,1973, 1974 ».
    ['| 1972,1973, 1974 | 169 trimestres (42 ans et 3 mois) |'],
    // F12544: a short phone number.
    ['- 3919, service spécialisé dans les violences faites aux femmes'],
  ])('stays silent on a calculation, money without its sign, a list of years: %s', async (text) => {
    expect(await messagesFor('grand-nombre', text)).toEqual([]);
  });

  it('still fires on a list item that starts with a large number (the dash is not a minus)', async () => {
    const messages = await messagesFor('grand-nombre', 'Dans la ville :\n\n- 15 000 personnes vivent dans la rue.');
    expect(messages).toMatchObject([{ actual: '15 000 personnes' }]);
  });

  it('gives no « beaucoup » when the sentence calculates with the number (F12390)', async () => {
    const text = 'Par exemple en cas de départ à la retraite en mai 2020 avec 4 800 points : (4 800 x 0,48511) / 12 = 194,04 € par mois.';
    const messages = await messagesFor('grand-nombre', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual: '4 800 points' });
    expect(messages[0]!.expected).toBeUndefined();
  });

  it.each([
    ['15 000 personnes vivent dans la rue.', '15 000 personnes', 'beaucoup de personnes'],
    ['Il y a 2 500 demandes par an.', '2 500 demandes', 'beaucoup de demandes'],
    ['La ville compte 48 000 habitants.', '48 000 habitants', 'beaucoup d’habitants'],
    ['Environ 2 millions de personnes ont droit à cette aide.', '2 millions de personnes', 'beaucoup de personnes'],
    ['Le centre reçoit 3 200 appels.', '3 200 appels', 'beaucoup d’appels'],
    ['Le bus roule sur 12 000 kilomètres.', '12 000 kilomètres', 'beaucoup de kilomètres'],
  ])('fires on a large number: %s', async (text, actual, expected) => {
    const messages = await messagesFor('grand-nombre', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, expected: [expected], severity: 'warning' });
  });

  it.each([
    // « Plus de beaucoup de familles » is not French: the number is a limit.
    ['Plus de 1500 familles attendent un logement.', '1500 familles'],
    // Service-public fiches F11001, F1219: a limit keeps its message, with no « beaucoup ».
    ['Les logements sont situés sur certaines communes de plus de 10 000 habitants ou limitrophes.', '10 000 habitants'],
    // Fiche F32428: the value of a label; « beaucoup d’heures » would lose the legal length of work.
    ['- Durée légale annuelle : 1 607 heures', '1 607 heures'],
  ])('fires with no word to put instead on a limit or a calculation: %s', async (text, actual) => {
    const messages = await messagesFor('grand-nombre', text);
    const found = messages.find((message) => message.actual === actual);
    expect(found).toBeDefined();
    expect(found!.expected).toBeUndefined();
    for (const message of messages) expect(message.expected ?? []).not.toContainEqual(expect.stringMatching(/de x|de d’|de d'/));
  });

  it.each([
    // Service-public fiches F13213, F11093, F1265, F11370: form and article numbers after « et » or « ou », an amount in DTS.
    'Vous devez remplir les formulaires cerfa n°11423 et 10397 et les envoyer à votre Caf.',
    'Le contrat écrit doit reproduire les articles du code civil (articles 1641 et 1647 ) concernant ces garanties légales.',
    'Adressez le formulaire (2734 ou 2735 selon votre choix) en double exemplaire au service des impôts des entreprises.',
    'L’indemnisation est plafonnée à 1.131 DTS, soit environ 1.391 €.',
    // A sample fiche (F33954): « 116 117 » is a phone number.
    'L’expérimentation du 116 117 sera généralisée à toute la France, en application du décret n°2016-1012 du 22 juillet 2016 .',
    // F34300: a model of number plate.
    '## Votre véhicule a une immatriculation de type 1234 AB 56',
    // F1260: money with cents and no sign, after « Smic ».
    'L’aide est équivalente à 120 heures de Smic (1 218,00), dont il faut déduire les cotisations.',
    // F34474 (third reading, 3 December): the limits of bands in a table, 146 messages on one fiche.
    '| Effectif (nombre de salariés) | Nombre de titulaires |\n| --- | --- |\n| 3750 à 3999 | 26 |\n| 4 000 - 4 249 | 27 |\n',
    // F527 (fourth reading): the limits of a table's header.
    "| Type de véhicule | Jusqu'à 2 000 km | De 2 001 à 10 000 km | Plus de 10 000 km |\n| --- | --- | --- | --- |\n| Voiture | 1 | 2 | 3 |\n",
  ])('stays silent on a code or an amount of money of real text: %s', async (text) => {
    expect(await messagesFor('grand-nombre', text)).toEqual([]);
  });

  it.each([
    'Vous recevez 1 500 € par mois.',
    'Vous recevez 1 500 euros.',
    'Le loyer est entre 1 500 et 2 000 € par mois.',
    'En 2026, la loi change.',
    'Le rendez-vous est le 3 avril 2026.',
    'Appelez le 01 23 45 67 89.',
    'Appelez le 3939 pour parler à quelqu’un.',
    'Remplissez le Cerfa 16029*01.',
    'Remplissez le formulaire n° 12504.',
    'Écrivez au CCAS, 75001 Paris.',
    'Lisez l’article 1234 du code.',
    'Il y a 1 000 places.',
    'Votre numéro allocataire est 1234567.',
    'Le numéro vert 0 800 123 456 est gratuit.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('grand-nombre', text)).toEqual([]);
  });

  it('still fires on a large number with no cents after a word of money', async () => {
    const messages = await messagesFor('grand-nombre', 'Le Smic concerne 15 000 personnes.');
    expect(messages.some((message) => message.actual?.startsWith('15 000'))).toBe(true);
  });

  it('takes its threshold from the option max', async () => {
    const config = { rules: { 'grand-nombre': { options: { max: 100000 } } } };
    expect(await messagesFor('grand-nombre', '15 000 personnes vivent dans la rue.', { config })).toEqual([]);
  });

  it('flags money with allowMoney: false', async () => {
    const config = { rules: { 'grand-nombre': { options: { allowMoney: false } } } };
    expect(await messagesFor('grand-nombre', 'Vous recevez 1 500 € par mois.', { config })).toHaveLength(1);
  });

  it('still fires on a limit of a range in a sentence, and on a number alone in a table cell', async () => {
    expect(await messagesFor('grand-nombre', 'Entre 3750 et 3999 salariés travaillent dans ces entreprises.')).not.toEqual([]);
    expect(await messagesFor('grand-nombre', '| Lieu | Nombre |\n| --- | --- |\n| Lyon | 3750 salariés |\n')).not.toEqual([]);
  });

  it('leaves a short phone number in a sentence about phones (tenth reading)', async () => {
    expect(await messagesFor('grand-nombre', 'Vous pouvez bloquer des numéros en utilisant le 33700.')).toEqual([]);
    // A quantity after « le » elsewhere is still reported.
    expect(await messagesFor('grand-nombre', 'Le plafond est fixé à 35000 habitants.')).toHaveLength(1);
  });

  it.each([
    // Eleventh reading: the last band of a table, the number of a standard, a number already said another way.
    '| Population | Nombre d’élus |\n| --- | --- |\n| 30 000 habitants ou plus | 35 |\n',
    'Le panneau respecte la norme NF EN ISO 7010.',
    'Vous travaillez 1 an à temps complet, soit 1607 heures.',
  ])('leaves a band limit, a standard and a number restated after « soit »: %s', async (text) => {
    expect(await messagesFor('grand-nombre', text)).toEqual([]);
  });

  it('gives no « beaucoup » for a threshold in a sentence, and still fires on « et plus de »', async () => {
    const [message] = await messagesFor('grand-nombre', 'Les communes de 30 000 habitants ou plus ont un plan.');
    expect(message).toMatchObject({ actual: '30 000 habitants' });
    expect(message!.expected ?? []).toEqual([]);
    expect((await messagesFor('grand-nombre', 'Il y a 15 000 personnes et plus de 200 entreprises.'))[0]).toMatchObject({ expected: ['beaucoup de personnes'] });
    expect(await messagesFor('grand-nombre', 'Ce produit a 15 000 clients en 2020.')).toHaveLength(1);
  });

  it('leaves a sum with cents after a word of money further back in the sentence (fiche F14018, twelfth reading)', async () => {
    expect(await messagesFor('grand-nombre', 'Lorsque le salaire moyen de référence du salarié est supérieur à 3 078,84, la rémunération change.')).toEqual([]);
  });

  it('leaves a limit in a heading that picks the reader\'s case, and tells a repeated limit once (twelfth and thirteenth readings)', async () => {
    expect(await messagesFor('grand-nombre', '### Plus de 3 500 km')).toEqual([]);
    expect(await messagesFor('grand-nombre', '## Dans une commune de moins de 2 000 habitants')).toEqual([]);
    const twice = 'Les communes de moins de 2 000 habitants ont une aide.\n\nLes communes de moins de 2 000 habitants ont un plan.\n';
    expect(await messagesFor('grand-nombre', twice)).toHaveLength(1);
    // A heading that counts things is still told.
    expect(await messagesFor('grand-nombre', '## 15 000 personnes sans logement')).toHaveLength(1);
  });

  it('leaves a sum per month or per year without its € sign, in a sentence about money (fourteenth reading)', async () => {
    expect(await messagesFor('grand-nombre', 'Les ressources de votre couple ne doivent pas dépasser 1 312,5 par mois. (soit 15 750 par an).')).toEqual([]);
    expect(await messagesFor('grand-nombre', 'Le centre reçoit 15 750 personnes par an.')).toHaveLength(1);
  });

  // Sixteenth session (fiche F34474: 7 false alarms in 297 messages; fiche F35000).
  it('stays silent on a number alone in a table cell, a value the reader looks up in their row', async () => {
    const table = '| Effectif | Heures par mois | Total |\n| --- | --- | --- |\n| 9000 à 9249 | 34 | 1088 |\n| 10000 | 35 | 1190 |\n';
    expect(await messagesFor('grand-nombre', table)).toEqual([]);
  });

  it('still fires on a number with words in a table cell', async () => {
    const table = '| Ville | Habitants |\n| --- | --- |\n| Brest | 140 000 habitants |\n';
    expect((await messagesFor('grand-nombre', table)).map((message) => message.actual)).toEqual(['140 000 habitants']);
  });

  it('stays silent on a band in a heading that picks the reader’s case: « ### De 1 500 à 3 500 km »', async () => {
    expect(await messagesFor('grand-nombre', '### De 1 500 à 3 500 km\n\nVous recevez 400 €.\n')).toEqual([]);
  });

  it('reads « 1,3 million € » as money (fiche F563, seventeenth reading)', async () => {
    expect(await messagesFor('grand-nombre', 'Vous payez cet impôt si votre patrimoine dépasse 1,3 million €.')).toEqual([]);
  });
});
