import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { cleanHeading } from '../_shared/headings.ts';
import { visitTypes } from '../_shared/visit-types.ts';

export const options = z
  .object({
    /** Components that say where to go. */
    components: z.array(z.string()).default(['Lieu']),
    /**
     * Beginnings of headings that announce where to go or whom to ask, compared in lower case,
     * with `'` for apostrophes.
     */
    headings: z
      .array(z.string())
      .default([
        'où aller',
        'où vous adresser',
        'où s\'adresser',
        'à qui s\'adresser',
        'à qui vous adresser',
        'à qui demander',
        'qui peut vous aider',
        'qui peut m\'aider',
        'qui contacter',
        'qui appeler',
        'contact',
        'nous contacter',
        'pour nous contacter',
        'où trouver de l\'aide',
        'où demander de l\'aide',
        'besoin d\'aide',
        'vous avez besoin d\'aide',
        'vous avez des questions',
        'adresses utiles',
      ]),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** `contact`: a guide does not say where to go or whom to ask (no `<Lieu>`, no « Où aller ? » part). */
export default defineRule({
  id: 'contact',
  title: 'Pas de contact',
  severity: 'error',
  options,
  check({ facts, options, report }) {
    if (facts.kind !== 'guide') return;
    const components = new Set(options.components);
    const headings = options.headings.map((heading) => cleanHeading(heading));
    let found = false;
    visitTypes(facts.mdast, ['mdxJsxFlowElement', 'mdxJsxTextElement', 'heading'], (node) => {
      if (found) return false;
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && components.has(node.name)) {
        found = true;
      } else if (node.type === 'heading') {
        const text = cleanHeading(toString(node));
        // « Contact », « Contacts », « Où aller ? », « Où aller pour demander de l’aide ? »
        if (headings.some((start) => text === start || text === `${start}s` || text.startsWith(`${start} `))) found = true;
      }
      return undefined;
    });
    if (found) return;
    const first = facts.mdast.children.find((node) => node.type !== 'yaml');
    report(
      'Le guide ne dit pas où aller ni à qui demander de l’aide. Le lecteur a besoin de savoir qui peut l’aider. Ajoutez un composant <Lieu> ou une partie « Où aller ? » avec l’adresse, le téléphone et les horaires.',
      { place: first?.position?.start ? { start: first.position.start, end: first.position.start } : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } },
    );
  },
});
