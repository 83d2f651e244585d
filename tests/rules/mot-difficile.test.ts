import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { messagesFor } from '../helpers.ts';
import { testLanguage } from '../language/resources.ts';

let language: LanguageResources;
beforeAll(async () => {
  language = await testLanguage();
});

describe('mot-difficile', () => {
  it.each([
    // Service-public fiches: a comma between the words, so the phrase is not there.
    ['La carte est établie au nom de plusieurs personnes, physiques ou morales.', 'personnes physiques'],
    ['Le fonctionnaire demande par courrier, recommandé avec accusé de réception, la pièce.', 'courrier recommandé'],
  ])('does not read a phrase across punctuation: %s', async (text, phrase) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    expect(messages.map((message) => message.actual?.toLowerCase())).not.toContain(phrase);
  });

  it.each([
    ['La carte est établie au nom de plusieurs personnes physiques.', 'personnes physiques'],
    ['Le fonctionnaire demande par courrier\nrecommandé la pièce.', 'courrier\nrecommandé'],
  ])('still reads a phrase whose words are split by spaces or a line break: %s', async (text, phrase) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    expect(messages.map((message) => message.actual?.toLowerCase())).toContain(phrase);
  });

  it.each([
    ['Vous devez effectuer votre demande avant lundi.', 'effectuer', 'faire'],
    // The replacement takes the form of the verb as written: « Le CCAS demande », not « Le CCAS demander ».
    ['Le CCAS sollicite une pièce justificative.', 'sollicite', 'demande'],
    ['Vous pouvez contester la décision préalablement.', 'préalablement', 'avant'],
    ['Envoyez le papier afin de recevoir votre carte.', 'afin de', 'pour'],
  ])('reports administrative jargon with a replacement: %s', async (text, actual, replacement) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    const found = messages.find((message) => message.actual?.toLowerCase().startsWith(actual));
    expect(found, JSON.stringify(messages)).toBeDefined();
    expect(found!.expected).toContain(replacement);
  });

  it.each([
    // Service-public fiches F10522 and one on the change of address of a car: everyday phrases (told « plaque
    // d'inscription », « numéro de numéro » before).
    'PTAC ⩽ 1,5 tonne : plaque d’immatriculation amovible à l’arrière.',
    'La démarche diffère selon que le numéro d’immatriculation de votre véhicule est de la forme AB 123 CD ou 123 AB 01.',
  ])('does not report « immatriculation » in an everyday phrase: %s', async (text) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    expect(messages.filter((message) => /immatriculation/i.test(message.actual ?? ''))).toEqual([]);
  });

  it('still reports « certificat d’immatriculation » (service-public fiche F12118)', async () => {
    const text = 'Pour établir votre carte grise (désormais appelée certificat d’immatriculation), vous devrez justifier de votre domicile.';
    const messages = await messagesFor('mot-difficile', text, { language });
    expect(messages.some((message) => /immatriculation/i.test(message.actual ?? ''))).toBe(true);
  });

  it.each([
    // Service-public fiches F12903, F1101, F1025, F1248: the replacement in the form of the word as written.
    ['La MVA est attribuée automatiquement par la Caisse d’allocations familiales (Caf).', 'attribuée', ['donnée']],
    ['Dans tous les cas, la femme enceinte concernée doit bénéficier d’une information complète et donner son accord.', 'bénéficier d’une', ['avoir une', 'recevoir une']],
    ['Les élèves inscrits dans les classes préparatoires des lycées ne peuvent, en théorie, pas bénéficier du fonds social.', 'bénéficier du', ['avoir le', 'recevoir le']],
    // A sample fiche: « envoyer » is regular in its participle (« envoyée »), not in « enverra ».
    ['Vous devez mentionner les coordonnées des 2 parents dans la fiche de renseignement qui vous est adressée en début d’année.', 'adressée', ['envoyée']],
    // « à » + « les » → « aux »; « d' » before a consonant → « de »; no « d'handicap » (an h that is not elided).
    ['La pension de réversion est égale à 54 % de la retraite dont bénéficiait le défunt, sans tenir compte des majorations de retraite.', 'tenir compte des', ['penser aux']],
    ['La mise en place d’une CRPC n’empêche pas la victime d’obtenir une indemnisation.', 'd’obtenir', ['d’avoir', 'de recevoir']],
    // Fiches F35008 and F34661: a word that starts a heading or a sentence keeps its capital (« ## salaire » before).
    ['## Rémunération\n\nLe salaire est versé chaque mois.', 'Rémunération', ['Salaire', 'Paye']],
    ['La colocation se poursuit avec les colocataires restés dans le logement. En conséquence, le bail continue.', 'En conséquence', ['Donc', 'Alors']],
  ])('fits the replacement to the word as written: %s', async (text, actual, expected) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    const found = messages.find((message) => message.actual === actual);
    expect(found, JSON.stringify(messages)).toBeDefined();
    expect(found!.expected).toEqual(expected);
  });

  it.each([
    // Service-public fiches F1248, F10752, F102 and one on paid leave: no replacement is sure to fit (« les futurs mari »,
    // « vos papier qui prouve », « la désignation est faire »). The word is still reported, with no `expected`.
    ['Les futurs époux déclarent leurs témoins lors de l’accomplissement des formalités préalables au mariage.', 'époux'],
    ['La lettre doit mentionner le mandat confié au salarié et le cadre dans lequel cette désignation est effectuée (entreprise, établissement par exemple).', 'effectuée'],
    ['Vous pouvez demander à votre employeur de bénéficier de congés payés par anticipation.', 'bénéficier de'],
  ])('still reports the word, with no replacement that would break the sentence: %s', async (text, actual) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    const found = messages.find((message) => message.actual === actual);
    expect(found, JSON.stringify(messages)).toBeDefined();
    expect(found!.expected ?? []).toEqual([]);
    expect(found!.reason).toContain('Changez aussi les mots autour');
  });

  it.each([
    // Sentences of the kinds met in published texts, where the old suggestion changed the sense.
    ['Le juge peut donner un mandat de protection à votre fille.', 'mandat', 'autorisation'],
    ['Vous envoyez l’argent par mandat à la poste.', 'mandat', 'autorisation'],
    ['Le médecin pose un dispositif sous la peau.', 'dispositif', 'aide'],
    ['Vous pouvez joindre le centre au téléphone le matin.', 'joindre', 'ajouter'],
    ['La vie en collectivité a des règles.', 'collectivité', 'mairie ou département'],
    ['L’infirmière fait un prélèvement de sang.', 'prélèvement', 'somme retirée'],
    ['Le médecin va opérer votre genou.', 'opérer', 'faire'],
    ['Vous réalisez que le dossier est faux.', 'réalisez', 'faire'],
    ['Vous passez un partiel en juin.', 'partiel', 'en partie'],
    ['Les pays ont signé une convention pour les droits des enfants.', 'convention', 'contrat'],
  ])('gives the senses, not a replacement, for a word no replacement fits in every sense: %s', async (text, actual, wrong) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    const found = messages.find((message) => message.actual?.toLowerCase() === actual);
    expect(found, JSON.stringify(messages)).toBeDefined();
    expect(found!.expected).toBeUndefined();
    expect(found!.reason).toContain('plusieurs sens');
    expect(found!.reason).toContain('expliquez ce qu’il veut dire');
    expect(found!.reason).not.toContain(`Écrivez plutôt « ${wrong} »`);
  });

  it.each([
    ['Vous payez par prélèvement automatique.', 'prélèvement automatique', 'paiement automatique'],
    ['Lisez le règlement intérieur du foyer.', 'règlement intérieur', 'règles du lieu'],
    ['Vous travaillez à temps partiel.', 'temps partiel', 'moins d\'heures de travail'],
  ])('keeps a suggestion where the phrase makes the sense exact: %s', async (text, actual, replacement) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    const found = messages.find((message) => message.actual?.toLowerCase() === actual);
    expect(found, JSON.stringify(messages)).toBeDefined();
    expect(found!.reason).toContain(`« ${replacement} »`);
    expect(found!.reason).not.toContain('plusieurs sens');
    // A one-word replacement can be put instead; a longer one is an explanation to add (no `expected`).
    if (replacement.split(' ').length < 3) expect(found!.expected).toEqual([replacement]);
    else expect(found!.expected).toBeUndefined();
  });

  it.each([
    ['Votre demande est juridictionnelle.', 'juridictionnelle'],
    ['La décision est opposable aux tiers.', 'opposable'],
    ['Votre enfant est scolarisé dans la ville.', 'scolarisé'],
    ['Le texte parle de la subsidiarité du dispositif.', 'subsidiarité'],
  ])('reports a rare word with no replacement: %s', async (text, actual) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    const found = messages.find((message) => message.actual === actual);
    expect(found, JSON.stringify(messages)).toBeDefined();
    expect(found!.expected).toBeUndefined();
  });

  it.each([
    'Vous allez à la mairie avec votre carte d’identité.',
    // Trap: proper nouns, numbers and acronyms are not difficult words.
    'Mme Kowalczyk habite à Villeneuve-lès-Maguelone depuis 2019 et va au CCAS.',
    // Trap: glossary terms are explained, so they are allowed.
    'Le CCAS vous donne une attestation de domiciliation.',
    // Trap: rare inflections of common verbs, elisions and hyphenated words.
    'Nous signerons le papier. Envoyez-le aujourd’hui par e-mail. Ils relisent la lettre.',
    'Le tribunal administratif vous répond par écrit.',
  ])('stays silent on common words: %s', async (text) => {
    expect(await messagesFor('mot-difficile', text, { language })).toEqual([]);
  });

  it('accepts the words of the project list (config words)', async () => {
    const text = 'La subsidiarité est un principe.';
    expect(await messagesFor('mot-difficile', text, { language })).toHaveLength(1);
    const config = { words: ['subsidiarité'], rules: { 'mot-difficile': 'warning' as const } };
    expect(await messagesFor('mot-difficile', text, { language, config })).toEqual([]);
  });

  it('takes its threshold from the options', async () => {
    const text = 'Vous avez besoin d’un formulaire.';
    expect(await messagesFor('mot-difficile', text, { language })).toEqual([]);
    const config = { rules: { 'mot-difficile': { options: { threshold: 50 } } } };
    expect((await messagesFor('mot-difficile', text, { language, config })).map((message) => message.actual)).toContain('formulaire');
  });

  it('says nothing about rare words without the frequency list', async () => {
    expect(await messagesFor('mot-difficile', 'La subsidiarité est un principe.')).toEqual([]);
  });

  it('finds many difficult words in the service-public.fr page F17317, with replacements', async () => {
    const text = readFileSync(new URL('../fixtures/fiche-F17317.md', import.meta.url), 'utf8');
    const messages = await messagesFor('mot-difficile', text, { language, format: 'md' });
    expect(messages.length).toBeGreaterThanOrEqual(15);
    const withReplacement = messages.filter((message) => message.expected && message.expected.length > 0);
    // 14 since the seventh reading: « organisme agréé » gets advice (who approved it?), not « reconnu par l'État ».
    // 13 since the twelfth reading: a word that readers know gets its advice once in the file.
    expect(withReplacement.length).toBeGreaterThanOrEqual(13);
    const pairs = new Map(withReplacement.map((message) => [message.actual!.toLowerCase(), message.expected!]));
    expect(pairs.get('notamment')).toContain('par exemple');
    expect(pairs.get('procéder à')).toContain('faire');
  });
  it('says nothing about the words of a web or e-mail address', async () => {
    const text = 'Écrivez à accueil@mairie-quimperle.fr ou allez sur https://www.ameli.fr/assure.';
    expect(await messagesFor('mot-difficile', text, { language })).toEqual([]);
  });
});

describe('mot-difficile: explained words and parts of speech (issue 11)', () => {
  it.each([
    'Vous avez un mandataire. C’est la personne qui gère votre argent. Votre mandataire vous aide.',
    'Le mandataire, c’est la personne qui vous aide. Appelez votre mandataire.',
    // « complète » is the adjective here, not the verb « compléter ».
    'Lisez la version complète du texte.',
    // « s’adresser à quelqu’un » is not « adresser » (envoyer).
    'Vous pouvez vous adresser à la mairie.',
  ])('stays silent: %s', async (text) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    expect(messages.filter((message) => message.severity !== 'info')).toEqual([]);
  });

  it('offers only replacements of the same part of speech', async () => {
    // « le montant » is a noun: « somme d’argent », never a verb; after « le », the feminine word is named, not put in place.
    const [noun] = await messagesFor('mot-difficile', 'Le montant est écrit sur la lettre.', { language });
    expect(noun!.expected).toBeUndefined();
    expect(noun!.reason).toContain('« somme d\'argent »');
  });

  it('gives an explanation, not a word to put instead, when the replacement is a definition', async () => {
    const [message] = await messagesFor('mot-difficile', 'Vous avez une curatelle.', { language });
    expect(message!.reason).toMatch(/Expliquez ce mot, par exemple/);
    expect(message!.expected).toBeUndefined();
  });

  it('gives a hint (info), not a warning, for a common word with an administrative tone', async () => {
    const [message] = await messagesFor('mot-difficile', 'Vous devez obtenir une carte.', { language });
    expect(message!.severity).toBe('info');
  });

  describe('third round on the 400 service-public fiches', () => {
    it.each([
      // F: « Passé ce temps » loses the deadline; « dans ce temps », « le temps court » are bad French.
      ["Passé ce délai, votre permis de conduire est renvoyé à l'ANTS.", 'délai', /date limite/],
      ['Vous avez un délai de 5 ans pour engager une procédure de recouvrement par l\'intermédiaire du Trésor public.', 'délai', /vous avez 2 mois/],
      // « La chose à faire de sortie du territoire » is clumsy.
      ["La démarche de sortie du territoire d'un trésor national diffère selon que le bien doit être envoyé vers ou en dehors de l'UE", 'démarche', /ce que la personne doit faire/],
      ['Le tribunal compétent dépend de votre lieu de naissance et de domicile. La démarche est gratuite.', 'démarche', /étapes à suivre/],
      // « le mari » or « le compagnon » assumes a man.
      ["Dans les entreprises de moins de 250 salariés, le conjoint marié ou pacsé du chef d'entreprise ayant le statut de collaborateur peut également bénéficier du Perco.", 'conjoint', /votre mari ou votre femme/],
      ['Vous devez déposer tous les 2 une requête conjointe auprès du juge.', 'conjointe', /faite ensemble/],
      // « à la demande d'un mari »: either spouse can ask; « l'accord des 2 mari » is not French.
      ["L'instance est introduite par une assignation à la demande d'un époux.", 'époux', /votre mari ou votre femme/],
      ["Le divorce pour altération définitive du lien conjugal ne nécessite pas l'accord des 2 époux.", 'époux', /2 personnes mariées/],
    ])('gives advice, not one word to put instead: %s', async (text, actual, advice) => {
      const messages = await messagesFor('mot-difficile', text, { language });
      const found = messages.find((message) => message.actual === actual);
      expect(found, JSON.stringify(messages)).toBeDefined();
      expect(found!.expected).toBeUndefined();
      expect(found!.reason).toMatch(advice);
    });

    it('offers no replacement of another gender after « l’ » when words follow (F: « l’acquisition » → « l’achat »)', async () => {
      const text = "- portant sur la création, l'acquisition ou le transfert de biens immobiliers, la construction d'immeubles neufs.";
      const messages = await messagesFor('mot-difficile', text, { language });
      const found = messages.find((message) => message.actual === "l'acquisition");
      expect(found, JSON.stringify(messages)).toBeDefined();
      expect(found!.expected).toBeUndefined();
      expect(found!.reason).toMatch(/achat/);
      // « L'acquisition est définitive » would become « L'achat est définitive ».
      const agreeing = await messagesFor('mot-difficile', "L'acquisition est définitive.", { language });
      expect(agreeing.find((message) => message.actual === "L'acquisition")?.expected).toBeUndefined();
    });
  });

  describe('second round on the 400 service-public fiches', () => {
    it.each([
      // F: « le somme d’argent total » was offered (a feminine word after « le »), and « le prix » is not an amount.
      ['Le montant total est partagé pour moitié entre le propriétaire (bailleur) et le locataire.', 'montant', undefined],
      // « vos papier qui prouve de dépenses » was not French; « vos preuves de dépenses » is.
      ['Conservez vos justificatifs de dépenses car l’administration fiscale peut vous les demander (facture de l’entreprise, attestation du vendeur).', 'justificatifs', ['preuves']],
      // « d'une travail »: « d'une » shows the feminine too.
      ["- Avoir la nationalité française, être citoyen de l'EEE ou titulaire d'un titre de séjour valide autorisant l'exercice d'une activité professionnelle", 'activité professionnelle', undefined],
      // « papier qui prouve de dessaisissement »; « un preuve ».
      ['Une fois la démarche effectuée, vous devez adresser à votre préfecture un justificatif de dessaisissement.', 'justificatif', undefined],
      // « au accueil » is wrong French; « au bureau » is right.
      ['Vous devez remettre ce formulaire au guichet, après y avoir inscrit le montant à transférer.', 'guichet', ['bureau']],
      // « Montant net »: no article, but « net » agrees with the noun.
      ['| Montant net | 122,13 € | 81,42 € | 67,85 € |', 'Montant', undefined],
    ])('offers only nouns of the gender and number of the article: %s', async (text, actual, expected) => {
      const messages = await messagesFor('mot-difficile', text, { language });
      const found = messages.find((message) => message.actual === actual);
      expect(found, JSON.stringify(messages)).toBeDefined();
      expect(found!.expected).toEqual(expected);
    });

    it('offers no word after an article when no replacement is a noun of that gender', async () => {
      // « Il bénéficie de l'aide à son chez vous »: not a noun. The message still names the simpler words.
      const messages = await messagesFor('mot-difficile', 'Le jour du décès, il vivait à son domicile.', { language });
      const found = messages.find((message) => message.actual === 'domicile');
      expect(found, JSON.stringify(messages)).toBeDefined();
      expect(found!.expected).toBeUndefined();
      expect(found!.reason).toMatch(/chez vous/);
    });

    it.each([
      ["# Allocation personnalisée d'autonomie (Apa)", 'Allocation'],
      ["Ce prélèvement ne peut pas avoir pour effet de réduire le montant de l'allocation journalière en dessous de 29,38 €.", "l'allocation"],
    ])('keeps the name of a benefit and asks to explain it: %s', async (text, actual) => {
      const messages = await messagesFor('mot-difficile', text, { language });
      const found = messages.find((message) => message.actual === actual);
      expect(found, JSON.stringify(messages)).toBeDefined();
      expect(found!.expected).toBeUndefined();
      expect(found!.reason).toMatch(/nom d’une aide/);
    });

    it('still replaces « allocation » that is not a name', async () => {
      const messages = await messagesFor('mot-difficile', "L'allocation est versée chaque mois, au plus tard le 10 du mois auquel elle se rapporte.", { language });
      expect(messages.find((message) => message.actual === "L'allocation")?.expected).toEqual(["L'aide", "L'aide en argent"]);
    });

    it.each([
      // F10577, F12006, F10033: « poursuivre la façon de faire », « recours conflit », « Papier officiel de travail ».
      ["Si, lors de l'audience de conciliation, les époux ont accepté le principe de la rupture du mariage, ils doivent poursuivre la procédure sur ce fondement.", 'procédure'],
      ["3. Si votre contestation n'aboutit, faire un recours contentieux devant le tribunal administratif", 'contentieux'],
      ['- Certificat de travail', 'Certificat'],
      // F: « un pourcentage du prix fixe »: here a number of days of work.
      ['- ou une limite correspondant à un pourcentage du forfait lorsque la durée de travail est fixée par une convention de forfait.', 'forfait'],
      // F: « la demande du tribunal » says the opposite of « la saisine du tribunal ».
      ['Entre la réponse de la Caf et la saisine du tribunal administratif, vous pouvez si vous le souhaitez recourir à une médiation.', 'saisine'],
    ])('offers no word that changes the meaning: %s', async (text, actual) => {
      const messages = await messagesFor('mot-difficile', text, { language });
      const found = messages.find((message) => message.actual === actual);
      expect(found, JSON.stringify(messages)).toBeDefined();
      expect(found!.expected).toBeUndefined();
    });

    it('offers « absolument », not « il faut », for « obligatoirement » (F1357)', async () => {
      const messages = await messagesFor('mot-difficile', 'Dans les autres pays, vous devez obligatoirement fournir la photo.', { language });
      expect(messages.find((message) => message.actual === 'obligatoirement')?.expected).toEqual(['absolument']);
    });

    it('does not call a form of « entreprendre » rare (F1002)', async () => {
      const messages = await messagesFor('mot-difficile', "Avec l'accord écrit du parent créancier, la Caf ou la MSA entreprend une démarche amiable.", { language });
      expect(messages.map((message) => message.actual)).not.toContain('entreprend');
    });

    it('offers no word for « attribution » (« conditions de don » changes the meaning)', async () => {
      const messages = await messagesFor('mot-difficile', "## Conditions d'attribution", { language });
      const found = messages.find((message) => message.actual === "d'attribution");
      expect(found, JSON.stringify(messages)).toBeDefined();
      expect(found!.expected).toBeUndefined();
    });

    it('does not offer « penser à » for « prendre en compte » with a direct object', async () => {
      const messages = await messagesFor('mot-difficile', 'Les ressources à prendre en compte sont le revenu net imposable de l\'année civile.', { language });
      // Advice since the fourteenth reading: « Il compte les faits » changed the meaning of « Il prend en compte les faits ».
      const found = messages.find((message) => message.actual === 'prendre en compte');
      expect(found?.expected ?? []).toEqual([]);
      expect(found?.reason).toContain('tenir compte de');
    });

    it.each([
      // F1191, F10871: a word cut by inclusive writing; a compound with an acronym (rule `sigle`).
      ["On parle d'enlèvement parental lorsqu'un parent garde auprès de lui son ou ses enfant(s) mineur(s) alors qu'il(s) devai(en)t être sous la garde de l'autre parent.", 'devai'],
      ["- ou d'économie d'énergie (sauf s'ils sont financés par un éco-PTZ).", 'éco-PTZ'],
    ])('does not report a cut word or a compound with an acronym as rare: %s', async (text, actual) => {
      const messages = await messagesFor('mot-difficile', text, { language });
      expect(messages.map((message) => message.actual)).not.toContain(actual);
    });

    it('still reports a rare word written with an inclusive ending (F12402)', async () => {
      const messages = await messagesFor('mot-difficile', 'Vous pouvez cumuler vos pensions si vous être titularisé(e) dans votre nouvelle activité.', { language });
      expect(messages.map((message) => message.actual)).toContain('titularisé');
    });

    it('does not offer « prouvant » for « attestant de » (a verb keeps its « de »)', async () => {
      const messages = await messagesFor('mot-difficile', '- Tout document attestant de votre identité', { language });
      expect(messages.find((message) => message.actual === 'attestant')?.expected).toBeUndefined();
    });

    it('does not report unit symbols as rare words', async () => {
      const messages = await messagesFor('mot-difficile', '- Quadricycle léger à moteur. Par exemple, voiturette , quad dont la cylindrée ne dépasse pas 50 cm³', { language });
      expect(messages.map((message) => message.actual)).not.toContain('cm³');
    });
  });
});

describe('mot-difficile: replacements that changed the meaning (fiches read on 3 December 2026)', () => {
  it.each([
    // F31985: « remboursement » says that something was paid first.
    ['Pour demander une indemnisation, les parents doivent saisir un tribunal civil.', 'indemnisation', 'réparer un dommage'],
    // F32511: « indemnité de résidence » is part of a civil servant's pay, not « somme d'argent pour réparer ».
    ["Le montant de l'indemnité de résidence ne peut pas être inférieur à ce montant.", "l'indemnité", 'une partie du salaire'],
  ])('gives the senses, not a word to put instead: %s', async (text, actual, sense) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    const message = messages.find((entry) => entry.actual === actual);
    expect(message?.expected ?? []).toEqual([]);
    expect(message?.reason).toContain(sense);
    expect(message?.reason).not.toContain('remboursement');
  });

  it('reads « lieu de résidence » as one phrase: never « lieu de logement » (F32824)', async () => {
    const text = 'Vous devez vous rendre à la CPAM de votre lieu de résidence pour faire ouvrir vos droits.';
    const messages = await messagesFor('mot-difficile', text, { language });
    const message = messages.find((entry) => /résidence/.test(entry.actual ?? ''));
    expect(message?.actual).toBe('lieu de résidence');
    expect(message?.expected ?? []).not.toContain('logement');
    expect(JSON.stringify(messages)).not.toContain('lieu de logement');
  });

  it('asks for « vos parents, vos grands-parents » for « ascendants », not one of them (F32884)', async () => {
    const messages = await messagesFor('mot-difficile', '- vos ascendants qui sont à votre charge.', { language });
    const message = messages.find((entry) => entry.actual === 'ascendants');
    expect(message?.expected ?? []).toEqual([]);
    expect(message?.reason).toContain('« vos parents, vos grands-parents »');
    expect(message?.reason).not.toContain('grand-parent ');
  });
});

describe('mot-difficile: phrases rewritten, not replaced (third reading, 3 December)', () => {
  it('gives advice with no replacement for « faire l’objet d’un » (fiche F34809: « peut recevoir un pourvoi »)', async () => {
    const text = "Il n'est pas possible de faire appel de la décision du tribunal, mais elle peut faire l'objet d'un pourvoi en cassation.";
    const messages = await messagesFor('mot-difficile', text, { language });
    const found = messages.find((message) => message.actual === "faire l'objet d'un");
    expect(found, JSON.stringify(messages)).toBeDefined();
    expect(found!.expected ?? []).toEqual([]);
    expect(found!.reason).toContain('Dites qui fait quoi');
  });

  it.each([
    // Fiche F34661: « ### En cas de préavis » got « Expliquez ce mot »; « Si vous avez préavis » is not French either.
    ['### En cas de préavis (congé)', 'En cas de', 'Écrivez plutôt une phrase avec « si vous avez » ou « s\'il y a »'],
    ['Dès réception du courrier, payez la somme.', 'Dès réception du', 'Écrivez plutôt une phrase avec « quand vous recevez »'],
  ])('asks for a clause, with no replacement, when every simpler form is a clause: %s', async (text, actual, advice) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    const found = messages.find((message) => message.actual === actual);
    expect(found, JSON.stringify(messages)).toBeDefined();
    expect(found!.expected ?? []).toEqual([]);
    expect(found!.reason).toContain(advice);
  });

  it('still replaces « le cas échéant » by « si besoin », a phrase that fits as it is', async () => {
    const messages = await messagesFor('mot-difficile', 'Le cas échéant, appelez la mairie.', { language });
    expect(messages.find((message) => message.actual === 'Le cas échéant')?.expected).toEqual(['Si besoin', "Si c'est le cas"]);
  });
});

describe('mot-difficile: an adjective replaced by a phrase (fourth reading, 3 December)', () => {
  it.each([
    // Fiche F35124: « les salaires bruts annuels les plus élevés » → « … chaque année les plus élevés ».
    ['Le calcul retient les salaires bruts annuels les plus élevés.', 'annuels'],
    ['Le revenu annuel de référence est connu.', 'annuel'],
    // Eleventh reading: « Régime des impôts et social » is not French.
    ['Le régime fiscal et social de chaque pays change.', 'fiscal'],
  ])('gives no phrase when the noun phrase goes on after the adjective: %s', async (text, actual) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    const found = messages.find((message) => message.actual === actual);
    expect(found, JSON.stringify(messages)).toBeDefined();
    expect(found!.expected ?? []).toEqual([]);
  });

  it.each([
    ['Le locataire peut quitter définitivement le logement.', 'définitivement', ['pour toujours']],
    ['Le notaire publie un avis afin que les créanciers soient informés.', 'afin que', ['pour que']],
    // « et » then a noun phrase, not an adjective: the phrase still fits.
    ['Vous avez un avantage fiscal et une aide.', 'fiscal', ['des impôts']],
    ['Vous gardez vos avantages fiscaux et vos droits.', 'fiscaux', ['des impôts']],
  ])('still replaces an adverb or a conjunction before « le », « les »: %s', async (text, actual, expected) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    expect(messages.find((message) => message.actual === actual)?.expected).toEqual(expected);
  });

  it('says « par an » for « annuel » where it fits (« chaque année » after a noun is not French)', async () => {
    const messages = await messagesFor('mot-difficile', 'Le montant annuel est payé en janvier.', { language });
    expect(messages.find((message) => message.actual === 'annuel')?.expected).toEqual(['par an']);
  });

  // Sixth reading (« N » pages of service-public).
  it('gives no replacement that would need « d’ » or « qu’ » before it: « les droits de succession » → « de héritage »', async () => {
    const [message] = await messagesFor('mot-difficile', 'Le notaire calcule les droits de succession.');
    expect(message).toMatchObject({ actual: 'succession' });
    expect(message!.expected ?? []).toEqual([]);
    expect(message!.reason).toContain('« héritage »');
    // After « la », « héritage » needs « l’ »: no replacement either.
    expect((await messagesFor('mot-difficile', 'Vous recevez une part de la succession.'))[0]!.expected ?? []).toEqual([]);
  });

  it.each([
    ['Vous recevez une pension d’invalidité.', 'd’invalidité'],
    ['Vous pouvez signaler un site illégal.', 'signaler'],
    // Fiche F2242 (seventh reading): « reconnu par l'État » changed the meaning.
    ['Vous pouvez demander à un expert agréé près de la Cour de cassation.', 'agréé'],
    // Service-public fiches: « pareil aux normes », « correct à votre commande » were suggested.
    ['Vous donnez une photo de moins de 6 mois et conforme aux normes.', 'conforme'],
    ['Le vendeur doit livrer un bien conforme à votre commande.', 'conforme'],
    // « promesse » for the time of a service civique.
    ['Vous donnez votre durée d’engagement.', 'd’engagement'],
  ])('gives advice or senses, not a word, for « invalidité » (a status of the law, not « handicap »), « signaler », « agréé », « conforme » and « engagement » (page N392, N31138, fiche F2242): %s', async (text, actual) => {
    const [message] = await messagesFor('mot-difficile', text);
    expect(message).toMatchObject({ actual });
    expect(message!.expected ?? []).toEqual([]);
  });

  it.each([
    // Ninth reading: « doit mais veiller » was suggested; « mais » only starts a clause.
    ['Vous devez néanmoins veiller à envoyer le dossier.', 'néanmoins', ['pourtant']],
    ['Vous pouvez toutefois demander une aide.', 'toutefois', ['pourtant']],
    ['Toutefois, vous pouvez demander une aide.', 'Toutefois', ['Mais', 'Pourtant']],
  ])('proposes « mais » only at the start of the sentence: %s', async (text, actual, expected) => {
    const messages = await messagesFor('mot-difficile', text, { language });
    expect(messages.find((message) => message.actual === actual)).toMatchObject({ expected });
  });

  it('gives no « 3 mois » after a number: « 1 trimestre » became « 1 3 mois » (fiche F14044, twelfth reading)', async () => {
    const messages = await messagesFor('mot-difficile', 'Vous avez au moins 1 trimestre de majoration.', { language });
    const found = messages.find((message) => message.actual === 'trimestre');
    expect(found).toBeDefined();
    expect(found!.expected ?? []).toEqual([]);
    expect((await messagesFor('mot-difficile', 'Vous payez le loyer du trimestre.', { language })).find((message) => message.actual === 'trimestre')?.reason).toContain('« 3 mois »');
  });

  it('gives the advice for a word that readers know once in the file, and says that readers know it (twelfth reading)', async () => {
    const text = 'Vous pouvez obtenir une aide.\n\nVous pouvez aussi obtenir une carte.\n';
    const messages = (await messagesFor('mot-difficile', text, { language })).filter((message) => message.actual === 'obtenir');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ severity: 'info' });
    expect(messages[0]!.reason).toContain('Les lecteurs le connaissent souvent');
    expect(messages[0]!.reason).not.toContain('ne le comprennent pas');
  });

  it.each([
    // Fourteenth reading: « Fait d'avoir de la carte », « Il compte les faits ».
    ['## Obtention de la carte', 'Obtention', 'obtenir la carte'],
    ['Le juge prend en compte les faits et la personnalité du mineur.', 'prend en compte', 'tenir compte de'],
  ])('gives advice for « obtention » and « prendre en compte », not a word: %s', async (text, actual, advice) => {
    const found = (await messagesFor('mot-difficile', text, { language })).find((message) => message.actual === actual);
    expect(found?.expected ?? []).toEqual([]);
    expect(found?.reason).toContain(advice);
  });

  it.each([
    // Sixteenth reading: « qui peut recours », « il est qui peut vous gêner » are not French.
    ['Cette décision est susceptible de recours.'],
    ['Le bruit est susceptible de vous gêner.'],
    ['Une décision susceptible de recours devant le juge.'],
  ])('offers « qui peut » for « susceptible de » only after a noun and before an infinitive: %s', async (text) => {
    const found = (await messagesFor('mot-difficile', text, { language })).find((message) => message.actual === 'susceptible de');
    expect(found).toBeDefined();
    expect(found!.expected ?? []).toEqual([]);
    expect(found!.reason).toContain('« qui peut »');
  });

  it('still offers « qui peut » in « un produit susceptible de provoquer un incendie »', async () => {
    const found = (await messagesFor('mot-difficile', 'Vous ne gardez pas un produit susceptible de provoquer un incendie.', { language })).find((message) => message.actual === 'susceptible de');
    expect(found?.expected).toEqual(['qui peut', 'qui risque de']);
  });

  it.each([
    ['Le fonctionnaire est placé en disponibilité d’office.', 'd’office'],
    ['Vous êtes inscrit d’office sur les listes électorales.', 'd’office'],
  ])('gives advice for « d’office », not « automatiquement » (sixteenth reading): %s', async (text, actual) => {
    const found = (await messagesFor('mot-difficile', text, { language })).find((message) => message.actual === actual);
    expect(found?.expected ?? []).toEqual([]);
    expect(found?.reason).toContain('sans que vous le demandiez');
  });

  it('gives the senses of « contractuel », not « du contrat »: « un agent du contrat » (sixteenth reading)', async () => {
    const found = (await messagesFor('mot-difficile', 'Un agent contractuel peut demander un congé.', { language })).find((message) => message.actual === 'contractuel');
    expect(found?.expected ?? []).toEqual([]);
    expect(found?.reason).toContain('sans être fonctionnaire');
  });

  it.each([
    // Eighteenth reading: « solde » got its senses (a sum, the sales) in « congé sans solde »; « compte plus tard ».
    ['Vous prenez un congé sans solde.', 'solde'],
    ['Vous ouvrez un compte à terme à la banque.', 'à terme'],
  ])('stays silent on the everyday phrases « congé sans solde » and « compte à terme »: %s', async (text, actual) => {
    expect((await messagesFor('mot-difficile', text, { language })).map((message) => message.actual)).not.toContain(actual);
  });
});
