/** Verb forms for `temps-complexe`. */

const CONDITIONAL_ENDINGS = /^(.+r)(ais|ait|ions|iez|aient)$/;

/** Bases (word minus « -ait ») of imperfects of -irer verbs: « il tirait » is not a conditional. */
const IMPERFECT_IR = new Set([
  'tir', 'retir', 'attir', 'soutir', 'étir', 'désir', 'expir', 'respir', 'admir', 'inspir', 'soupir', 'aspir', 'vir',
  'délir', 'chavir', 'conspir', 'transpir', 'mir', 'déchir', 'empir', 'éclair', 'cir', 'chir', 'spir', 'satir',
]);

/** Conditional bases that no simple ending gives: « pourr », « devr », « aur »… */
const CONDITIONAL_BASES = new Set([
  'pourr', 'verr', 'enverr', 'renverr', 'prévoir', 'courr', 'parcourr', 'secourr', 'recourr', 'accourr', 'mourr',
  'acquerr', 'conquerr', 'requerr', 'aur', 'saur', 'devr', 'redevr', 'recevr', 'percevr', 'apercevr', 'concevr',
  'décevr', 'vivr', 'survivr', 'revivr', 'suivr', 'poursuivr', 'plair', 'déplair', 'tair',
]);

/** True when a word is a conditional (« pourriez », « faudrait », « demanderait »), not an imperfect or a noun. */
export function isConditional(normal: string): boolean {
  const word = normal.split('-')[0]!;
  const match = CONDITIONAL_ENDINGS.exec(word);
  if (!match) return false;
  const base = match[1]!;
  if (base.length < 2) return false;
  if (CONDITIONAL_BASES.has(base)) return true;
  // demanderait, serait, ferait (not « espérait », « serrait »).
  if (base.endsWith('er') && base.length >= 3) return true;
  // finirait, irait, dirait, croirait (not « tirait », « désirait »).
  if (base.endsWith('ir') && !IMPERFECT_IR.has(base)) return true;
  // prendrait, viendrait, faudrait (not « encadrait »).
  if (base.endsWith('dr') && !base.endsWith('adr') && base.length >= 4) return true;
  // mettrait, connaîtrait (not « entrait », « portrait », « extrait »).
  if (base.endsWith('ttr') || base.endsWith('îtr') || base.endsWith('aitr')) return true;
  return false;
}

/** Present forms for the most common conditionals: « vous pourriez » → « vous pouvez ». */
export const PRESENT_OF: Record<string, string> = {
  pourrais: 'peux', pourrait: 'peut', pourrions: 'pouvons', pourriez: 'pouvez', pourraient: 'peuvent',
  // Not « devrait » → « doit », « faudrait » → « faut »: an expectation or advice would become a duty (eighth reading).
  serais: 'suis', serait: 'est', serions: 'sommes', seriez: 'êtes', seraient: 'sont',
  aurais: 'ai', aurait: 'a', aurions: 'avons', auriez: 'avez', auraient: 'ont',
  voudrais: 'veux', voudrait: 'veut', voudrions: 'voulons', voudriez: 'voulez', voudraient: 'veulent',
};

/** Subjunctive forms that no indicative shares (found after « que »). */
export const SUBJUNCTIVE = new Set([
  'sois', 'soit', 'soyons', 'soyez', 'soient', 'aie', 'aies', 'ait', 'ayons', 'ayez', 'aient',
  'fasse', 'fasses', 'fassions', 'fassiez', 'fassent', 'puisse', 'puisses', 'puissions', 'puissiez', 'puissent',
  'aille', 'ailles', 'allions', 'alliez', 'aillent', 'sache', 'saches', 'sachions', 'sachiez', 'sachent',
  'veuille', 'veuilles', 'veuillent', 'vaille', 'vaillent', 'doive', 'doives', 'reçoive', 'reçoives',
  'prenne', 'prennes', 'vienne', 'viennes', 'tienne', 'tiennes', 'obtienne', 'obtiennes', 'devienne', 'revienne',
  'mette', 'mettes', 'dise', 'dises', 'écrive', 'écrives', 'connaisse', 'finisse', 'finisses', 'choisisse',
  'remplisse', 'fournisse', 'réponde', 'rende', 'attende', 'perde', 'parte', 'suive', 'croie', 'lise', 'conduise',
  'permette', 'transmette', 'remette', 'comprenne', 'apprenne', 'entende', 'vende', 'descende',
]);

/**
 * Irregular passé simple forms that no other tense shares. Not « durent » (ils durent 3 semaines: durer),
 * « virent » (ils virent l’argent: virer) nor « revit » (il revit: revivre), which are also presents.
 */
export const PASSE_SIMPLE = new Set([
  'fut', 'furent', 'fûmes', 'fûtes', 'eut', 'eurent', 'eûmes', 'eûtes', 'fit', 'firent', 'fîmes', 'fîtes', 'prit',
  'prirent', 'mit', 'mirent', 'vint', 'vinrent', 'tint', 'tinrent', 'obtint', 'obtinrent', 'devint', 'devinrent',
  'revint', 'revinrent', 'alla', 'allèrent', 'put', 'purent', 'voulut', 'voulurent', 'sut', 'surent', 'dut',
  'naquit', 'naquirent', 'mourut', 'moururent', 'reçut', 'reçurent', 'parut', 'parurent', 'connut',
  'connurent', 'crut', 'crurent', 'lurent', 'écrivit', 'écrivirent', 'répondit', 'répondirent', 'descendit',
  'descendirent', 'perdit', 'perdirent', 'rendit', 'rendirent', 'attendit', 'attendirent', 'entendit', 'entendirent',
  'vendit', 'vendirent', 'apprit', 'apprirent', 'comprit', 'comprirent', 'permit', 'permirent', 'promit', 'promirent',
  'admit', 'remit', 'transmit', 'vécut', 'vécurent', 'courut', 'suivit', 'suivirent', 'ouvrit', 'ouvrirent', 'offrit',
  'offrirent', 'découvrit', 'conduisit', 'construisit', 'produisit', 'reconnut', 'apparut', 'disparut', 'fallut',
  'valut', 'dirent', 'reprit', 'reprirent', 'surprit', 'entreprit', 'devinrent', 'intervint', 'parvint', 'soutint',
  'retint', 'maintint', 'contint', 'appartint', 'prévit', 'écrivîmes', 'répondîmes', 'finirent', 'choisirent',
  'réussirent', 'partirent', 'sortirent', 'dormirent', 'servirent', 'mentirent', 'sentirent',
]);

/**
 * Passé simple of verb families that no other tense shares: « prescrivit », « inscrivirent » (-crire),
 * « traduisit », « introduisirent » (-duire, -struire).
 */
export const PASSE_SIMPLE_FAMILY = /^\p{L}*(?:criv|duis|struis)(?:it|irent|îmes|îtes)$/u;

/** Common -er verbs: their passé simple « il demanda », « ils demandèrent » is told apart by the ending. */
const COMMON_ER = [
  'demand', 'donn', 'envoy', 'pass', 'arriv', 'parl', 'trouv', 'décid', 'appel', 'commenc', 'mang', 'chang', 'regard',
  'pens', 'mont', 'rest', 'entr', 'rentr', 'retourn', 'tomb', 'accept', 'refus', 'présent', 'expliqu', 'ajout', 'signal',
  'déclar', 'racont', 'sembl', 'cri', 'continu', 'essay', 'quitt', 'port', 'apport', 'aid', 'rencontr', 'travaill',
  'habit', 'pay', 'lanc', 'invit', 'termin', 'jou', 'mari', 'accompagn', 'contact', 'téléphon', 'écout', 'montr',
  'oubli', 'annonc', 'prépar', 'propos', 'remerci', 'sign', 'arrêt', 'achet', 'cherch', 'rapport', 'ferm', 'lev',
  'install', 'occup', 'compt', 'laiss', 'tourn', 'gard', 'jet', 'pos', 'aim', 'form', 'nomm', 'cré', 'fond',
  'organis', 'visit', 'souhait', 'demeur', 'empêch', 'bless', 'soign', 'recommenc', 'avanc', 'exig', 'oblig',
  'dépos', 'envoy', 'emmen', 'amen', 'ramen', 'mèn', 'achev', 'pleur', 'chant', 'dans', 'march', 'rêv', 'rentr',
  'tent', 'utilis', 'reçev', 'réclam', 'écri', 'command', 'consult', 'inscri', 'assur', 'jur', 'refus',
];

function simpleA(stem: string): string {
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}ça`;
  if (stem.endsWith('g')) return `${stem}ea`;
  return `${stem}a`;
}

/** « il demanda », « elle commença », « on mangea »: after « il », « elle », « on ». */
export const PASSE_SIMPLE_A = new Set(COMMON_ER.map(simpleA));

/** « ils demandèrent »: -er verbs of the list (« ils préfèrent » is a present). */
export const PASSE_SIMPLE_ERENT = new Set(COMMON_ER.map((stem) => `${stem}èrent`));

/** Forms of « avoir » and « être » in the future, for the futur antérieur (« aurez fini », « sera parti »). */
export const AVOIR_FUTURE = new Set(['aurai', 'auras', 'aura', 'aurons', 'aurez', 'auront']);
export const ETRE_FUTURE = new Set(['serai', 'seras', 'sera', 'serons', 'serez', 'seront']);

/** Nouns ending in « -é » that follow « avoir » with no article: « vous aurez priorité ». */
export const NOUNS_IN_E = new Set(['priorité', 'congé', 'congés', 'pitié', 'moitié', 'santé', 'liberté', 'bébé', 'café', 'marché']);
