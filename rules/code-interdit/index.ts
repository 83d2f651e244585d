import { z } from 'zod';
import { findMarkupProblems } from '../../src/engine/allow-list.ts';
import { defineRule } from '../../src/engine/define-rule.ts';

export const options = z.object({}).strict();

/**
 * `code-interdit`: code or unsafe markup in a guide (import/export, {expressions}, raw HTML, `on*` and
 * `style` attributes, `javascript:` or `data:` addresses, images from another site). The allow-list is
 * src/engine/allow-list.ts: the Astro build refuses the same things before MDX is compiled.
 */
export default defineRule({
  id: 'code-interdit',
  title: 'Code interdit dans un guide',
  severity: 'error',
  options,
  check({ facts, report }) {
    for (const problem of findMarkupProblems(facts.mdast)) {
      if (problem.ruleId !== 'code-interdit') continue;
      report(problem.reason, { place: problem.place, actual: problem.actual });
    }
  },
});
