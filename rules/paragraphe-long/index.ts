import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';

export const options = z
  .object({
    /** Most sentences in a paragraph. */
    maxSentences: z.number().int().min(1).default(5),
    /** Most words in a paragraph. */
    maxWords: z.number().int().min(5).default(60),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** `paragraphe-long`: a paragraph with too many sentences or too many words. */
export default defineRule({
  id: 'paragraphe-long',
  title: 'Paragraphe trop long',
  severity: 'warning',
  options,
  check({ facts, options, report }) {
    for (const block of facts.blocks) {
      if (block.type !== 'paragraph') continue;
      const sentences = block.sentences.length;
      const words = block.sentences.reduce((total, sentence) => total + sentence.words.length, 0);
      const tooManySentences = sentences > options.maxSentences;
      const tooManyWords = words > options.maxWords;
      if (!tooManySentences && !tooManyWords) continue;
      const what = tooManySentences && tooManyWords
        ? `${sentences} phrases et ${words} mots`
        : tooManySentences
          ? `${sentences} phrases`
          : `${words} mots`;
      report(
        `Ce paragraphe a ${what}. Un long paragraphe fatigue le lecteur. Coupez-le en paragraphes de ${options.maxSentences} phrases et ${options.maxWords} mots au plus.`,
        { place: block.position },
      );
    }
  },
});
