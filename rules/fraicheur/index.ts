import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { dateInWords } from '../../src/site/format.ts';
import { headerFieldPlace } from '../_shared/frontmatter-place.ts';

export const options = z
  .object({
    /** Months after which the facts of a guide must be checked again against the sources. */
    months: z.number().int().min(1).default(12),
    /** Today's date (YYYY-MM-DD), for reproducible checks; by default, the day of the check. */
    today: z.iso.date().optional(),
  })
  .strict();

export type Options = z.infer<typeof options>;

/**
 * `fraicheur`: each guide says when its facts were last checked against the official sources
 * (`verifie`, or `updated` when there is no `verifie`). Rules and amounts change: after 12 months,
 * the facts must be checked again.
 */
export default defineRule({
  id: 'fraicheur',
  title: 'Faits à vérifier de nouveau',
  severity: 'warning',
  options,
  check({ facts, options, report }) {
    if (facts.kind !== 'guide' || !facts.frontmatter) return;
    const field = facts.frontmatter.verifie instanceof Date ? 'verifie' : 'updated';
    const checked = facts.frontmatter[field];
    if (!(checked instanceof Date) || Number.isNaN(checked.getTime())) return;
    const today = options.today ? new Date(`${options.today}T00:00:00Z`) : new Date();
    const limit = new Date(checked);
    limit.setUTCMonth(limit.getUTCMonth() + options.months);
    if (today <= limit) return;
    report(
      `Les faits de ce guide ont été vérifiés le ${dateInWords(checked)}, il y a plus de ${options.months} mois. Les règles et les montants changent. Vérifiez de nouveau chaque fait avec les sources officielles, puis écrivez la date du jour dans le champ verifie de l’en-tête.`,
      { place: headerFieldPlace(facts.mdast, field), actual: checked.toISOString().slice(0, 10) },
    );
  },
});
