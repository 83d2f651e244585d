import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';

export const options = z
  .object({
    /** Most words in a sentence. FALC sources say 15; info.gouv.fr says 12. */
    max: z.number().int().min(5).default(15),
    /** From this many words, an `info` message suggests cutting (optional). */
    warnAt: z.number().int().min(5).optional(),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** `phrase-longue`: a sentence has more than `max` words. */
export default defineRule({
  id: 'phrase-longue',
  title: 'Phrase trop longue',
  severity: 'error',
  options,
  check({ facts, options, report }) {
    for (const sentence of facts.sentences) {
      const count = sentence.words.length;
      if (count > options.max) {
        report(
          `Cette phrase a ${count} mots. Une phrase longue est difficile à lire et à retenir. Coupez-la en phrases de ${options.max} mots au plus.`,
          { place: sentence.position, actual: sentence.text },
        );
      } else if (options.warnAt !== undefined && count > options.warnAt) {
        const message = report(
          `Cette phrase a ${count} mots. Elle est presque trop longue. Essayez de la couper en 2 phrases.`,
          { place: sentence.position, actual: sentence.text },
        );
        message.fatal = undefined;
      }
    }
  },
});
