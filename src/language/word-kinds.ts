/**
 * What kind of word a token is, for the vocabulary rules: acronym, proper noun, number.
 * Pure code: no Node-only API.
 */
import { splitElision, startsWithCapital } from '../engine/normalize.ts';
import type { FalcSentence, FalcWord } from '../engine/types.ts';
import type { FrequencyTable } from './frequencies.ts';
import { cleanToken } from './glossary.ts';
import { memoizeWord } from './word-memo.ts';

/** A word written in capitals, such as an acronym: CCAS, RSA, C2S. */
export const isAcronymLike = memoizeWord(acronymLike);

function acronymLike(value: string): boolean {
  return /^\p{Lu}[\p{Lu}\d]*\p{Lu}\d*$/u.test(value.replace(/^\p{L}+['’]/u, ''));
}

/** The word without its elided clitic: `l'administration` → `administration` (computed once per form). */
export const mainPart = memoizeWord(function mainPart(normal: string): string {
  const parts = splitElision(cleanToken(normal));
  return parts[parts.length - 1] ?? normal;
});

/** The word as written without its elided clitic: `l’Administration` → `Administration` (once per form). */
export const writtenMainPart = memoizeWord(function writtenMainPart(value: string): string {
  return value.replace(/^(?:\p{L}{1,6}['’])+(?=\p{L})/u, '');
});

/** True when the written word starts with a capital (once per form). */
const capitalized = memoizeWord(startsWithCapital);

/**
 * True when the word is a proper noun: it starts with a capital and is not the first word of the
 * sentence, or it is the first word, starts with a capital and is not in the frequency list.
 */
export function isProperNoun(sentence: FalcSentence, index: number, frequencies: FrequencyTable | undefined): boolean {
  const word: FalcWord | undefined = sentence.words[index];
  if (!word || word.kind !== 'word') return false;
  const written = writtenMainPart(word.value);
  if (!capitalized(written)) return false;
  if (index > 0 || written !== word.value) return true;
  return !frequencies || frequencies.lookup(mainPart(word.normal)) === undefined;
}
