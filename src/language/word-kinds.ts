/**
 * What kind of word a token is, for the vocabulary rules: acronym, proper noun, number.
 * Pure code: no Node-only API.
 */
import { splitElision, startsWithCapital } from '../engine/normalize.ts';
import type { FalcSentence, FalcWord } from '../engine/types.ts';
import type { FrequencyTable } from './frequencies.ts';
import { cleanToken, isBareToken } from './glossary.ts';
import { memoizeWord } from './word-memo.ts';

/**
 * Words that lose their vowel before a word that starts with a vowel (or a mute h): « de héritage » is written
 * « d'héritage », « le est » « l'est », « que obtenir » « qu'obtenir ». A replacement that starts with a vowel
 * after one of them changes a word outside the replaced one.
 */
export const ELIDED_BEFORE_VOWEL: ReadonlySet<string> = new Set(['le', 'la', 'de', 'ne', 'se', 'me', 'te', 'je', 'que', 'ce', 'jusque', 'lorsque', 'puisque', 'quoique']);

/** The end of an ordinal number: « er » of « 1er », « nde » of « 2nde », « ème » of « 3ème ». */
const ORDINAL_ENDING = /^(?:er|re|ère|e|es|d|nd|nde|ndes|ème|èmes|eme)$/iu;

/**
 * True when the word at `index` is the end of an ordinal raised after its number, one sign away: « 2^nde »,
 * « 1^er » (fiche F21012, seventh reading). Not a word to spell-check or to explain: the rule
 * `caractere-special` reports the « ^ ».
 */
export function isRaisedOrdinalEnding(words: readonly FalcWord[], index: number): boolean {
  const word = words[index];
  const number = words[index - 1];
  if (!word || number?.kind !== 'number' || !ORDINAL_ENDING.test(word.value)) return false;
  const gap = (word.position.start.offset ?? 0) - (number.position.end.offset ?? 0);
  return gap === 1;
}

/** A word written in capitals, such as an acronym: CCAS, RSA, C2S. */
export const isAcronymLike = memoizeWord(acronymLike);

function acronymLike(value: string): boolean {
  return /^\p{Lu}[\p{Lu}\d]*\p{Lu}\d*$/u.test(value.replace(/^\p{L}+['’]/u, ''));
}

/** The word without its elided clitic: `l'administration` → `administration` (computed once per form). */
export function mainPart(normal: string): string {
  // Most words: no clitic and nothing to trim (no look-up needed).
  return isBareToken(normal) ? normal : mainPartOnce(normal);
}

const mainPartOnce = memoizeWord((normal: string): string => {
  const parts = splitElision(cleanToken(normal));
  return parts[parts.length - 1] ?? normal;
});

/** The word as written without its elided clitic: `l’Administration` → `Administration` (once per form). */
export const writtenMainPart = memoizeWord(function writtenMainPart(value: string): string {
  return value.replace(/^(?:\p{L}{1,6}['’])+(?=\p{L})/u, '');
});

/** What the vocabulary rules ask about a written word, found with one lookup (once per form). */
export interface WordForm {
  /** `isAcronymLike`. */
  acronym: boolean;
  /** The word after its elided clitic starts with a capital. */
  capitalized: boolean;
  /** The word has no elided clitic (`writtenMainPart(value) === value`). */
  whole: boolean;
}

export const wordForm = memoizeWord((value: string): WordForm => {
  const written = value.replace(/^(?:\p{L}{1,6}['’])+(?=\p{L})/u, '');
  return { acronym: acronymLike(value), capitalized: startsWithCapital(written), whole: written === value };
});

/**
 * True when the word is a proper noun: it starts with a capital and is not the first word of the
 * sentence, or it is the first word, starts with a capital and is not in the frequency list.
 */
export function isProperNoun(sentence: FalcSentence, index: number, frequencies: FrequencyTable | undefined): boolean {
  const word: FalcWord | undefined = sentence.words[index];
  if (!word || word.kind !== 'word') return false;
  return isProperNounForm(wordForm(word.value), index, word.normal, frequencies);
}

/**
 * `isProperNoun` for a word whose `wordForm` the caller already has: `index` is its place in the
 * sentence, `normal` its normal form.
 */
export function isProperNounForm(form: { capitalized: boolean; whole: boolean }, index: number, normal: string, frequencies: FrequencyTable | undefined): boolean {
  if (!form.capitalized) return false;
  if (index > 0 || !form.whole) return true;
  return !frequencies || frequencies.lookup(mainPart(normal)) === undefined;
}
