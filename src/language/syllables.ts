/**
 * French syllable counter, for written French read aloud as ordinary prose.
 *
 * The target is the count that a pronouncing dictionary (Petit Robert, TLFi
 * transcriptions) gives for careful, unhurried prose — the way a FALC text is
 * read — and never the poetic count (no diérèse, no counted final « e »).
 *
 * Choices, applied consistently here and in `tests/language/syllables.test.ts`:
 *
 * 1. Vowel letters: a e i o u y and their accented forms, œ, æ. « ou, ai, ei,
 *    au, eau, oi, eu, œu » are one vowel sound.
 * 2. « qu » before a vowel and « gu » before a vowel: the u is a consonant sign
 *    (quatre = 1, guide = 1). « qu » at the end of an elided part (jusqu') too.
 *    « ge » before a, o: the e only softens the g (mangeons = 2, geai = 1).
 * 3. Final mute e: « -e », « -es », and « -ent » of verbs (3rd plural) are not
 *    counted, unless the word has no other vowel (le, de, je, que, les = 1).
 *    Final « e » after a consonant cluster is mute too (être, table, libre = 1).
 *    Words in « -ent » that are not verbs keep « ent » (souvent, moment, parent,
 *    client = 2): every word in « -ment » (except a short list of verbs:
 *    aiment, forment…), every word in `NON_VERB_ENT`, the forms of tenir and
 *    venir (vient = 1, obtient = 2) and one-syllable words (dent, vent, sent).
 * 4. Semi-vowels (synérèse, the prose norm): i, u, ou followed by another
 *    vowel make one syllable with it — nation = 2 (na-tion), premier = 2,
 *    situation = 3, nuage = 1, jouer = 1, domiciliation = 5 (do-mi-ci-lia-tion,
 *    TLFi [dɔmisiljasjɔ̃]). Exception: after a consonant followed by l or r
 *    (crier = 2, client = 2, ouvrier = 3, cruel = 2), where French keeps two
 *    syllables. « ui » is always one (nuit, bruit, instruire).
 * 5. Hiatus: « é » followed by a vowel (créer = 2, réunion = 3, océan = 3),
 *    a or o followed by another vowel that is not a digraph (poème = 2,
 *    aéroport = 4), and any vowel with a diaeresis (naïf = 2, Noël = 2) start
 *    a new syllable. An unaccented « e » right after a vowel sound is silent
 *    (paiement = 2, remerciement = 4, dévouement = 3).
 * 6. « y » before a vowel is a consonant sound (payer = 2, crayon = 2,
 *    moyen = 2, yeux = 1); elsewhere it is a vowel (pays = 2, style = 1).
 *    « il / ill » after a vowel is the consonant sound [j] (travail = 2,
 *    feuille = 1, accueil = 2).
 * 7. Inner e caduc: the e of the first syllable is counted (petit = 2,
 *    demande = 2, recevoir keeps « re »). Another plain « e » standing alone
 *    between exactly one consonant sound and one consonant sound followed by a
 *    vowel is dropped, as the dictionaries transcribe it (samedi = 2,
 *    logement = 2, seulement = 2, appeler = 2, médecin = 2); it stays after two
 *    consonant sounds (gouvernement = 4, simplement = 3, vendredi = 3 — the
 *    « loi des trois consonnes »). Two dropped e never follow each other.
 *    So formulaire = 3 (for-mu-laire) and préalablement = 5.
 * 8. Hyphen and apostrophe: each part is counted and the counts are added
 *    (aujourd'hui = 3, peut-être = 2, qu'il = 1, vis-à-vis = 3).
 * 9. Numbers written in digits are counted as they are read in French:
 *    2024 = « deux mille vingt-quatre » = 4, 12 = « douze » = 1; a decimal
 *    comma adds « virgule » (2). Ordinal endings (1er, 2e, 3ème) add one.
 *    Numbers too long to read (more than 12 digits) count one per digit.
 */
import { memoizeWord } from './word-memo.ts';

const VOWEL_CHARS = 'aàâäeéèêëiîïoôöuùûüyÿœæ';
const VOWELS = new Set(VOWEL_CHARS);
const DIAERESIS = new Set(['ï', 'ë', 'ü', 'ÿ']);
const OBSTRUENTS = new Set(['b', 'c', 'd', 'f', 'g', 'k', 'p', 't', 'v']);
const LIQUIDS = new Set(['l', 'r']);
/** Placeholder for the silent u of qu/gu and the consonant y: not a vowel. */
const SILENT_U = 'Q';
const CONSONANT_Y = 'Y';

/** Whole-word exceptions, after lower-casing (irregular spellings). */
const EXCEPTIONS: ReadonlyMap<string, number> = new Map([
  ['août', 1],
  ['aout', 1],
  ['paon', 1],
  ['faon', 1],
  ['taon', 1],
  ['abbaye', 3],
  ['alcool', 2],
  ['zoo', 1],
  ['oignon', 2],
  ['ouïe', 1],
  ['fuel', 1],
  ['club', 1],
  ['week', 1],
  ['end', 1],
]);

/** Verbs in « -ment » (3rd plural of verbs in -mer): the « ent » is mute. */
const VERB_MENT = new Set([
  'aiment', 'dorment', 'endorment', 'ferment', 'enferment', 'renferment', 'forment', 'informent',
  'transforment', 'déforment', 'réforment', 'conforment', 'confirment', 'affirment', 'infirment',
  'expriment', 'impriment', 'suppriment', 'compriment', 'répriment', 'oppriment', 'dépriment',
  'estiment', 'animent', 'calment', 'sèment', 'parsèment', 'arment', 'désarment', 'alarment',
  'charment', 'germent', 'priment', 'riment', 'liment', 'chôment', 'nomment', 'renomment',
  'surnomment', 'dénomment', 'assomment', 'consomment', 'fument', 'allument', 'résument',
  'présument', 'assument', 'parfument', 'inhument', 'exhument', 'gomment', 'programment',
  'proclament', 'réclament', 'acclament', 'déclament', 'clament', 'entament', 'affament',
  'diffament', 'enflamment', 'blâment', 'trament', 'rament', 'filment', 'abîment', 'déciment',
  'intiment', 'triment', 'friment', 'embaument',
]);

/**
 * Words in « -ent » (not « -ment ») whose « ent » is pronounced [ɑ̃]: nouns and
 * adjectives. Any other word in « -ent » is taken as a verb (parlent = 1).
 */
const NON_VERB_ENT = new Set([
  'absent', 'accent', 'accident', 'adhérent', 'adjacent', 'adolescent', 'afférent', 'affluent',
  'agent', 'ambivalent', 'antécédent', 'apparent', 'ardent', 'argent', 'arpent', 'auvent',
  'avent', 'bivalent', 'client', 'coefficient', 'cohérent', 'compétent', 'concurrent',
  'confident', 'confluent', 'conscient', 'conséquent', 'consent', 'content', 'contingent',
  'continent', 'convalescent', 'convergent', 'corpulent', 'couvent', 'décadent', 'décent',
  'déférent', 'déficient', 'différent', 'diligent', 'dissident', 'divergent', 'efficient',
  'éloquent', 'émergent', 'éminent', 'équivalent', 'évent', 'évident', 'excédent', 'excellent',
  'expédient', 'fervent', 'fluorescent', 'fréquent', 'gradient', 'immanent', 'imminent',
  'impatient', 'impertinent', 'impotent', 'imprudent', 'impudent', 'incandescent', 'incident',
  'incohérent', 'incompétent', 'inconscient', 'inconséquent', 'inconvénient', 'indécent',
  'indifférent', 'indigent', 'indulgent', 'influent', 'infréquent', 'ingrédient', 'inhérent',
  'innocent', 'insolent', 'intelligent', 'intermittent', 'latent', 'mécontent', 'négligent',
  'occident', 'omnipotent', 'omniprésent', 'omniscient', 'onguent', 'opulent', 'orient',
  'paravent', 'parent', 'patent', 'patient', 'permanent', 'pertinent', 'polyvalent',
  'précédent', 'présent', 'président', 'pressent', 'prévalent', 'proéminent', 'prudent',
  'purulent', 'quotient', 'récent', 'récipient', 'récurrent', 'référent', 'régent', 'relent',
  'résident', 'ressent', 'réticent', 'sergent', 'serpent', 'somnolent', 'souvent', 'strident',
  'subséquent', 'succulent', 'talent', 'tangent', 'torrent', 'transparent', 'trident',
  'truculent', 'turbulent', 'urgent', 'vice-président', 'violent', 'virulent',
]);

/** Counts the syllables of one word (see the module comment for the rules). Computed once per form. */
export const countSyllables = memoizeWord(syllablesOf);

/** `countSyllables` without its memo, for callers that keep their own answers per form. */
export function syllablesOf(word: string): number {
  const text = word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’ʼ‘`´]/g, "'");
  let total = 0;
  for (const part of text.split(/['\-‐‑–—\s]+/)) {
    if (part === '') continue;
    total += countPart(part);
  }
  return total;
}

/** Sum of the syllables of several words. */
export function countWordSyllables(words: string[]): number {
  let total = 0;
  for (const word of words) total += countSyllables(word);
  return total;
}

function countPart(part: string): number {
  if (/\d/.test(part)) return countNumberToken(part);
  const letters = part.replace(/[^\p{L}]/gu, '');
  if (letters === '') return 0;
  const exception = EXCEPTIONS.get(letters);
  if (exception !== undefined) return exception;
  return countLetters(letters);
}

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.has(ch);
}

function hasVowel(value: string): boolean {
  for (const ch of value) if (VOWELS.has(ch)) return true;
  return false;
}

/** Decides whether a word ending in « -ent » keeps the sound [ɑ̃] / [ɛ̃]. */
function pronouncedEnt(word: string): boolean {
  if (NON_VERB_ENT.has(word)) return true;
  if (word.endsWith('ment')) return !VERB_MENT.has(word);
  if (/(t|v)ient$/.test(word)) return true; // vient, tient, obtient, devient…
  return false;
}

function countLetters(original: string): number {
  let w = original;
  // 2. qu / gu: silent u before a vowel; « qu » ending an elided part.
  w = w.replace(/([qg])u(?=[aàâeéèêiîoôyœ])/g, `$1${SILENT_U}`);
  w = w.replace(/qu$/, `q${SILENT_U}`);
  // ge + a/o: the e is a spelling sign (mangeons, geai, geôle).
  w = w.replace(/ge(?=[aoâô])/g, 'g');
  // asseoir, seoir: « eoi » reads « oi ».
  w = w.replace(/seoi/g, 'soi');
  // souhait, souhaiter: the h between ou and a vowel is not heard.
  w = w.replace(/ouh(?=[aeéiè])/g, 'ou');
  // 6. y before a vowel is the consonant [j].
  w = w.replace(/y(?=[aàâeéèêiîoôuù])/g, CONSONANT_Y);

  // 3. Final mute endings.
  if (/ents$/.test(original) && hasVowel(w.slice(0, -4))) {
    w = w.slice(0, -1); // parents, clients: nouns; keep « ent »
  } else if (w.endsWith('ent') && hasVowel(w.slice(0, -3))) {
    if (!pronouncedEnt(original)) w = w.slice(0, -3);
  } else if (w.endsWith('es') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
  } else if ((w.endsWith('e') || w.endsWith('ë')) && hasVowel(w.slice(0, -1))) {
    w = w.slice(0, -1);
  }

  // Split into consonant clusters and vowel runs.
  const runs: Array<{ vowels: string; before: string; after: string }> = [];
  let i = 0;
  let consonants = '';
  while (i < w.length) {
    const ch = w[i] as string;
    if (isVowel(ch)) {
      let j = i;
      while (j < w.length && isVowel(w[j])) j++;
      const last = runs[runs.length - 1];
      if (last) last.after = consonants;
      runs.push({ vowels: w.slice(i, j), before: consonants, after: '' });
      consonants = '';
      i = j;
    } else {
      consonants += ch;
      i++;
    }
  }
  const lastRun = runs[runs.length - 1];
  if (lastRun) lastRun.after = consonants;

  let count = 0;
  let previousDropped = false;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as (typeof runs)[number];
    const next = runs[r + 1];
    if (
      run.vowels === 'e' &&
      r > 0 &&
      next !== undefined &&
      !previousDropped &&
      isSingleConsonant(stripNasal(run.before)) &&
      isSingleConsonant(run.after) &&
      run.after[0] !== run.after[1] &&
      run.after !== 'x'
    ) {
      previousDropped = true; // 7. inner e caduc
      continue;
    }
    previousDropped = false;
    count += countRun(run.vowels, run.before, run.after);
  }
  return Math.max(count, runs.length > 0 ? 1 : 0);
}

/** Drops the n / m that only marks a nasal vowel (« ng » in changement → g). */
function stripNasal(cluster: string): string {
  if (cluster.length >= 2 && (cluster[0] === 'n' || cluster[0] === 'm') && cluster[1] !== cluster[0]) {
    return cluster.slice(1);
  }
  return cluster;
}

/**
 * One consonant sound: one letter, a double letter, or a digraph (ch, gn…).
 * After the e, a double letter is refused by the caller: « e » before a double
 * consonant is a full vowel (belle, évidemment, intelligent).
 */
function isSingleConsonant(cluster: string): boolean {
  if (cluster.length === 1) return cluster !== 'h';
  if (cluster.length === 2) {
    if (cluster[0] === cluster[1]) return true;
    return ['ch', 'ph', 'th', 'gn', 'ck', `q${SILENT_U}`, `g${SILENT_U}`].includes(cluster);
  }
  return false;
}

const GRAPHEMES = ['eau', 'œu', 'oeu', 'ai', 'aî', 'ei', 'au', 'eu', 'eû', 'ou', 'où', 'oû', 'oi', 'oî', 'ey', 'œ', 'æ'];
const GLIDES = new Set(['i', 'î', 'u', 'û', 'ou', 'où', 'oû']);

function tokenizeRun(run: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < run.length) {
    const grapheme = GRAPHEMES.find((g) => run.startsWith(g, i));
    if (grapheme) {
      out.push(grapheme);
      i += grapheme.length;
    } else {
      out.push(run[i] as string);
      i++;
    }
  }
  return out;
}

/** Syllables in a run of vowel letters (rules 4 and 5). */
function countRun(run: string, before: string, after: string): number {
  const graphemes = tokenizeRun(run);
  const afterCluster = before.length >= 2 && OBSTRUENTS.has(before[before.length - 2] as string) && LIQUIDS.has(before[before.length - 1] as string);
  let count = 1;
  for (let g = 1; g < graphemes.length; g++) {
    const previous = graphemes[g - 1] as string;
    const current = graphemes[g] as string;
    const isLast = g === graphemes.length - 1;
    if (DIAERESIS.has(current[0] as string)) {
      count++;
    } else if ((current === 'i' || current === 'î') && isLast && after.startsWith('l')) {
      // ail, eil, euil, ouil, œil, ueil: the i belongs to the consonant [j]
    } else if (GLIDES.has(previous)) {
      if (previous[0] === 'u' && current[0] === 'i') continue; // ui: always one
      if (g === 1 && afterCluster) count++;
    } else if (current === 'e') {
      if (previous === 'é' || previous === 'a' || previous === 'o') count++;
    } else {
      count++;
    }
  }
  return count;
}

// ---------------------------------------------------------------------------
// Numbers written in digits

const UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const TENS = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

function below100(n: number): string[] {
  if (n <= 16) return [UNITS[n] as string];
  if (n < 20) return ['dix', UNITS[n - 10] as string];
  if (n < 70) {
    const ten = Math.floor(n / 10);
    const unit = n % 10;
    if (unit === 0) return [TENS[ten] as string];
    if (unit === 1) return [TENS[ten] as string, 'et', 'un'];
    return [TENS[ten] as string, UNITS[unit] as string];
  }
  if (n < 80) return n === 71 ? ['soixante', 'et', 'onze'] : ['soixante', ...below100(n - 60)];
  if (n === 80) return ['quatre', 'vingts'];
  return ['quatre', 'vingt', ...below100(n - 80)];
}

function below1000(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds > 1) words.push(UNITS[hundreds] as string);
  if (hundreds > 0) words.push('cent');
  if (rest > 0 || hundreds === 0) words.push(...below100(rest));
  return words;
}

/** French words for an integer below 10^12. */
export function numberWords(n: number): string[] {
  if (n === 0) return ['zéro'];
  const words: string[] = [];
  const scales: Array<[number, string]> = [
    [1e9, 'milliard'],
    [1e6, 'million'],
    [1e3, 'mille'],
  ];
  let rest = n;
  for (const [size, name] of scales) {
    const q = Math.floor(rest / size);
    if (q === 0) continue;
    if (!(q === 1 && name === 'mille')) words.push(...below1000(q));
    words.push(name);
    rest %= size;
  }
  if (rest > 0) words.push(...below1000(rest));
  return words;
}

function countNumberToken(part: string): number {
  let total = 0;
  const pieces = part.match(/\d+|[^\d]+/g) ?? [];
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p] as string;
    if (/^\d+$/.test(piece)) {
      total += piece.length > 12 ? piece.length : countWordSyllables(numberWords(Number(piece)));
    } else if (/^[,.]$/.test(piece) && p > 0 && p < pieces.length - 1) {
      total += piece === ',' ? 2 : 0; // « virgule »; a dot groups thousands
    } else if (/^(er|re|e|è|ème|eme|nd|nde|ère)$/.test(piece)) {
      total += 1;
    } else {
      const letters = piece.replace(/[^\p{L}]/gu, '');
      if (letters !== '') total += countLetters(letters);
    }
  }
  return total;
}
