import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('sigle', () => {
  it.each([
    // Service-public fiches F10256 and F13609: the words in full, then the acronym alone in brackets.
    ['Elle se nommait autrefois, commission des relations avec les usagers et de la qualité de la prise en charge (CRUQPC). Il y en a une dans chaque établissement public de santé.'],
    ['Vous pouvez aussi solliciter une aide financière auprès du Fonds pour l’insertion des personnes handicapées dans la fonction publique (FIPHFP) .'],
    // F10796: the words are not all in the order of the letters (participation des employeurs agricoles à l'effort de construction).
    ["### Entreprise agricole versant une participation à l'effort de construction (PEAEC)"],
    // « œufs » gives the O (rules/_shared/acronym-words.ts, the reading `ponctuation` shares).
    ["Le don se fait au centre d'étude et de conservation des œufs et du sperme (CECOS)."],
    ['Le CECOS, c’est le centre d’étude et de conservation des œufs et du sperme.'],
  ])('stays silent on an acronym in brackets after its words in full: %s', async (text) => {
    expect(await messagesFor('sigle', text)).toEqual([]);
  });

  it('still fires on acronyms in brackets that no words before spell (service-public fiche F1029)', async () => {
    const text = 'En principe, vous pouvez obtenir une licence dans une fédération sportive scolaire (UNSS, UGSEL, USEP) sans fournir de certificat médical.';
    expect((await messagesFor('sigle', text)).map((message) => message.actual)).toEqual(['UNSS', 'UGSEL', 'USEP']);
  });

  it('does not report MMS (like SMS) nor licence categories with a digit (F10488, F10036)', async () => {
    const mms = "Les achats réalisés par voie électronique (internet, courriel, SMS, MMS...) sont soumis à des règles particulières.";
    expect(await messagesFor('sigle', mms)).toEqual([]);
    const licence = "- Avoir validé les épreuves de l'examen (code + conduite) du permis B ou d'un permis du groupe lourd (C, CE, C1, C1E,D, DE, D1, D1E)";
    const actuals = (await messagesFor('sigle', licence)).map((message) => message.actual);
    expect(actuals).not.toContain('C1E');
    expect(actuals).not.toContain('D1E');
    expect(actuals).not.toContain('CE');
    expect(actuals).not.toContain('DE');
  });

  it('does not report the licence categories CE and DE of a table (F12096), but still reports CE elsewhere', async () => {
    const table = '| Véhicule de la catégorie C Remorque dont le PTAC est supérieur à 750 kg : permis CE |\n| --- |\n| Autocar avec remorque supérieure à 750 kg | Permis DE |';
    const actuals = (await messagesFor('sigle', table, { format: 'md' })).map((message) => message.actual);
    expect(actuals).not.toContain('CE');
    expect(actuals).not.toContain('DE');
    expect((await messagesFor('sigle', 'Demandez au CE de votre entreprise.')).map((message) => message.actual)).toContain('CE');
  });

  it('still fires on an acronym in brackets whose letters the words before do not all give', async () => {
    // « (PEEC) » after words with no second E nor any P before the last word's C: not explained.
    const text = "### Entreprise versant une aide à la construction (PEEC)";
    expect((await messagesFor('sigle', text)).map((message) => message.actual)).toEqual(['PEEC']);
  });

  it.each([
    ['Allez au CCAS avec votre formulaire.', 'CCAS'],
    ['Demandez le RSA à la mairie.', 'RSA'],
    ['La CAF vous verse une aide chaque mois.', 'CAF'],
    ['Écrivez à la MDPH de votre département.', 'MDPH'],
    ['Votre dossier part à la CPAM demain.', 'CPAM'],
    ['Le SIAO vous trouve une place pour dormir.', 'SIAO'],
  ])('fires on an acronym that is not spelled out: %s', async (text, acronym) => {
    const messages = await messagesFor('sigle', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.actual).toBe(acronym);
    expect(messages[0]!.reason).toContain(`« ${acronym} »`);
  });

  it.each([
    'Le CCAS, c’est le centre communal d’action sociale.',
    'Allez au centre communal d’action sociale. Son nom court est le CCAS.',
    'La caisse d’allocations familiales, la CAF, vous aide.',
    'Demandez la complémentaire santé solidaire, la C2S.',
    'Le chapitre II explique tout.',
    'Envoyez un SMS à votre conseillère.',
    'C’est OK pour vous ?',
    'Je suis à Paris.',
  ])('stays silent when the acronym is explained, known or not an acronym: %s', async (text) => {
    expect(await messagesFor('sigle', text)).toEqual([]);
  });

  it('reports an acronym once, at its first use', async () => {
    const messages = await messagesFor('sigle', 'Allez au CCAS. Le CCAS ouvre à 9 h. Le CCAS vous aide.');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 1, column: 10 });
  });

  it('accepts the explanation in the paragraph after a heading', async () => {
    expect(await messagesFor('sigle', '## Le CCAS\n\nLe centre communal d’action sociale vous aide.\n')).toEqual([]);
  });

  it('suggests the words in full for a known acronym', async () => {
    const [message] = await messagesFor('sigle', 'Allez au CCAS.');
    // The words in full, and the acronym after them, as the message asks (before: the acronym was taken away).
    expect(message!.expected).toEqual(['centre communal d’action sociale (CCAS)']);
  });

  it('takes extra allowed and known acronyms from its options', async () => {
    const config = { rules: { sigle: { options: { allow: ['PMI'], known: { SAMU: 'service d’aide médicale urgente' } } } } } as const;
    expect(await messagesFor('sigle', 'Allez à la PMI.', { config })).toEqual([]);
    const [message] = await messagesFor('sigle', 'Appelez le SAMU.', { config });
    expect(message!.expected).toEqual(['service d’aide médicale urgente (SAMU)']);
  });
});

describe('sigle: how an explanation is recognised', () => {
  it.each([
    'Le FALC, c’est quoi ? FALC, ça veut dire facile à lire et à comprendre.',
    'La MDPH, c’est la maison départementale des personnes handicapées.',
    'Le CASF, c’est le code de l’action sociale et des familles.',
    'Allez à l’Udapei, l’union départementale des associations de parents. Son sigle est UDAP.',
  ])('accepts words that give one or two letters each, small words optional: %s', async (text) => {
    expect(await messagesFor('sigle', text)).toEqual([]);
  });

  it.each([
    'Le CCAS vous aide. Le centre vous reçoit.',
    'La CAF paie. La caisse ferme le samedi.',
  ])('still fires when only part of the words is given: %s', async (text) => {
    expect(await messagesFor('sigle', text)).toHaveLength(1);
  });
  it.each(['Le rendez-vous est GRATUIT.', '## OÙ ALLER ?\n\nAllez à la mairie.', 'VENEZ AVEC VOS PAPIERS.'])('leaves words in capitals to the rule majuscules: %s', async (text) => {
    expect(await messagesFor('sigle', text)).toEqual([]);
  });

  it('still finds an acronym that is also a short word: « BAC »', async () => {
    expect(await messagesFor('sigle', 'Vous avez le BAC.')).toMatchObject([{ actual: 'BAC' }]);
  });
});

describe('sigle: acronyms written like names', () => {
  it.each([
    ['Votre dossier part à la Caf.', 'Caf'],
    ['Vous pouvez avoir l’Apl pour votre loyer.', 'Apl'],
    ['La Cpam rembourse vos soins.', 'Cpam'],
  ])('fires on a known acronym written like a name: %s', async (text, written) => {
    const [message] = await messagesFor('sigle', text);
    expect(message!.actual).toBe(written);
  });

  it.each([
    'La Caf, c’est la caisse d’allocations familiales.',
    'Alfred et Paul vont à Caen.',
    'Le Rhin coule en Alsace.',
  ])('stays silent when it is explained or is a real name: %s', async (text) => {
    expect(await messagesFor('sigle', text)).toEqual([]);
  });

  it('leaves the small words of a title in capitals to the rule majuscules, and still checks the acronym', async () => {
    const messages = await messagesFor('sigle', 'DÉLIVRANCE DE LA CNI POUR LES ADULTES');
    expect(messages.map((message) => message.actual)).toEqual(['CNI']);
  });
});

describe('sigle: explanations and names found in published FALC texts (issue 11)', () => {
  it.each([
    // Explained by what it does, in the next sentence.
    'Allez à la CAF. Elle verse les aides pour le logement.',
    'Demandez à l’UDAF. C’est une association qui aide les familles.',
    // Explained with « veut dire » or « est une association ».
    'FALC veut dire facile à lire et à comprendre.',
    'L’UNAPEI est une association qui défend les droits des personnes.',
    // A title in capitals, a name in capitals, everyday acronyms.
    '# LE DROIT DE VOTE POUR TOUS',
    'Ce texte a été écrit par COACTIS.',
    'Regardez la TV ou lisez une BD.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('sigle', text)).toEqual([]);
  });

  it.each([
    ['Allez au CCAS. Il est ouvert le lundi.', 'CCAS'],
    ['Envoyez le papier à l’URSSAF.', 'URSSAF'],
  ])('still fires: %s', async (text, actual) => {
    expect(await messagesFor('sigle', text)).toMatchObject([{ actual }]);
  });

  it('can replace the list of known acronyms', async () => {
    const config = { rules: { sigle: { options: { replaceKnown: true, known: { PMI: 'protection maternelle et infantile' } } } } } as const;
    const [message] = await messagesFor('sigle', 'Allez au CCAS et à la PMI.', { config });
    expect(message!.expected).toEqual([]);
    const messages = await messagesFor('sigle', 'Allez au CCAS et à la PMI.', { config });
    expect(messages.map((found) => found.expected)).toEqual([[], ['protection maternelle et infantile (PMI)']]);
  });
  it('does not take « NON » or « OUI » in capitals for an acronym (fiche F32384)', async () => {
    const text = '| Lien | Aide |\n| --- | --- |\n| Votre père /mère | **NON** vous ne pouvez pas percevoir une allocation logement |\n| Votre beau-père | **OUI** si le bien est seulement le sien |\n';
    expect(await messagesFor('sigle', text)).toEqual([]);
  });

  it.each([
    // Third reading (3 December), fiche F34572: the H of « prud'hommes » comes after the apostrophe.
    ["Si le conseil de prud'hommes (CPH) prononce la requalification du contrat, le salarié garde son emploi."],
    // Fiche F34408: HLM is known to every reader, like SNCF.
    ['Sont exclus de l’encadrement des loyers : les logements sociaux (HLM) et les locations de tourisme.'],
  ])('stays silent on an acronym explained before its brackets or known to all: %s', async (text) => {
    expect(await messagesFor('sigle', text)).toEqual([]);
  });

  it('remembers an acronym explained while written like a name in brackets (fiche F970, fifth reading)', async () => {
    const text = "Vous pouvez vous adresser au service de l'aide sociale à l'enfance (Ase) de votre département.\n\nC'est le responsable de secteur de ASE qui décide.";
    expect(await messagesFor('sigle', text)).toEqual([]);
    // Used before its explanation, or with letters that are not its words: still reported.
    expect(await messagesFor('sigle', "C'est le responsable de l'ASE qui décide.\n\nIl vous reçoit le lundi.\n\nIl vous écoute.\n\nAdressez-vous à l'aide sociale à l'enfance (Ase).")).toMatchObject([{ actual: 'ASE' }]);
    expect(await messagesFor('sigle', 'Le jeu de loto (Lot) commence.\n\nLa LOT est loin.')).toMatchObject([{ actual: 'LOT' }]);
  });

  it('gives no words in full after a plural word (page N31343, sixth reading)', async () => {
    const [message] = await messagesFor('sigle', 'Certaines Caf proposent une aide.');
    expect(message).toMatchObject({ actual: 'Caf' });
    expect(message!.expected ?? []).toEqual([]);
  });

  it.each([
    // Seventh reading: a Latin number after a number (fiche F2196), the moped's licence category (fiche F2166).
    ['Vous pouvez vous reporter aux justificatifs remis par les établissements financiers (formulaire 2561 TER).'],
    ['Le logement est au 12 BIS de la rue.'],
    ['Passer le brevet de sécurité routière (catégorie AM du permis de conduire) permet de conduire un scooter.'],
  ])('stays silent on words in capitals that are not acronyms: %s', async (text) => {
    expect(await messagesFor('sigle', text)).toEqual([]);
  });

  it('reports only the first acronym of « CDI intermittent (CDII ou CD2I) » (fiche F2247, seventh reading)', async () => {
    const messages = await messagesFor('sigle', "# Qu'est-ce que le CDI intermittent (CDII ou CD2I) ?");
    expect(messages.map((message) => message.actual)).toEqual(['CDI']);
  });

  it('takes « CAPD » as explained after « Des CAP départementales (CAPD) » (fiche F18797)', async () => {
    const text = "La commission administrative paritaire (CAP) donne un avis. Des CAP départementales (CAPD) sont créées par l'agence.\n\nLes CAPD sont présidées par le directeur.\n";
    expect(await messagesFor('sigle', text)).toEqual([]);
  });

  it('still reports « TER » and « AM » elsewhere', async () => {
    expect((await messagesFor('sigle', 'Vous prenez le TER pour aller à Lille.')).map((message) => message.actual)).toEqual(['TER']);
    expect((await messagesFor('sigle', "L'AM vous aide.")).map((message) => message.actual)).toEqual(['AM']);
  });

  it('takes « GR (Grèce) », a code and its name, as explained (fiche F2843, eighth reading)', async () => {
    const text = 'Le code 70 doit être suivi des lettres suivantes : AT (Autriche), GR (Grèce), UK (Royaume-Uni), NO (Norvège).';
    expect(await messagesFor('sigle', text)).toEqual([]);
    // A known acronym before a place in brackets is still not explained.
    expect((await messagesFor('sigle', 'Allez à la CAF (Montpellier).')).map((message) => message.actual)).toEqual(['CAF']);
  });

  it('takes an acronym made of the start of the word before it as explained: « circulation (CIR) » (fiche F2843, eighth reading)', async () => {
    expect(await messagesFor('sigle', 'Le permis demande 3 épreuves en circulation (CIR).')).toEqual([]);
  });

  it('writes the name of a body that exists once with its capital (eighth reading)', async () => {
    expect(await messagesFor('sigle', 'Faites la demande sur le site de l’ANTS.')).toMatchObject([{ expected: ['Agence nationale des titres sécurisés (ANTS)'] }]);
    expect(await messagesFor('sigle', 'Vous allez à la CAF.')).toMatchObject([{ expected: ['caisse d’allocations familiales (CAF)'] }]);
    // The words in full, written with or without the capital, explain the acronym.
    expect(await messagesFor('sigle', 'L’agence nationale des titres sécurisés (ANTS) fait les cartes.')).toEqual([]);
  });

  it('does not take a short name in capitals next to another name for an acronym (fiche F2621, eighth reading)', async () => {
    expect(await messagesFor('sigle', "Nom de l'adoptant : GAUTIER DUMAS (1re partie : GAUTIER 2nde partie : DUMAS).")).toEqual([]);
    expect(await messagesFor('sigle', "Nom de l'adoptant : MARTIN ALAIN.")).toEqual([]);
    // An acronym next to another is still an acronym.
    expect((await messagesFor('sigle', 'Allez à la CPAM MDPH.')).map((message) => message.actual)).toEqual(['CPAM', 'MDPH']);
  });

  it('gives no words in full after a noun: « votre identifiant ANTS » (ninth reading)', async () => {
    expect(await messagesFor('sigle', 'Vous avez votre identifiant ANTS.')).toMatchObject([{ actual: 'ANTS', expected: [] }]);
  });

  it('leaves the reference of a standard: « NF EN 12975 » (ninth reading)', async () => {
    expect(await messagesFor('sigle', 'Les capteurs respectent les normes NF EN 12975 ou ISO 9806.')).toEqual([]);
  });

  it('accepts an acronym after a dash right after its words in full (fiche F2504, eleventh reading)', async () => {
    expect(await messagesFor('sigle', '- Caisse Nationale de retraite des Industries Electriques et Gazières - **CNIEG** (www.cnieg.fr)')).toEqual([]);
    // After a dash, words that do not spell it do not explain it.
    expect(await messagesFor('sigle', '- Retraite des agents - **CNIEG**')).toHaveLength(1);
  });

  it('accepts « (CCAS ou CIAS) » after the words in full with an aside (fiche F14807, twelfth reading)', async () => {
    expect(await messagesFor('sigle', '- soit un centre communal (ou intercommunal) d’action sociale (CCAS ou CIAS).')).toEqual([]);
  });

  it('leaves « NF » before the code of a standard: « norme NF P90-306 » (fourteenth reading)', async () => {
    expect(await messagesFor('sigle', 'Le sol respecte la norme NF P90-306.')).toEqual([]);
  });

  it('does not take « OU » between 2 acronyms for an acronym (fiche F34922, sixteenth session)', async () => {
    const messages = await messagesFor('sigle', 'Écrivez à la direction (DDPP OU DDCSPP selon votre département).');
    expect(messages.map((message) => message.actual)).toEqual(['DDPP', 'DDCSPP']);
  });

  it('knows the names of file formats: « PDF », « JPG », « PNG » (eighteenth reading)', async () => {
    expect(await messagesFor('sigle', 'Vous envoyez une photo au format JPG, PNG ou PDF.')).toEqual([]);
  });
});
