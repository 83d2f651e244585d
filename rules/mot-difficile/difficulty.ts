/**
 * Which words of a sentence are difficult: administrative jargon (words and phrases of `jargon.ts`)
 * and rare words (frequency below a threshold, or absent from the frequency list).
 * Shared by the rules `mot-difficile` and `mot-non-explique`.
 */
import type { FalcSentence, FalcWord } from '../../src/engine/types.ts';
import { wordTokens } from '../../src/language/glossary.ts';
import type { Lexicon } from '../../src/language/lexicon.ts';
import { splitElision, stripAccents } from '../../src/engine/normalize.ts';
import { isAcronymLike, isRaisedOrdinalEnding, mainPart, wordForm, writtenMainPart, type WordForm } from '../../src/language/word-kinds.ts';
import { memoizeWord } from '../../src/language/word-memo.ts';
import { isAddressLike, sentenceChunks, type Chunk } from '../_shared/chunks.ts';
import type { Explanations } from '../../src/language/explanations.ts';
import { termKeys } from '../../src/language/explanations.ts';
import type { FrequencyTable } from '../../src/language/frequencies.ts';
import { JARGON, type JargonEntry } from './jargon.ts';
import { buildJargonIndex, matchStartingWith, type JargonPhrase } from './jargon-index.ts';

/** The jargon, indexed once. */
export const JARGON_INDEX = buildJargonIndex(JARGON);

/** Default threshold: a word is rare under 1 occurrence per million words. */
export const DEFAULT_THRESHOLD = 1;

/** Determiners: the word after them is a noun or an adjective (« le montant », « l’hébergeant »). */
const DETERMINERS = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'ton', 'ta',
  'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leurs', 'chaque', 'quelques', 'plusieurs', 'aucun', 'aucune', 'quel', 'quelle',
]);
/** Pronouns before a verb: « vous complétez », « il l’héberge », « on se rend ». */
const CLITICS = new Set(['je', "j'", 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'me', "m'", 'te', "t'", 'se', "s'", 'y', 'en', 'ne', "n'", 'lui']);
/** Words after which a verb is in the infinitive: « pour compléter », « vous devez fournir ». */
const BEFORE_INFINITIVE = new Set(['pour', 'sans', 'à', 'de', "d'", 'devez', 'pouvez', 'doit', 'peut', 'doivent', 'peuvent', 'faut', 'voulez', 'allez']);

type WordClass = 'verbe' | 'nom';

/** Verbs and nouns (with adjectives, often used as nouns: « les majeurs »). Other parts of speech: undefined. */
function classOf(part: string | undefined): WordClass | undefined {
  if (part === 'VER') return 'verbe';
  if (part === 'NOM' || part === 'ADJ') return 'nom';
  return undefined;
}

/**
 * The class of a replacement or of a jargon term, from its first word: « payer » → verbe, « somme d’argent »
 * → nom. Verbs of the jargon list are written in the infinitive: a first word that is not an infinitive is
 * a noun even when its most frequent reading is a verb (« aide par une personne », « montant »).
 */
function replacementClass(replacement: string, table: FrequencyTable | undefined): WordClass | undefined {
  const words = replacement.split(/\s+/);
  // A phrase (« merci de », « s’il vous plaît ») is kept: its part of speech is not one word's.
  if (words.length > 1 && !/(?:er|ir|re|oir)$/.test(words[0] ?? '')) return undefined;
  const first = words[0] ?? '';
  if (first === 'se' || first.startsWith("s'")) return 'verbe';
  const kind = classOf(table?.partOf(first));
  if (kind === 'verbe' && !/(?:er|ir|re|oir)$/.test(first)) return 'nom';
  return kind;
}

/**
 * The classes of a jargon term: an infinitive is a verb (« compléter »); another verb form may be a noun too
 * (« le montant », « veuillez »).
 */
function termClasses(term: string, table: FrequencyTable | undefined): WordClass[] {
  const kind = classOf(table?.partOf(term.split(/\s+/)[0] ?? ''));
  if (kind === 'verbe' && !/(?:er|ir|re|oir)$/.test(term)) return ['verbe', 'nom'];
  return kind ? [kind] : [];
}

/**
 * How the word at `i` is used in the sentence, from the words before it: after a determiner it is a noun
 * (« la version complète » is not the verb « compléter »), after a pronoun or « pour » it is a verb; otherwise
 * the most frequent reading of the form in the frequency list.
 */
function usedAs(list: readonly string[], i: number, table: FrequencyTable | undefined): WordClass | undefined {
  const previous = list[i - 1];
  const before = list[i - 2];
  if (previous !== undefined) {
    // « il l’héberge », « vous les complétez »: an object pronoun, not a determiner.
    if ((previous === "l'" || previous === 'le' || previous === 'la' || previous === 'les') && before !== undefined && CLITICS.has(before)) return 'verbe';
    if (DETERMINERS.has(previous)) return 'nom';
    if (CLITICS.has(previous)) return 'verbe';
    if (BEFORE_INFINITIVE.has(previous) && /(?:er|ir|re)$/.test(list[i] ?? '')) return 'verbe';
    // « un relecteur certifié », « les papiers demandés »: a participle right after a noun is an adjective.
    // The word before may be a name or an acronym, missing from the list (« un relecteur FALC certifié »).
    if (/(?:é|ée|és|ées)$/.test(list[i] ?? '') && table && !CLITICS.has(previous) && !DETERMINERS.has(previous)) {
      const part = table.partOf(previous);
      if (part === 'NOM' || (part === undefined && !table.forms.has(previous))) return 'nom';
    }
  }
  return classOf(table?.partOf(list[i] ?? ''));
}

/** A reflexive pronoun right before the word: « s’adresser à quelqu’un » is not « adresser » (envoyer). */
function isPronominal(list: readonly string[], i: number): boolean {
  const previous = list[i - 1];
  return previous === 'se' || previous === "s'" || (previous === 'vous' && list[i - 2] === 'vous') || (previous === 'nous' && list[i - 2] === 'nous');
}

/**
 * Whether a one-word jargon entry fits the word as used here, and its replacements of the same part of
 * speech. A word used as another part of speech (« la version complète » for « compléter », « l’hébergeant »
 * for « héberger ») or as a pronominal verb with another sense (« s’adresser à quelqu’un ») is not the jargon.
 */
export function fittingReplacements(entry: JargonEntry, list: readonly string[], i: number, table: FrequencyTable | undefined): string[] | undefined {
  const classes = entryClasses(entry, table);
  if (isPronominal(list, i) && !classes.pronominal) return undefined;
  const used = usedAs(list, i, table);
  if (!used) return [...entry.replacements];
  if (classes.all.size > 0 && !classes.all.has(used)) return undefined;
  return entry.replacements.filter((_value, index) => {
    const kind = classes.replacements[index];
    return kind === undefined || kind === used;
  });
}

/** What `fittingReplacements` needs of an entry that does not depend on the sentence. */
interface EntryClasses {
  /** The term or a replacement is a pronominal verb (« se rapprocher de »). */
  pronominal: boolean;
  /** The classes of the term and of its replacements. */
  all: ReadonlySet<WordClass>;
  /** The class of each replacement, in order. */
  replacements: ReadonlyArray<WordClass | undefined>;
}

/** Classes of each entry, per frequency table (computed once per entry: the same jargon comes back in every file). */
const classesByTable = new WeakMap<FrequencyTable, WeakMap<JargonEntry, EntryClasses>>();
const classesWithoutTable = new WeakMap<JargonEntry, EntryClasses>();

function entryClasses(entry: JargonEntry, table: FrequencyTable | undefined): EntryClasses {
  let known = table ? classesByTable.get(table) : classesWithoutTable;
  if (!known) classesByTable.set(table!, (known = new WeakMap()));
  let classes = known.get(entry);
  if (!classes) {
    const replacements = entry.replacements.map((value) => replacementClass(value, table));
    classes = {
      pronominal: [entry.term, ...entry.replacements].some((value) => /^(?:se\s|s')/.test(value)),
      all: new Set([...termClasses(entry.term, table), ...replacements].filter((value) => value !== undefined)),
      replacements,
    };
    known.set(entry, classes);
  }
  return classes;
}

export interface DifficultWord {
  /** Index of the first and last word of the sentence. */
  start: number;
  end: number;
  kind: 'jargon' | 'rare';
  /** Normalised text: the jargon phrase or the rare word (`l'` removed). */
  key: string;
  entry?: JargonEntry;
  /** Replacements that fit the word as used (same part of speech); empty when none fits. */
  replacements?: string[];
  /** Frequency per million words, when the word is in the list. */
  pm?: number;
}

/** True when a normalised token is rare (frequency under the threshold, or absent). */
export function isRare(token: string, language: Lexicon, threshold: number): { rare: boolean; pm?: number } {
  const table = language.frequencies;
  if (!table) return { rare: false };
  const hit = table.lookup(token);
  if (hit) return { rare: hit.pm < threshold, pm: hit.pm };
  // A hyphenated word missing from the list: each part (`envoyez-le`, `grand-mère`).
  if (token.includes('-')) {
    const parts = token.split('-').filter((part) => part.length > 1);
    if (parts.length === 0) return { rare: false };
    let lowest: number | undefined = Infinity;
    for (const part of parts) {
      const partHit = table.lookup(part);
      if (!partHit) return { rare: true };
      lowest = Math.min(lowest, partHit.pm);
    }
    return { rare: lowest < threshold, pm: lowest };
  }
  return { rare: true };
}

/**
 * An acronym ends with a capital or a digit (« CCAS », « C2S »): a word that ends with another ASCII sign (a
 * small letter, a point) is not one. A quick test before the memo.
 */
function mayBeAcronym(value: string): boolean {
  const last = value.charCodeAt(value.length - 1);
  return last > 127 || (last >= 65 && last <= 90) || (last >= 48 && last <= 57);
}

/** Small words skipped when matching an acronym's letters: « centre communal d’action sociale ». */
const SMALL_WORDS = new Set(['de', "d'", 'du', 'des', 'la', 'le', "l'", 'les', 'et', 'à', 'au', 'aux', 'pour', 'en', 'sur', 'par']);

/**
 * The letters a normalised word gives to an acronym: the first letter, without its accent, of each part
 * (split at its elision and hyphens) that is not a small word (once per form; the array is shared: never
 * change it).
 */
const initialsOf = memoizeWord((normal: string): readonly string[] => {
  const found: string[] = [];
  for (const part of splitElision(normal)) {
    if (SMALL_WORDS.has(part)) continue;
    for (const piece of part.split('-')) {
      const letter = stripAccents(piece)[0];
      if (letter && /\p{L}/u.test(letter)) found.push(letter);
    }
  }
  return found;
});

/** Indexes of the words of a sentence whose initials spell an acronym of the same sentence. */
export function acronymExpansions(sentence: FalcSentence): Set<number> {
  const result = new Set<number>();
  const acronyms = sentence.words.filter((word) => word.kind === 'word' && mayBeAcronym(word.value) && valueFacts(word.value).acronym);
  if (acronyms.length === 0) return result;
  // One letter per meaningful word (or part of a hyphenated word), with the index of its word.
  const letters: Array<{ letter: string; word: number }> = [];
  sentence.words.forEach((word, index) => {
    if (word.kind !== 'word' || isAcronymLike(word.value)) return;
    for (const letter of initialsOf(word.normal)) letters.push({ letter, word: index });
  });
  const initials = letters.map((entry) => entry.letter).join('');
  for (const acronym of acronyms) {
    const wanted = writtenMainPart(acronym.value).toLowerCase().replace(/(\p{L})(\d)/gu, (_match, letter: string, digit: string) => letter.repeat(Number(digit)));
    if (wanted.length < 2) continue;
    const at = initials.indexOf(wanted);
    if (at < 0) continue;
    for (let index = letters[at]!.word; index <= letters[at + wanted.length - 1]!.word; index++) result.add(index);
  }
  return result;
}

/** The meaningful words of a jargon phrase (once per phrase; the array is shared: never change it). */
const jargonKeys = memoizeWord((key: string): readonly string[] => termKeys(key));

/** Tokens never judged: an elided word, a token with a digit, a letter alone. */
function tokenSkipped(token: string): boolean {
  return token.endsWith("'") || /\d/.test(token) || !/\p{L}\p{L}/u.test(token);
}

/**
 * What `difficultWords` needs to know of a token whatever the sentence, found once per form: the jargon
 * that may start with it, whether it is skipped for itself, and whether it is rare.
 */
interface TokenVerdict {
  /** Jargon phrases that start with the token (longest first). */
  phrases: readonly JargonPhrase[] | undefined;
  /** The one-word jargon entry of the token. */
  single: JargonEntry | undefined;
  /** Never judged for itself: `tokenSkipped`, or an allowed word. */
  skipped: boolean;
  /** `isRare`. */
  rare: { rare: boolean; pm?: number };
  /** Nothing to report whatever the sentence: no jargon starts here, and the token is skipped or not rare. */
  quiet: boolean;
}

/** Verdicts per lexicon and threshold (its lists and a threshold never change the answer for a form). */
const verdictsByLexicon = new WeakMap<Lexicon, Map<number, (token: string) => TokenVerdict>>();

function tokenVerdicts(language: Lexicon, threshold: number): (token: string) => TokenVerdict {
  let byThreshold = verdictsByLexicon.get(language);
  if (!byThreshold) verdictsByLexicon.set(language, (byThreshold = new Map()));
  let verdicts = byThreshold.get(threshold);
  if (!verdicts) {
    verdicts = memoizeWord((token: string): TokenVerdict => {
      const phrases = JARGON_INDEX.byFirstWord.get(token);
      const single = JARGON_INDEX.single.get(token);
      const skipped = tokenSkipped(token) || language.allowed.has(token);
      const rare = isRare(token, language, threshold);
      return { phrases, single, skipped, rare, quiet: !phrases && !single && (skipped || !rare.rare) };
    });
    byThreshold.set(threshold, verdicts);
  }
  return verdicts;
}

/**
 * `matchJargon` of `jargon-index.ts`, from the verdict of the token at `i` (its index lookups already made).
 * A phrase is only matched over words that follow each other with nothing but spaces between them:
 * « des personnes, physiques ou morales » does not hold the phrase « personnes physiques ».
 */
function jargonAt(verdict: TokenVerdict, sentence: FalcSentence, tokens: readonly string[], wordOf: readonly number[], i: number): { entry: JargonEntry; length: number } | undefined {
  const { phrases } = verdict;
  if (!phrases) return matchStartingWith(phrases, verdict.single, tokens, i);
  const longest = Math.min(tokens.length, i + phrases[0]!.words.length);
  let end = i + 1;
  while (end < longest && (wordOf[end] === wordOf[end - 1] || joinedBySpaces(sentence, wordOf[end - 1]!, wordOf[end]!))) end++;
  return matchStartingWith(phrases, verdict.single, tokens, i, end);
}

/** True when nothing but white space stands between the sentence's words `before` and `after`. */
function joinedBySpaces(sentence: FalcSentence, before: number, after: number): boolean {
  const last = sentence.words[before]!.nodes.at(-1);
  const first = sentence.words[after]!.nodes[0];
  const { children } = sentence.node;
  let index = last ? children.indexOf(last) : -1;
  // Words whose nodes are not found (never expected) are taken as joined, as before.
  if (index < 0) return true;
  for (index++; index < children.length && children[index] !== first; index++) {
    if (children[index]!.type !== 'WhiteSpaceNode') return false;
  }
  return true;
}

/**
 * Written words never judged (once per form): an e-mail address or a web address (« contact@mairie.fr »,
 * « www.caf.fr »), an acronym.
 */
/** Symbols of units of area and volume (« 25 cm² », « 1 000 cm³ »): a unit, not a rare word. */
const UNIT_SYMBOL = /^[kcdmµ]?m[²³]$/u;

/** A compound with an acronym (« éco-PTZ »): the rule `sigle` judges the acronym. */
const WITH_ACRONYM = /(?:^|-)\p{Lu}{2,}(?:-|$)/u;

const valueSkipped = memoizeWord((value: string): boolean => /[@/]|\p{L}\.\p{L}/u.test(value) || UNIT_SYMBOL.test(value) || WITH_ACRONYM.test(value) || isAcronymLike(value));

/** What this module asks about a written word, once per form (one lookup instead of four). */
interface ValueFacts extends WordForm {
  /** `valueSkipped`. */
  skipped: boolean;
}

const valueFacts = memoizeWord((value: string): ValueFacts => ({ ...wordForm(value), skipped: valueSkipped(value) }));

/** `isProperNoun` of `word-kinds.ts`, from the facts of the word's form (already looked up). */
function properNoun(word: FalcWord, index: number, facts: ValueFacts, frequencies: FrequencyTable | undefined): boolean {
  if (word.kind !== 'word' || !facts.capitalized) return false;
  if (index > 0 || !facts.whole) return true;
  return !frequencies || frequencies.lookup(mainPart(word.normal)) === undefined;
}

/** Words a vocabulary rule never judges: numbers, acronyms, proper nouns, allowed words, letters alone. */
function skipped(sentence: FalcSentence, index: number, verdict: TokenVerdict, language: Lexicon): boolean {
  const word = sentence.words[index]!;
  if (word.kind !== 'word' || verdict.skipped) return true;
  const facts = valueFacts(word.value);
  if (facts.skipped) return true;
  if (language.allowed.has(word.normal)) return true;
  // « une 2^nde phase »: « nde » is the end of the number (seventh reading).
  if (isRaisedOrdinalEnding(sentence.words, index)) return true;
  return properNoun(word, index, facts, language.frequencies);
}

/** What `difficultWords` reads of a sentence whatever its options (`mot-difficile` and `mot-non-explique` both ask). */
const factsOfSentence = new WeakMap<FalcSentence, { spelled: ReadonlySet<number>; addresses: readonly Chunk[] }>();

function sentenceFacts(sentence: FalcSentence): { spelled: ReadonlySet<number>; addresses: readonly Chunk[] } {
  let facts = factsOfSentence.get(sentence);
  if (!facts) {
    facts = { spelled: acronymExpansions(sentence), addresses: sentenceChunks(sentence).filter((chunk) => isAddressLike(chunk.text)) };
    factsOfSentence.set(sentence, facts);
  }
  return facts;
}

/**
 * The difficult words of a sentence, left to right. Words that belong to a glossary term are left
 * out when `skipGlossary` is true.
 */
export function difficultWords(sentence: FalcSentence, language: Lexicon, threshold: number, skipGlossary = true, explained?: Explanations): DifficultWord[] {
  const { tokens, words: wordOf } = wordTokens(sentence.words);
  const verdictOf = tokenVerdicts(language, threshold);
  const found: DifficultWord[] = [];
  // What the sentence needs only when one of its tokens may be reported (most sentences have none).
  let glossaryWords: Set<number> | undefined;
  let spelled: ReadonlySet<number> | undefined;
  let addresses: readonly Chunk[] | undefined;
  const inAddress = (index: number): boolean => {
    const offset = sentence.words[index]?.position.start.offset;
    return offset !== undefined && addresses!.some((chunk) => offset >= (chunk.start.offset ?? Infinity) && offset < (chunk.end.offset ?? -Infinity));
  };
  const needSentenceFacts = (): void => {
    if (glossaryWords) return;
    glossaryWords = new Set<number>();
    if (skipGlossary) {
      for (const match of language.glossary.terms.matches(sentence.words)) {
        for (let index = match.start; index <= match.end; index++) glossaryWords.add(index);
      }
    }
    // The words that spell out an acronym (« la CAF, c’est la caisse d’allocations familiales »): the
    // rule `sigle` asks for them, so they are not judged.
    // Words of a web or e-mail address (« https://www.caf.fr »): an address is not prose.
    ({ spelled, addresses } = sentenceFacts(sentence));
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = wordOf[i]!;
    const verdict = verdictOf(token);
    // No jargon starts here and the word is not rare (or never judged): nothing to report, whatever the sentence.
    if (verdict.quiet) continue;
    const jargon = jargonAt(verdict, sentence, tokens, wordOf, i);
    if (!jargon) {
      // A word that may be rare: its own tests first (a name, an acronym…), they need no sentence facts.
      // A quoted word is mentioned, not used: « le mot “usager” ».
      if (!verdict.rare.rare || sentence.words[word]?.quoted || explained?.words.has(token) || skipped(sentence, word, verdict, language)) continue;
      needSentenceFacts();
      if (spelled!.has(word) || (addresses!.length > 0 && inAddress(word)) || glossaryWords!.has(word)) continue;
      const rare = verdict.rare;
      found.push({ start: word, end: word, kind: 'rare', key: token, ...(rare.pm !== undefined ? { pm: rare.pm } : {}) });
      continue;
    }
    needSentenceFacts();
    if (sentence.words[word]?.quoted || spelled!.has(word) || (addresses!.length > 0 && inAddress(word))) continue;
    const end = wordOf[i + jargon.length - 1]!;
    let covered = false;
    for (let index = word; index <= end; index++) if (glossaryWords!.has(index)) covered = true;
    // A jargon word written as a proper noun (« Tribunal », a name) or allowed is left alone.
    const single = jargon.length === 1;
    const key = single ? token : tokens.slice(i, i + jargon.length).join(' ');
    // A word the text explains (« Mon mandataire est la personne qui … ») is not reported, at any use.
    if (explained && jargonKeys(key).some((part) => explained.words.has(part))) {
      i += jargon.length - 1;
      continue;
    }
    const replacements = single ? fittingReplacements(jargon.entry, tokens, i, language.frequencies) : [...jargon.entry.replacements];
    if (!replacements) continue;
    if (!covered && !(single && skipped(sentence, word, verdict, language))) {
      found.push({ start: word, end, kind: 'jargon', key, entry: jargon.entry, replacements });
      i += jargon.length - 1;
      continue;
    }
    if (explained?.words.has(token)) continue;
    if (glossaryWords!.has(word) || skipped(sentence, word, verdict, language)) continue;
    const rare = verdict.rare;
    if (rare.rare) found.push({ start: word, end: word, kind: 'rare', key: token, ...(rare.pm !== undefined ? { pm: rare.pm } : {}) });
  }
  return found;
}
