import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import type { FalcSentence } from '../../src/engine/types.ts';
import { DEFAULT_THRESHOLD, difficultWords } from './difficulty.ts';
import { trimEnd } from '../../src/engine/trim.ts';

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

const ARTICLE = "(?:(?:le|la|les|un|une|des|du|de)\\s+|[ld]')";
/**
 * « L’isoloir est une petite cabine », « L’urne, c’est une boîte transparente »: the first word is
 * explained, by at least 2 words (« La subsidiarité est un principe » explains nothing).
 */
const DEFINES_SUBJECT = new RegExp(`^${ARTICLE}?([\\p{L}-]+)(?:\\s+(?:est|sont)\\s+|\\s*,\\s*c'est\\s+)${ARTICLE}[\\p{L}'-]+\\s+[\\p{L}'-]+`, 'iu');
/** « Cela s’appelle une procuration », « Ce papier s’appelle aussi le RIB »: the last word is explained. */
const DEFINES_NAME = new RegExp(`s'appellen?t?\\s+(?:aussi\\s+)?${ARTICLE}?([\\p{L}-]+)\\s*[.!]?$`, 'iu');

/**
 * Words that the text itself explains, in a sentence of their own: « L’isoloir est une petite
 * cabine. », « Cela s’appelle une procuration. ». Such a word is explained where the reader
 * meets it, as FALC asks: it is not reported.
 */
export function explainedWords(sentences: readonly FalcSentence[]): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentences) {
    const text = sentence.text.normalize('NFC').replace(/’/g, "'").trim();
    for (const pattern of [DEFINES_SUBJECT, DEFINES_NAME]) {
      const match = pattern.exec(text);
      if (match?.[1]) words.add(match[1].toLowerCase());
    }
  }
  return words;
}

/** `mot-difficile`: administrative jargon (with simpler words) and rare words. */
export default defineRule({
  id: 'mot-difficile',
  title: 'Mot difficile',
  severity: 'warning',
  options,
  check({ facts, options, report, language }) {
    const seenRare = new Set<string>();
    const explained = explainedWords(facts.sentences);
    for (const sentence of facts.sentences) {
      for (const found of difficultWords(sentence, language, options.threshold)) {
        if (found.start === found.end && explained.has(found.key)) continue;
        const first = sentence.words[found.start]!;
        const last = sentence.words[found.end]!;
        const place = { start: first.position.start, end: last.position.end };
        const actual = trimEnd(sentence.words.slice(found.start, found.end + 1).map((word) => word.value).join(' '), /[^\p{L}\p{N}’']/u);
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
