import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { countSyllables, syllablesOf } from '../../src/language/syllables.ts';
import { explanationsOf } from '../../src/language/explanations.ts';
import { isProperNoun, mainPart, wordForm } from '../../src/language/word-kinds.ts';
import { memoizeWord } from '../../src/language/word-memo.ts';
import { isAddressLike } from '../_shared/chunks.ts';
import { withoutElision } from '../_shared/elision.ts';

export const options = z
  .object({
    /** A word with more syllables than this is long. Ordinary FALC words have up to 5 (administration, domiciliation). */
    maxSyllables: z.number().int().min(2).default(5),
    /** A word with more letters than this is long (a final plural « s » or « x » is not counted). */
    maxLetters: z.number().int().min(5).default(14),
    /**
     * Words more frequent than this, per million words, are not reported: readers recognise them
     * whole (responsabilité, électricité). 0 reports every long word.
     */
    commonAbove: z.number().min(0).default(20),
  })
  .strict();

export type Options = z.infer<typeof options>;

function letters(value: string): number {
  return (value.replace(/(?<=\p{L}{4})[sx]$/u, '').match(/\p{L}/gu) ?? []).length;
}

/** The finders made, per limits: the same settings come back for every file. */
const finders = new Map<string, (main: string) => string | undefined>();

/**
 * The first part of a word (its parts are split at hyphens, where the line may break) with more syllables
 * or letters than the limits, or undefined (computed once per form and limits).
 */
export function longPartFinder(maxSyllables: number, maxLetters: number): (main: string) => string | undefined {
  const key = `${maxSyllables}/${maxLetters}`;
  let finder = finders.get(key);
  if (!finder) {
    finder = memoizeWord((main: string) => {
      const parts = main.split('-').filter((part) => part !== '');
      // Not through the memo of `countSyllables`: this answer is kept per form already, and the forms of every
      // word would push out the ones other rules ask for.
      return parts.find((part) => syllablesOf(part) > maxSyllables || letters(part) > maxLetters);
    });
    finders.set(key, finder);
  }
  return finder;
}

/**
 * A quick test before the per-form work: a word can have a long part only when its normal form has more
 * characters than the smaller limit (a part is a piece of the word; each letter, and each syllable of letters,
 * takes a character at least), or when it has a digit (« f17317 »: a number is read aloud, with more syllables).
 */
export function mayBeLong(normal: string, maxSyllables: number, maxLetters: number): boolean {
  return normal.length > Math.min(maxSyllables, maxLetters) || hasDigit(normal);
}

/** An ASCII digit in the text (`syllablesOf` reads a part with one as a number). */
function hasDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** `mot-long`: a word has too many syllables or letters. Reported once per word and file. */
export default defineRule({
  id: 'mot-long',
  title: 'Mot très long',
  severity: 'info',
  options,
  check({ facts, options, report, language }) {
    const seen = new Set<string>();
    const longPart = longPartFinder(options.maxSyllables, options.maxLetters);
    // A long word the text explains (« La domiciliation, c’est une adresse… ») is fine at every use.
    const explained = explanationsOf(facts);
    for (const sentence of facts.sentences) {
      const words = sentence.words;
      // The words of the glossary's terms, found only when the sentence has a long word (most have none).
      let inGlossary: Set<number> | undefined;
      for (let index = 0; index < words.length; index++) {
        const word = words[index]!;
        // `mayBeLong`: most words are short and need nothing else.
        if (word.kind !== 'word' || !mayBeLong(word.normal, options.maxSyllables, options.maxLetters) || word.quoted) continue;
        const main = mainPart(word.normal);
        // Most words are not long: that test (once per form) comes before the others, which only leave words out.
        const long = longPart(main);
        if (!long) continue;
        if (!inGlossary) {
          inGlossary = new Set<number>();
          for (const match of language.glossary.terms.matches(words)) for (let at = match.start; at <= match.end; at++) inGlossary.add(at);
        }
        // « diplomatie.gouv.fr »: a web address, not a word to shorten (the reader types it as written).
        if (inGlossary.has(index) || wordForm(word.value).acronym || isAddressLike(word.value)) continue;
        if (seen.has(main) || language.allowed.has(main) || language.allowed.has(word.normal) || explained.words.has(main)) continue;
        if (isProperNoun(sentence, index, language.frequencies)) continue;
        const frequency = language.frequencies?.lookup(main)?.pm;
        if (options.commonAbove > 0 && frequency !== undefined && frequency >= options.commonAbove) continue;
        seen.add(main);
        const syllables = countSyllables(long);
        // The letters as the author counts them, the plural « s » too (« caractéristiques » : 16 lettres).
        const why = syllables > options.maxSyllables ? `${syllables} syllabes` : `${(long.match(/\p{L}/gu) ?? []).length} lettres`;
        // « d’immatriculation »: the message quotes the long word, not the « d’ » before it (seventh reading).
        const { written, place } = withoutElision(word);
        report(
          `Le mot « ${written} » est très long : ${why}. Un mot long est difficile à lire. Choisissez un mot plus court ou expliquez ce mot.`,
          { place, actual: written },
        );
      }
    }
  },
});
