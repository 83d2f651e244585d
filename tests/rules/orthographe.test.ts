import { loadSpellingLookup } from '../../src/node/load-resources.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { messagesFor } from '../helpers.ts';
import { testLanguage } from '../language/resources.ts';

let language: LanguageResources;
beforeAll(async () => {
  language = await testLanguage({ spelling: loadSpellingLookup, projectWords: ['Kerbriand'] });
});

describe('orthographe', () => {
  it.each([
    ['Vous recevez votre courier à la mairie.', 'courier', 'courrier'],
    ['Remplisez le formulaire et signez-le.', 'Remplisez', undefined],
    ['Le CCAS vous done une adresse.', 'done', undefined],
    ['Donnez votre adrese à la mairie.', 'adrese', 'adresse'],
    ['Vous avez un rendez-vou à la mairie.', 'rendez-vou', undefined],
  ])('fires on a misspelt word: %s', async (text, actual, suggestion) => {
    const messages = await messagesFor('orthographe', text, { language });
    if (actual === 'Remplisez') {
      // Trap: a capitalised first word could be a name, so it is not judged.
      expect(messages).toEqual([]);
      return;
    }
    expect(messages.map((message) => message.actual)).toEqual([actual]);
    if (suggestion) expect(messages[0]!.expected).toContain(suggestion);
  }, 60_000);

  it.each([
    'Vous recevez votre courrier à la mairie.',
    // Trap: elisions, hyphens, numbers and acronyms.
    'Aujourd’hui, envoyez-le au CCAS avant le 3 avril à 9 h 30.',
    // Trap: proper nouns and the project list.
    'Madame Kowalczyk habite à Kerbriand.',
    // Trap: words of the glossary and of the frequency list.
    'Votre domiciliation est valable 1 an. Envoyez un e-mail.',
    // Trap: web and e-mail addresses.
    'Écrivez à contact@mairie-lyon.fr ou allez sur www.ameli.fr.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('orthographe', text, { language })).toEqual([]);
  }, 60_000);

  it.each([
    // Service-public fiches F10412, F10007, F1142, F1278, F1229, F10008: French words the dictionary lacks
    // (a prefix and a known word, a compound with a hyphen) and a unit. They were told « titulaires », « cm ».
    'Un compte joint est un compte bancaire ouvert par au moins 2 personnes (les cotitulaires) pour faciliter la gestion des dépenses communes.',
    'Vous devez avoir au moins un enfant mineur, et occuper un logement indécent ou suroccupé.',
    'Pas de plomb ou présence de plomb à des concentrations inférieures à 1 mg/cm².',
    'Le président de la juridiction régionale peut ordonner d’office le placement provisoire dans un centre socio-médico-judiciaire de sûreté.',
    'Seules les 10 activités discriminantes sont utilisées pour déterminer le groupe iso-ressources (Gir) dont relève la personne âgée.',
    'Assuré polypensionné : quelles démarches effectuer pour demander sa retraite ?',
    // Fiches F34630, F34996 (3 December, third reading): « télé- » and a verb in « -iser » from a known noun.
    'Le télépilote ne peut pas se trouver à bord d’un véhicule en déplacement.',
    'Les télésoins sont pris en charge.',
    // Fourth reading (3 December): a learned first part in « -o », « co- », a noun in « -isateur ».
    'Vous avez eu des maladies vasculo-cérébrales.',
    'Le co-emprunteur signe aussi le contrat.',
    "L'agent verbalisateur vous donne un avis.",
    'Un drone est un engin volant sans pilote et sans passagers. Il est télépiloté, c’est-à-dire piloté à distance.',
    'Pour les agents à temps partiel, le nombre de jours de RTT est proratisé en fonction de leur quotité de travail.',
    // Fiches F34796, F34964: a term the text names (« appelée … »), the name of an offer with an apostrophe.
    'La carte grise retrouvée (appelée primata) est alors invalidée et vous devez la détruire.',
    '- **Pass’études** : un abonnement pour les élèves.',
  ])('stays silent on a derived word or a unit of real text: %s', async (text) => {
    expect(await messagesFor('orthographe', text, { language })).toEqual([]);
  }, 60_000);

  it.each([
    // Service-public fiches F1191, F1100, F1069, F10871, F12789: real words and addresses, not typos.
    ["On parle d'enlèvement parental lorsqu'un parent garde auprès de lui son ou ses enfant(s) mineur(s) alors qu'il(s) devai(en)t être sous la garde de l'autre parent."],
    ['- au lévonorgestrel (il doit être pris au plus tard dans les 3 jours après un rapport sexuel non ou mal protégé)'],
    ['Vous pouvez savoir si votre médecin y a adhéré en consultant le site ameli.direct .'],
    ["- ou d'économie d'énergie (sauf s'ils sont financés par un éco-PTZ)."],
    ["la puissance de la moto ne peut pas résulter du bridage d'un véhicule développant plus de 70 kw."],
  ])('stays silent on inclusive writing, a medicine, a bare web address, a compound with an acronym: %s', async (text) => {
    expect(await messagesFor('orthographe', text, { language })).toEqual([]);
  }, 60_000);

  it('asks for the hyphen of « médico éducatif », not « médical » (F10468)', async () => {
    const messages = await messagesFor('orthographe', '- Institut médico éducatif (IME)', { language });
    expect(messages).toMatchObject([{ actual: 'médico éducatif', expected: ['médico-éducatif'] }]);
  }, 60_000);

  it.each([
    // Service-public fiche F12811: a real typo still fires.
    ['En revanche, si vous cessez otre activité le 30 juin, vous bénéficiez de la totalité de votre salaire de juin.', 'otre'],
    // Trap: « co » + « mission » is a typo, not a derived word (the word after « co » is too short).
    ['La comission se réunit chaque mois.', 'comission'],
    // F10872: a typo next to a bracket-free word.
    ['Le DMP est fermé après votre déces.', 'déces'],
  ])('still fires on a typo that looks like a prefix and a word: %s', async (text, actual) => {
    const messages = await messagesFor('orthographe', text, { language });
    expect(messages.map((message) => message.actual)).toEqual([actual]);
  }, 60_000);

  it.each([
    ['Apportez les papiés à la mairie.', 'papiés', 'papiers'],
    ['Votre dossié est complet.', 'dossié', 'dossier'],
  ])('suggests first the word that sounds the same: %s', async (text, actual, suggestion) => {
    const messages = await messagesFor('orthographe', text, { language });
    expect(messages.map((message) => message.actual)).toEqual([actual]);
    expect(messages[0]!.expected?.[0]).toBe(suggestion);
    expect(messages[0]!.reason).toContain(`Vous vouliez peut-être écrire « ${suggestion} » ?`);
  }, 60_000);

  it.each([
    // Service-public fiches F32157, F32345, F31898: a privative « in- » or a learned prefix glued to a
    // known word is French. They were told « l'exploitation » (the contrary), « pré reprise », « supra légale ».
    'Le dégrèvement est accordé à partir du 1er jour du mois suivant celui du début de la vacance ou de l’inexploitation.',
    'Lorsque votre arrêt de travail dure plus de 3 mois, une visite de préreprise est organisée par le médecin du travail.',
    'Vous recevez une indemnité supplémentaire dite supralégale.',
  ])('stays silent on a prefixed word of real text: %s', async (text) => {
    expect(await messagesFor('orthographe', text, { language })).toEqual([]);
  }, 60_000);

  it.each([
    // Fiches F34068, F33952: the feminine of an adjective in -ant, a glued « intra ».
    'Les soins en rapport avec une ALD exonérante sont pris en charge à 100 %.',
    'Vous venez en France pour un transfert temporaire intragroupe.',
    // A name written with a capital in brackets, then in small letters: « l'ensap » after « (Ensap) ».
    'Connectez-vous à l’espace numérique sécurisé de l’agent public (Ensap). Sur l’ensap, vous trouvez vos bulletins.',
  ])('stays silent on a feminine, a prefix, or a name of the text in small letters: %s', async (text) => {
    expect(await messagesFor('orthographe', text, { language })).toEqual([]);
  }, 60_000);

  it.each([
    // Fiche F32058: « nayant » was told « ayant », which loses the negation.
    ['Personne âgée nayant pas de pension de retraite.', 'nayant', 'n’ayant', 'ayant'],
    ['Je pense quil faut signer le papier.', 'quil', 'qu’il', 'il'],
    // Fiche F32346: « auCSA » was told « aura, auras, aussi ».
    ['Vous pouvez le signaler auCSA.', 'auCSA', 'au CSA', 'aura'],
  ])('puts back a missing apostrophe or space first: %s', async (text, actual, first, never) => {
    const messages = await messagesFor('orthographe', text, { language });
    expect(messages.map((message) => message.actual)).toEqual([actual]);
    expect(messages[0]!.expected?.[0]).toBe(first);
    expect(messages[0]!.expected).not.toContain(never);
    expect(messages[0]!.reason).toContain(`« ${first} »`);
  }, 60_000);

  it.each([
    // Fiche F33322: « Vous dev faire » was told « de ».
    ['Vous dev faire votre demande par lettre.', 'dev', 'devez'],
    ['Vous pouver venir le lundi.', 'pouver', 'pouvez'],
    ['Vous devé signer le papier.', 'devé', 'devez'],
  ])('puts the verb in « -ez » first after « vous »: %s', async (text, actual, first) => {
    const messages = await messagesFor('orthographe', text, { language });
    expect(messages.map((message) => message.actual)).toEqual([actual]);
    expect(messages[0]!.expected?.[0]).toBe(first);
  }, 60_000);

  it('cuts a word in two only into common words (« seln » was told « se ln » before « selon », fiche F34665)', async () => {
    const messages = await messagesFor('orthographe', 'Signalement d’une alerte seln la loi du 9 décembre 2016.', { language });
    expect(messages.map((message) => message.actual)).toEqual(['seln']);
    expect(messages[0]!.expected?.[0]).toBe('selon');
    expect(messages[0]!.expected).not.toContain('se ln');
    // A word glued to a common one is still cut, also when the other part is a long word (all 3,213 fiches).
    const glued = await messagesFor('orthographe', 'Vous donnez queles papiers ?', { language });
    expect(glued[0]!.expected?.[0]).toBe('que les');
    const long = await messagesFor('orthographe', 'Vous êtes apatrideou réfugié. Donnez le passeportJustificatif.', { language });
    // « Ancien passeportJustificatif de domicile » (fiche F1344): 2 items of a list glued together; the capital shows
    // where the second starts (« passeport justificatif » made one wrong item of them).
    expect(long.map((message) => message.expected?.[0])).toEqual(['apatride ou', 'passeport. Justificatif']);
  }, 60_000);

  it('still judges a misspelt word after a word that does not name it, and a misspelt « télé- » word', async () => {
    const messages = await messagesFor('orthographe', 'La carte est appelée demain. Le télépilotte vole. Le nombre est proratizé.', { language });
    expect(messages.map((message) => message.actual)).toEqual(['télépilotte', 'proratizé']);
  }, 60_000);

  it('keeps the other suggestions without « vous » before the word', async () => {
    const messages = await messagesFor('orthographe', 'Le dossier dev être complet.', { language });
    expect(messages.map((message) => message.actual)).toEqual(['dev']);
    expect(messages[0]!.expected?.[0]).not.toBe('devez');
  }, 60_000);

  it('never suggests the word without the prefix that reverses it (« dépublier » was told « publier », fiche F2024)', async () => {
    // Since the tenth reading, « dé » + a known word of 6 letters or more is a word: « dépublier » is not reported.
    expect(await messagesFor('orthographe', 'Vous pouvez dépublier votre annonce.', { language })).toEqual([]);
    // A shorter word after « dé » is still judged, and never gets the word without its prefix.
    const messages = await messagesFor('orthographe', 'Vous pouvez délier votre annonce et la déphaser.', { language });
    for (const message of messages) expect(message.expected ?? []).not.toContain(String(message.actual).replace(/^dé/, ''));
  }, 60_000);

  it('limits the number of suggestions', async () => {
    const config = { rules: { orthographe: { options: { suggestions: 1 } } } };
    const messages = await messagesFor('orthographe', 'Vous recevez votre courier.', { language, config });
    expect(messages[0]!.expected).toHaveLength(1);
  }, 60_000);

  it.each([
    // Service-public fiches F2058, F1029, F12402, F17578 (tenth and eleventh readings): French words the dictionary lacks.
    'Le terrain accueille des tentes, des caravanes et des mobil-homes.',
    'Vous pouvez faire du paint-ball dans ce club.',
    'Votre pension fait l’objet d’un recalcul.',
    'Cela peut être un abri de jardin, un carport ou un garage.',
    'Vous allez dans un foyer occupationnel.',
    // Thirteenth reading: « mono » glued like « multi ».
    'Vous choisissez un contrat monosupport ou multisupports.',
    'Vous envoyez le document au format pdf.',
    // Fiche F2390: a unit in words, squared.
    'La décélération est de 2,5 mètres par seconde².',
    // Fiche F2421: a term the text presents with « on appelle ».
    'Vous retirez de l’argent chez un commerçant. C’est ce qu’on appelle le cashback. Le cashback est gratuit.',
  ])('accepts French words that the dictionary lacks: %s', async (text) => {
    expect(await messagesFor('orthographe', text, { language })).toEqual([]);
  });

  it('never suggests an elided word before a consonant (« l’nion » was told « l’fion »)', async () => {
    const [message] = await messagesFor('orthographe', 'Vous habitez dans l’nion européenne.', { language });
    expect(message!.actual).toBe('l’nion');
    expect((message!.expected ?? []).filter((form) => /^l'[^aeiouyhéè]/u.test(form))).toEqual([]);
    // « appelle » without « on » before it does not present a term: the word after it is judged.
    expect((await messagesFor('orthographe', 'Il appelle le courier.', { language })).map((m) => m.actual)).toEqual(['courier']);
  });

  it('still judges a misspelt form of those words (« mobil-homme »)', async () => {
    const messages = await messagesFor('orthographe', 'Vous habitez dans un mobil-homme.', { language });
    expect(messages.map((message) => message.actual)).toEqual(['mobil-homme']);
  });

  it('says nothing without a dictionary', async () => {
    expect(await messagesFor('orthographe', 'Vous recevez votre courier.')).toEqual([]);
  });

  // Fifth reading (fiches 2801–3000).
  it.each([
    ['Femme seule en état de grossesse ayant effectué la déclaration et les examens prénataux prévus par la loi.'],
    ['Le vaccin protège contre le méningocoque de sérogroupe C.'],
    ["Il vous donne l'adresse de connexion (de type https://teleservices.ac-academie) et votre identifiant."],
  ])('accepts a plural in -aux, « séro- » and the rest of a web address (fiches F760, F724, F616): %s', async (text) => {
    expect(await messagesFor('orthographe', text, { language })).toEqual([]);
  });

  it('cuts a word glued to the next sentence with a full stop and keeps its capital (fiche F628)', async () => {
    const text = "Vous devez utiliser un siège auto pour un enfantUn enfant de moins de 10 ans doit être attaché.";
    expect(await messagesFor('orthographe', text, { language })).toMatchObject([{ actual: 'enfantUn', expected: ['enfant. Un'] }]);
  });

  // Seventh reading (fiches 1201–1400).
  it('keeps the sentence going after a word that never ends one: « ouActe » → « ou acte » (fiche F21091)', async () => {
    const text = 'Carte d’identité (valide ou périmée depuis moins de 5 ans)ouActe de naissance.';
    expect(await messagesFor('orthographe', text, { language })).toMatchObject([{ actual: 'ouActe', expected: ['ou acte'] }]);
  });

  it('cuts « neufsou » as « neufs ou » first: the cut whose rarer part is more common', async () => {
    const [message] = await messagesFor('orthographe', 'Les logements neufsou anciens sont concernés.', { language });
    expect(message).toMatchObject({ actual: 'neufsou' });
    expect(message!.expected![0]).toBe('neufs ou');
  });

  it('leaves the end of an ordinal raised with « ^ »: « 2^nde » (fiche F21012)', async () => {
    expect(await messagesFor('orthographe', 'Une 2^nde phase commence en mars.', { language })).toEqual([]);
    expect(await messagesFor('orthographe', 'Le 1^er janvier.', { language })).toEqual([]);
  });

  it('accepts a term the text names with « appelé également », everywhere in the file (fiche F2613, eighth reading)', async () => {
    const text = 'Les revenus sont soumis à un prélèvement de 30 %, appelé également flat tax.\n\n#### Option Flat tax\n\nVous pouvez choisir entre la flat tax et le barème.\n';
    expect(await messagesFor('orthographe', text, { language })).toEqual([]);
    // Not after « appelé à »: a verb follows.
    expect((await messagesFor('orthographe', 'Vous êtes appelé à sigenr le papier.', { language })).map((message) => message.actual)).toEqual(['sigenr']);
  });

  it('cuts a unit glued to the next word: « kWet » → « kW et » (fiche F2832, eighth reading)', async () => {
    const text = "Le moteur a une puissance n'excédant pas 11 kWet dont le rapport est faible.";
    expect(await messagesFor('orthographe', text, { language })).toMatchObject([{ actual: 'kWet', expected: ['kW et'] }]);
  });

  it('accepts « vélo », « para » and « dé » glued to a known word (tenth reading)', async () => {
    expect(await messagesFor('orthographe', 'Le vélopartage est possible. Les dépressions paracycloniques arrivent. Vous pouvez dépublier le texte.', { language })).toEqual([]);
  });

  it('cuts a name glued after « ou » or « au »: « ouKbis » → « ou Kbis » (tenth reading: « ouais » was told)', async () => {
    expect(await messagesFor('orthographe', 'Joignez un extrait ouKbis récent.', { language })).toMatchObject([{ actual: 'ouKbis', expected: ['ou Kbis'] }]);
  });

  // Sixteenth session.
  it('puts 2 small words glued together first: « dela » → « de la », not « delà »', async () => {
    const [message] = await messagesFor('orthographe', 'Dans le cadre dela même restructuration, vous gardez vos droits.', { language });
    expect(message?.expected?.[0]).toBe('de la');
  });

  it.each(['Les superlivrets sont des placements.', 'Vous appelez votre opérateur télécom.', 'Ces infractions sont sanctionnables.', 'Vous demandez l’aide mobili-jeune.'])(
    'accepts « super- » before a word, an adjective in « -able » made from a verb, and the name « mobili-jeune »: %s',
    async (text) => {
      expect(await messagesFor('orthographe', text, { language })).toEqual([]);
    },
  );

  it('still reports a misspelt word in « -able »', async () => {
    expect(await messagesFor('orthographe', 'Ces infractions sont sanctionnibles.', { language })).toHaveLength(1);
  });

  it('joins a learned first part in « -o » to the next word: « broncho pneumopathie » (seventeenth reading: « bronche » was suggested)', async () => {
    const [message] = await messagesFor('orthographe', 'La broncho pneumopathie est une maladie.', { language });
    expect(message).toMatchObject({ actual: 'broncho pneumopathie', expected: ['broncho-pneumopathie'] });
  });
});
