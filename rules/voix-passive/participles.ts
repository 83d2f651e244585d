/**
 * Past participles for `voix-passive` and `temps-complexe`, built from verbs and endings:
 * an -er verb stem gives « -é, -ée, -és, -ées »; an irregular participle gives its feminine and plural.
 */

/** Every form of a masculine singular participle: « pris » → pris, prise, prises; « reçu » → reçu, reçue, reçus, reçues. */
export function forms(participle: string): string[] {
  if (participle.endsWith('s') || participle.endsWith('x')) return [participle, `${participle}e`, `${participle}es`];
  return [participle, `${participle}e`, `${participle}s`, `${participle}es`];
}

function build(erStems: string[], irregular: string[]): Set<string> {
  const set = new Set<string>();
  for (const stem of erStems) for (const form of forms(`${stem}é`)) set.add(form);
  for (const participle of irregular) for (const form of forms(participle)) set.add(form);
  return set;
}

/**
 * Procedure verbs: their passive is flagged even without « par » (« la demande est envoyée »,
 * « vous serez convoqué »). Stems of -er verbs (« envoy » → envoyé).
 */
const PROCEDURE_ER = [
  'envoy', 'renvoy', 'examin', 'réexamin', 'convoqu', 'étudi', 'trait', 'valid', 'accept', 'refus', 'accord', 'vers',
  'pay', 'rembours', 'attribu', 'notifi', 'inform', 'contact', 'vérifi', 'contrôl', 'enregistr', 'demand', 'exig',
  'sign', 'dépos', 'rejet', 'supprim', 'annul', 'renouvel', 'calcul', 'recalcul', 'délivr', 'rédig', 'complét',
  'accompagn', 'orient', 'aid', 'radi', 'sanctionn', 'appel', 'rappel', 'communiqu', 'publi', 'affich', 'expédi',
  'prélev', 'modifi', 'révis', 'contest', 'signal', 'déclar', 'conserv', 'archiv', 'bloqu', 'clôtur', 'factur',
  'restitu', 'jug', 'interrog', 'financ', 'transfér', 'réclam', 'sollicit', 'analys', 'évalu', 'numéris', 'scann',
  'photocopi', 'tamponn', 'approuv', 'confirm', 'adress', 'attest', 'certifi', 'diminu', 'augment', 'consult',
  'indemnis', 'convi', 'recens', 'expuls', 'sélectionn', 'class', 'retourn', 'envoy', 'enregistr', 'réalis', 'effectu',
  'organis', 'propos', 'vers', 'prolong', 'régl', 'appliqu', 'exécut', 'invit', 'autoris', 'nomm', 'désign', 'affect',
];

const PROCEDURE_IRREGULAR = [
  'instruit', 'transmis', 'remis', 'fourni', 'établi', 'rempli', 'accueilli', 'reçu', 'rendu', 'suspendu', 'détruit',
  'réduit', 'retenu', 'entendu', 'prévenu', 'traduit', 'refait', 'fait', 'repris', 'revu', 'perçu', 'pris', 'mis',
  // « Vous êtes attendu à la mairie le 3 mars »: a convocation.
  'attendu',
];

/** Participles of procedure verbs, all forms. */
export const PROCEDURE_PARTICIPLES = build(PROCEDURE_ER, PROCEDURE_IRREGULAR.filter((form) => !form.includes(' ')));

/** Irregular participles of other verbs (only flagged with « par »). */
const OTHER_IRREGULAR = [
  'pris', 'mis', 'dit', 'vu', 'lu', 'connu', 'perdu', 'tenu', 'permis', 'admis', 'compris', 'produit', 'conduit',
  'interdit', 'offert', 'couvert', 'suivi', 'puni', 'averti', 'servi', 'atteint', 'craint', 'éteint', 'battu', 'élu',
  'exclu', 'vendu', 'attendu', 'défendu', 'obtenu', 'maintenu', 'détenu', 'soutenu', 'acquis', 'requis', 'émis',
  'commis', 'promis', 'prescrit', 'décrit', 'inscrit', 'souscrit', 'contraint', 'conquis', 'découvert', 'ouvert',
  'reconnu', 'garanti', 'nourri', 'guéri', 'trahi', 'envahi', 'franchi', 'saisi', 'investi', 'bâti', 'réuni',
  'résolu', 'dissous', 'abattu', 'combattu', 'peint', 'restreint', 'joint', 'rejoint', 'plaint', 'vaincu', 'convaincu',
  'repris', 'surpris', 'appris', 'entrepris', 'omis', 'mû', 'pourvu', 'dépourvu', 'revu', 'aperçu', 'perçu', 'conçu',
  'déçu', 'écrit', 'réécrit', 'choisi', 'construit', 'reconstruit', 'prévu', 'mordu', 'poursuivi', 'interrompu',
  'vécu', 'bu', 'ralenti', 'démoli', 'accompli', 'élargi', 'relu', 'réécrit', 'traduit', 'illustré',
  // « des risques encourus par le salarié » (fourteenth reading).
  'encouru', 'couru', 'parcouru',
];

export const IRREGULAR_PARTICIPLES = build([], [...PROCEDURE_IRREGULAR.filter((form) => !form.includes(' ')), ...OTHER_IRREGULAR]);

/** Participles of verbs that build their past tense with « être »: « il est arrivé » is not a passive. */
export const ETRE_VERBS = build(
  ['all', 'arriv', 'entr', 'rentr', 'rest', 'tomb', 'retourn', 'mont', 'pass', 'décéd', 'rentr', 'rest'],
  ['venu', 'revenu', 'devenu', 'parvenu', 'intervenu', 'survenu', 'advenu', 'parti', 'reparti', 'sorti', 'ressorti', 'né', 'mort', 'descendu', 'apparu', 'disparu', 'redescendu', 'remonté'],
);

/**
 * Participles that usually describe a state, not an action: « le CCAS est ouvert », « vous êtes malade »,
 * « vous êtes concerné ». Never flagged as a passive, even with « par ».
 */
export const ADJECTIVAL = build(
  [
    'ferm', 'couch', 'mari', 'divorc', 'sépar', 'pacs', 'âg', 'handicap', 'occup', 'fatigu', 'intéress', 'concern',
    'situ', 'compos', 'destin', 'réserv', 'habill', 'équip', 'désol', 'press', 'stress', 'salari', 'retrait', 'employ',
    'engag', 'bless', 'isol', 'priv', 'élev', 'habitu', 'agré', 'conventionn', 'associ', 'li', 'lass', 'décid', 'motiv',
    'inquiét', 'prépar', 'affili', 'expériment', 'qualifi', 'diplôm', 'spécialis', 'compliqu', 'gên', 'calm', 'énerv',
    'perturb', 'désorient', 'affect', 'touch', 'dispens', 'exonér', 'exempt', 'ravi', 'obstin', 'dou', 'âgé',
    // Seventh reading: what happened to the reader's body or life (« elle a été vaccinée contre la rage », « si vous
    // avez été exposé à l'amiante », « élèves ayant déjà été scolarisés », « on est infecté par un virus »).
    'vaccin', 'expos', 'scolaris', 'infect', 'hospitalis', 'contamin', 'immunis',
  ].filter((stem) => !/é$/.test(stem)),
  [
    'ouvert', 'né', 'mort', 'assis', 'compris', 'inclus', 'exclu', 'dû', 'fini', 'parti', 'sorti', 'venu', 'réuni',
    'guéri', 'satisfait', 'distrait', 'abstrait', 'convaincu', 'surpris', 'déçu', 'épris', 'muni', 'pourvu', 'dépourvu',
    'ravi', 'soumis', 'tenu', 'atteint', 'connu', 'perdu',
  ],
);

/** Words between « être » and the participle: « est bien envoyée », « n'est pas accepté ». */
export const ADVERBS = new Set([
  'pas', 'plus', 'jamais', 'bien', 'déjà', 'toujours', 'souvent', 'aussi', 'alors', 'ensuite', 'vite', 'tout',
  'automatiquement', 'directement', 'rapidement', 'seulement', 'parfois', 'également', 'immédiatement', 'ensuite',
  'enfin', 'peut-être', 'sans', 'doute', 'normalement', 'généralement', 'obligatoirement', 'systématiquement',
  'entièrement', 'totalement', 'partiellement', 'ensuite', 'encore', 'rarement',
]);
