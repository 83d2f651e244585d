import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { DEFAULT_THRESHOLD, difficultWords } from './difficulty.ts';

export const options = z
  .object({
    /**
     * A word is rare under this many occurrences per million words: the largest of its frequency in
     * films, in books and of its lemma. Words absent from the list of 30,000 forms are rare too.
     */
    threshold: z.number().min(0).default(DEFAULT_THRESHOLD),
    /** Report rare words (not only jargon). */
    rare: z.boolean().default(true),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** `mot-difficile`: administrative jargon (with simpler words) and rare words. */
export default defineRule({
  id: 'mot-difficile',
  title: 'Mot difficile',
  severity: 'warning',
  options,
  check({ facts, options, report, language }) {
    const seenRare = new Set<string>();
    for (const sentence of facts.sentences) {
      for (const found of difficultWords(sentence, language, options.threshold)) {
        const first = sentence.words[found.start]!;
        const last = sentence.words[found.end]!;
        const place = { start: first.position.start, end: last.position.end };
        const actual = sentence.words.slice(found.start, found.end + 1).map((word) => word.value).join(' ').replace(/[^\p{L}\p{N}’']+$/u, '');
        if (found.kind === 'jargon' && found.entry) {
          const replacements = found.entry.replacements;
          report(
            `« ${actual} » est un mot administratif. Beaucoup de lecteurs ne le comprennent pas. Écrivez plutôt ${replacements.map((value) => `« ${value} »`).join(' ou ')}.`,
            { place, actual, expected: [...replacements] },
          );
        } else if (options.rare && !seenRare.has(found.key)) {
          seenRare.add(found.key);
          report(
            `Le mot « ${actual} » est rare. Beaucoup de lecteurs ne le connaissent pas. Choisissez un mot courant, ou expliquez ce mot dans le glossaire.`,
            { place, actual },
          );
        }
      }
    }
  },
});
