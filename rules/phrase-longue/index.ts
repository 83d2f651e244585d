import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { applySeverity } from '../../src/engine/messages.ts';
import type { Severity } from '../../src/engine/types.ts';
import { readerWordCount } from '../_shared/chunks.ts';

export const options = z
  .object({
    /** Most words in a sentence. FALC sources say 15; info.gouv.fr says 12. */
    max: z.number().int().min(5).default(15),
    /**
     * A sentence of `max + 1` to `max + tolerance` words gets a message one level lower (a warning when the
     * rule is an error): proofread FALC texts often have sentences of 16 to 20 words, and 15 is a guide, not
     * a law. 0 gives every long sentence the rule's level.
     */
    tolerance: z.number().int().min(0).default(5),
    /** From this many words, an `info` message suggests cutting (optional). */
    warnAt: z.number().int().min(5).optional(),
  })
  .strict();

export type Options = z.infer<typeof options>;

const LOWER: Record<Exclude<Severity, 'off'>, Exclude<Severity, 'off'>> = { error: 'warning', warning: 'info', info: 'info' };

/** `phrase-longue`: a sentence has more than `max` words. */
export default defineRule({
  id: 'phrase-longue',
  title: 'Phrase trop longue',
  severity: 'error',
  options,
  check({ facts, file, options, report, settings }) {
    let source: string | undefined;
    for (const sentence of facts.sentences) {
      // « n°16097 », « 1^er », « époux(se) » are one word each for the reader (eleventh and twelfth readings). Only a
      // sentence that may be too long is counted again.
      const count = sentence.words.length > Math.min(options.max, options.warnAt ?? options.max) ? readerWordCount((source ??= String(file.value ?? '')), sentence.words) : sentence.words.length;
      if (count > options.max) {
        const message = report(
          `Cette phrase a ${count} mots. Une phrase longue est difficile à lire et à retenir. Coupez-la en phrases de ${options.max} mots au plus.`,
          { place: sentence.position, actual: sentence.text },
        );
        if (count <= options.max + options.tolerance) applySeverity(message, LOWER[settings.severity]);
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
