import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('ponctuation', () => {
  it.each([
    ['Apportez vos papiers ; gardez une copie.', [';']],
    ['Votre carte (ou votre passeport) suffit.', ['(ou votre passeport)']],
    ['Le formulaire [page 2] est à remplir.', ['[page 2]']],
    ['Votre carte) suffit.', [')']],
    ['Vous pouvez apporter des photos, des lettres…', ['…']],
    ['Vous pouvez apporter des photos, des lettres...', ['...']],
    ['Le centre — celui de la mairie — vous reçoit.', ['—', '—']],
    ['Le centre – celui de la mairie – vous reçoit.', ['–', '–']],
    ['Venez lundi - ou mardi.', ['-']],
  ])('fires on each sign: %s', async (text, signs) => {
    const messages = await messagesFor('ponctuation', text);
    expect(messages.map((message) => message.actual)).toEqual(signs);
    expect(messages.every((message) => message.severity === 'warning')).toBe(true);
  });

  it('quotes brackets around inline code with « … » where the code stands, and a bracket left open to the end of its sentence (fuzzing seed 52)', async () => {
    const paired = await messagesFor('ponctuation', 'Un exemple (voir `titre` ici) pour une étape.\n');
    expect(paired.map((message) => message.actual)).toEqual(['(voir … ici)']);
    // An ellipsis the author wrote stays as written (« expertise…) » in a service-public fiche). Since the ninth reading it
    // gets no message of its own (139 of 160 were inside reported brackets): the brackets' message says it.
    const ellipsis = await messagesFor('ponctuation', 'Les frais (acte de vente, consultations, expertise…) sont à payer.\n');
    expect(ellipsis.map((message) => message.actual)).toEqual(['(acte de vente, consultations, expertise…)']);
    expect(ellipsis[0]!.reason).toContain('Les points de suspension ne disent pas la suite');
    const open = await messagesFor('ponctuation', 'La règle (écrivez `alt=""` dans la balise `img` pour une image.\n');
    expect(open.map((message) => message.actual)).toEqual(['(écrivez … dans la balise … pour une image']);
    // A word in a tag is text: no « … » for the tag (the quote is then the source as written).
    const tagged = await messagesFor('ponctuation', 'Un exemple (voir <Mot>titre</Mot> ici) pour une étape.\n', { format: 'mdx' });
    expect(tagged.map((message) => message.actual)).toEqual(['(voir <Mot>titre</Mot> ici)']);
  });

  it('reports a pair of brackets once, from the opening sign to the closing one (issue 11)', async () => {
    const messages = await messagesFor('ponctuation', 'Votre carte (ou votre passeport) suffit.');
    expect(messages).toMatchObject([{ line: 1, column: 13 }]);
  });

  it('suggests a full stop for a semicolon', async () => {
    const messages = await messagesFor('ponctuation', 'Apportez vos papiers ; gardez une copie.');
    expect(messages[0]!.expected).toEqual(['.']);
  });

  it.each([
    'Voir [le formulaire](https://exemple.fr/a;b) pour la demande.',
    'Le bureau est ouvert de 9 h – 12 h.',
    'Allez sur https://exemple.fr/page(1) pour voir.',
    'C’est un rendez-vous en Île-de-France.',
    'Écrivez `a ; b` dans la case.',
    'L’année 2025 – 2026 commence.',
    '- Votre carte\n- Vos papiers\n* Vos photos',
    '1. Première étape\n2. Deuxième étape',
    // What the rule `sigle` asks for: the acronym with its words.
    'Ce texte est en Facile à lire et à comprendre (FALC).',
    'Allez à la CAF (caisse d’allocations familiales).',
    // Eighth reading, fiche F2843: a code, then its name (29 messages on one line before).
    'Le code 70 doit être suivi des lettres suivantes : AT (Autriche), GR (Grèce), UK (Royaume-Uni).',
    // A semicolon that ends a list item.
    'Apportez :\n\n- votre carte ;\n- votre lettre.',
    // A dash between a date and a place in a title.
    '# Réunion du 12 mars 2026 – Lyon',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('ponctuation', text)).toEqual([]);
  });

  it('reads the attributes readers see: a bracket pair in a step title is reported once, at its place', async () => {
    const messages = await messagesFor('ponctuation', '<Etape titre="Prendre rendez-vous (mairie)">\n\nVenez au centre.\n\n</Etape>');
    expect(messages.map((message) => [message.line, message.column, message.actual])).toEqual([[1, 35, '(mairie)']]);
  });

  it('stays silent on an acronym gloss in an attribute', async () => {
    expect(await messagesFor('ponctuation', '<Etape titre="Appeler la CAF (caisse d’allocations familiales)">\n\nVenez au centre.\n\n</Etape>')).toEqual([]);
  });

  it('takes its severity from the configuration', async () => {
    const config = { rules: { ponctuation: 'error' as const } };
    expect((await messagesFor('ponctuation', 'Oui ; non.', { config }))[0]!.severity).toBe('error');
  });

  it('stays silent on the number of a department in a title (fiche F10468)', async () => {
    expect(await messagesFor('ponctuation', '#### Maine-et-Loire (49)')).toEqual([]);
    expect(await messagesFor('ponctuation', '#### Corse-du-Sud (2A)')).toEqual([]);
  });

  it('stays silent on the number of a department in a table cell, not in a sentence (third reading, 3 December)', async () => {
    expect(await messagesFor('ponctuation', '| Département | Adresse |\n| --- | --- |\n| Vaucluse (84) | Avignon |\n')).toEqual([]);
    expect(await messagesFor('ponctuation', 'Vous habitez le Vaucluse (84) depuis 2 ans.')).toMatchObject([{ actual: '(84)' }]);
  });

  it('still fires on other brackets in a title (fiche F112)', async () => {
    expect(await messagesFor('ponctuation', '## En 5e (début du cycle 4)')).toMatchObject([{ actual: '(début du cycle 4)' }]);
  });

  // Real text of service-public fiches (F11201, F1011, F10864, F13607): these dashes do not cut the sentence.
  it.each([
    'Si vous avez une carte de résident ou une carte de résident de longue durée - UE de 10 ans arrivant à expiration, vous pouvez demander son renouvellement ou demander une carte de résident permanent.',
    "La formation doit être financée ou cofinancée par Pôle emploi (action de formation conventionnée - AFC, action de formation préalable au recrutement - AFPR, préparation opérationnelle à l'emploi individuelle - POEI ou aide individuelle à la formation - AIF).",
    '# Impôt sur le revenu - Plus-value immobilière',
    "| **Avantages** | Permet de remplir vos obligations d'employeur : - déclaration des rémunérations à l'Urssaf, - paiement des cotisations sociales |\n| --- | --- |",
  ])('stays silent on a dash before an acronym, in a title, or as a list marker: %s', async (text) => {
    const messages = await messagesFor('ponctuation', text);
    expect(messages.filter((message) => message.actual === '-')).toEqual([]);
  });

  it('still fires on dashes around an aside (fiche F10619)', async () => {
    const text = "Cependant, dans certains pays et - en l'absence de photographe professionnel - certains départements ou collectivités d'Outre-mer, la photo du passeport ou de la carte d'identité peut être prise au guichet.";
    const messages = await messagesFor('ponctuation', text);
    expect(messages.filter((message) => message.actual === '-')).toHaveLength(2);
  });

  it('stays silent on the words of an acronym that take a short word (tests/fixtures/falc-reel/phrases-inria.md)', async () => {
    const text = 'Le FALC (facile à lire et à comprendre) est une méthode d’adaptation régie par un ensemble de règles européennes.';
    expect(await messagesFor('ponctuation', text)).toEqual([]);
  });

  it('still fires on brackets after an acronym that do not give its words (fiche F1280)', async () => {
    expect(await messagesFor('ponctuation', 'Tout dépend de régime auquel vous êtes rattaché (Caf ou MSA).')).toHaveLength(1);
  });

  // Fiches F13607 (an address, here outside its table), F12402, F12163, F13243: these dashes do not cut the sentence.
  it.each([
    'Par courrier : Centre national du Chèque emploi service universel - 63, rue de la Montat - 42 961 Saint-Étienne cedex 9',
    "Lorsque vous ne remplissez pas l'une des conditions ouvrant droit au cumul emploi - retraite total, vous pouvez toutefois cumuler intégralement votre pension de retraite de base.",
    "L'agent doit effectuer ses trajets domicile – lieu de travail à vélo.",
    "La réduction est donc la suivante : Pension de retraite de base + pension complémentaire + revenus d'activité - plafond autorisé = 2 700 € - 2 463,07 € = 236,93 €",
  ])('stays silent on a dash in an address, a 2-word name or a calculation: %s', async (text) => {
    expect((await messagesFor('ponctuation', text)).filter((message) => message.reason.includes('tiret'))).toEqual([]);
  });

  it('still reports dashes around an aside (fiche F1357)', async () => {
    const text = "Tout dépend du lieu de la demande et de la présence - ou non - d'un photographe professionnel.";
    expect((await messagesFor('ponctuation', text)).filter((message) => message.reason.includes('tiret'))).toHaveLength(2);
  });

  // Fiche F12521: the end of a word in brackets is not a hidden piece of information; the message says to
  // write the 2 words in full.
  it('says to write in full a word whose end is in brackets (fiche F12521)', async () => {
    const text = "Oui, vous pouvez continuer à utiliser le nom de votre époux(se) décédé(e) comme nom d'usage.";
    const messages = await messagesFor('ponctuation', text);
    expect(messages.map((message) => message.actual)).toEqual(['époux(se)', 'décédé(e)']);
    expect(messages[0]!.reason).toContain('« époux ou épouse »');
    expect(messages[1]!.reason).toContain('« décédé ou décédée »');
    for (const message of messages) expect(message.reason).not.toContain('cachent une information');
  });

  it('does not invent the 2 words of a plural in brackets (fiche F1051 « parent(s) »)', async () => {
    const messages = await messagesFor('ponctuation', "#### Naissance à l'étranger d'1 ou 2 parent(s) français");
    expect(messages).toMatchObject([{ actual: 'parent(s)', reason: expect.stringContaining('le singulier ou le pluriel') }]);
  });

  // Fiches F1142, F1280: service-public writes acronyms with one capital (« Crep », « Rib »).
  it.each([
    "# Diagnostic immobilier : constat de risque d'exposition au plomb (Crep)",
    "- Relevé d'identité bancaire (Rib)",
    // Fiche F12384 (6 times): capitals, then small letters.
    '- au Centre national du chèque emploi-service universel (CNCesu) si vous utilisez le Cesu pour rémunérer votre salarié,',
  ])('stays silent on an acronym with one capital or a few after its words: %s', async (text) => {
    expect(await messagesFor('ponctuation', text)).toEqual([]);
  });

  it('still fires on brackets that hide words (fiche F1309)', async () => {
    const text = "Si vous occupez à plusieurs votre logement (concubins ou colocataires), une seule taxe d'habitation sera établie, au nom de l'un des occupants.";
    expect(await messagesFor('ponctuation', text)).toMatchObject([{ actual: '(concubins ou colocataires)' }]);
  });

  // Fiche F1312: « (( » is one token; the first « ( » closes with the last « ) », whatever the nesting.
  it.each([
    ['Le loyer sera réévalué de 1/6 par an, soit une hausse la 1ère année de 8,33 € par mois ((600 X 1/ 6) / 12), la 2e année.', '((600 X 1/ 6) / 12)'],
    ['Le montant (calculé sur le salaire (brut)) est versé.', '(calculé sur le salaire (brut))'],
    ['Le montant (calculé (sur le salaire) (brut)) est versé.', '(calculé (sur le salaire) (brut))'],
    ['Le montant [voir la page (2)] est versé.', '[voir la page (2)]'],
  ])('reports nested brackets once, from the outer opening sign to its closing one: %s', async (text, written) => {
    const messages = await messagesFor('ponctuation', text);
    expect(messages.map((message) => message.actual)).toEqual([written]);
    expect(messages[0]!.reason).toContain(`« ${written} »`);
  });

  it('still reports a closing bracket alone', async () => {
    expect((await messagesFor('ponctuation', 'Votre carte) suffit (ou votre passeport).')).map((message) => message.actual)).toEqual([')', '(ou votre passeport)']);
  });

  // Fiches F1280, F12006, F13132, F1051: acronyms with one capital whose letters are not exactly the initials.
  it.each([
    "- Relevé d'identité bancaire (Rib), postal (Rip) ou d'épargne (Rice) à votre nom",
    'Vous pouvez bénéficier de la protection universelle maladie (Puma).',
    'La demande doit être faite auprès du juge aux affaires familiales (Jaf).',
    "Le montant minimal de l'allocation d'aide au retour à l'emploi formation (Aref) est fixé.",
  ])('stays silent on an acronym with one capital after its words, letters shortened: %s', async (text) => {
    expect(await messagesFor('ponctuation', text)).toEqual([]);
  });

  // The same reading as the rule `sigle` (rules/_shared/acronym-words.ts): on all 3,213 service-public fiches,
  // 145 brackets of this kind were reported before, and no other message changed.
  it.each([
    // Fiches F10027, F11166: parts in capitals joined by a hyphen.
    'Elle remplace la couverture maladie universelle complémentaire (CMU-C).',
    'Il reçoit un visa de long séjour valant titre de séjour (VLS-TS) pour entrer en France.',
    // Fiche F11677: a word between the words (« une ») gives no letter.
    "L'aide à la création ou à la reprise d'une entreprise (Acre) consiste en une exonération.",
    // Fiches F11677, F13212: the capitals are the initials (Pre-Par-E).
    "Vous pouvez recevoir la prestation partagée d'éducation de l'enfant (PreParE) pendant un an.",
    // Fiche F1068: « œufs » gives the O.
    "Le don se fait au centre d'étude et de conservation des œufs et du sperme (Cecos).",
    // A digit repeats the letter after it: certificat informatique et internet.
    'Vous avez le certificat informatique et internet (C2i).',
  ])('stays silent on an acronym after its words, read as the rule sigle reads it: %s', async (text) => {
    expect(await messagesFor('ponctuation', text)).toEqual([]);
  });

  it.each([
    // Fiche F32709: the short name of the words before, each word cut at its start.
    'Vous préparez un bac professionnel (bac pro) au lycée.',
    'Il prépare le baccalauréat professionnel (bac pro).',
    // Fiche F24439 (eleventh reading): a letter and the number of the words before.
    '### Pendant l’année du Master 1 (M1)',
    // Fiche F14807 (twelfth reading): 2 acronyms of the words before.
    'Allez au centre communal d’action sociale (CCAS ou CIAS).',
  ])('stays silent on the short name of the words before the bracket: %s', async (text) => {
    expect(await messagesFor('ponctuation', text)).toEqual([]);
  });

  it.each([
    ['Vous préparez le bac (bac) au lycée.', '(bac)'],
    ['Vous recevez une aide (une somme) chaque mois.', '(une somme)'],
    ['Vous êtes en Master 1 (L3) cette année.', '(L3)'],
  ])('still fires on words in brackets that do not shorten the words before: %s', async (text, written) => {
    expect((await messagesFor('ponctuation', text)).map((message) => message.actual)).toEqual([written]);
  });

  it.each([
    ['Si l’enfant a le nom de sa mère (Leroy), les parents signent.', '(Leroy)'],
    ['Dans la province du Québec (Canada), vous pouvez voter.', '(Canada)'],
    ['Le rendez-vous est à la mairie de votre ville (Paris).', '(Paris)'],
  ])('still fires on a name in brackets whose letters do not start the words before it: %s', async (text, written) => {
    expect((await messagesFor('ponctuation', text)).map((message) => message.actual)).toEqual([written]);
  });

  it.each([
    ['### Régime général (Caf)', '(Caf)'],
    ['Vous habitez à Lyon (Rhône).', '(Rhône)'],
    ['Vous écrivez au service national (SNcf).', '(SNcf)'],
  ])('still fires on a name in brackets that is not the acronym of the words before: %s', async (text, written) => {
    expect((await messagesFor('ponctuation', text)).map((message) => message.actual)).toEqual([written]);
  });

  // Fiche F1280: the first « ( » is never closed; the message quoted « ( » alone.
  it('quotes a bracket that is not closed in the sentence up to its end (fiche F1280)', async () => {
    const text = "Il a été progressivement étendu à toutes les personnes exclues des autres aides au logement (allocation de logement familiale (ALF) et aide personnalisée au logement (APL).";
    const messages = await messagesFor('ponctuation', text);
    expect(messages.map((message) => message.actual)).toEqual(['(allocation de logement familiale (ALF) et aide personnalisée au logement (APL)']);
    expect(messages[0]!.reason).toContain("« (allocation de logement familiale (ALF) et aide personnalisée au logement (APL) »");
  });

  it('says that a closing bracket has no opening one', async () => {
    const messages = await messagesFor('ponctuation', 'Votre carte) suffit.');
    expect(messages).toMatchObject([{ actual: ')', reason: expect.stringContaining("n'a pas de parenthèse ouvrante") }]);
  });
});
