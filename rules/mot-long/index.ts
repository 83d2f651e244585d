import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { countSyllables } from '../../src/language/syllables.ts';
import { explanationsOf } from '../../src/language/explanations.ts';
import { isAcronymLike, isProperNoun, mainPart } from '../../src/language/word-kinds.ts';

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

/** `mot-long`: a word has too many syllables or letters. Reported once per word and file. */
export default defineRule({
  id: 'mot-long',
  title: 'Mot très long',
  severity: 'info',
  options,
  check({ facts, options, report, language }) {
    const seen = new Set<string>();
    // A long word the text explains (« La domiciliation, c’est une adresse… ») is fine at every use.
    const explained = explanationsOf(facts);
    for (const sentence of facts.sentences) {
      const matches = language.glossary.terms.matches(sentence.words);
      const inGlossary = new Set<number>();
      for (const match of matches) for (let index = match.start; index <= match.end; index++) inGlossary.add(index);
      sentence.words.forEach((word, index) => {
        if (word.kind !== 'word' || word.quoted || inGlossary.has(index) || isAcronymLike(word.value)) return;
        const main = mainPart(word.normal);
        if (seen.has(main) || language.allowed.has(main) || language.allowed.has(word.normal) || explained.words.has(main)) return;
        if (isProperNoun(sentence, index, language.frequencies)) return;
        const frequency = language.frequencies?.lookup(main)?.pm;
        if (options.commonAbove > 0 && frequency !== undefined && frequency >= options.commonAbove) return;
        // A hyphen is a place where the line may break: each part is measured on its own.
        const parts = main.split('-').filter((part) => part !== '');
        const long = parts.find((part) => countSyllables(part) > options.maxSyllables || letters(part) > options.maxLetters);
        if (!long) return;
        seen.add(main);
        const syllables = countSyllables(long);
        const why = syllables > options.maxSyllables ? `${syllables} syllabes` : `${letters(long)} lettres`;
        report(
          `Le mot « ${word.value} » est très long : ${why}. Un mot long est difficile à lire. Choisissez un mot plus court ou expliquez ce mot.`,
          { place: word.position, actual: word.value },
        );
      });
    }
  },
});
