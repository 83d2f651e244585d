import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { visitTypes } from '../_shared/visit-types.ts';

export const options = z
  .object({
    /** Components that show a step: each one needs a `picto`. */
    components: z.array(z.string()).default(['Etape']),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** `etape-sans-picto`: an `<Etape>` without a `picto` attribute, or with an empty one. */
export default defineRule({
  id: 'etape-sans-picto',
  title: 'Étape sans pictogramme',
  severity: 'error',
  options,
  check({ facts, options, report }) {
    const components = new Set(options.components);
    visitTypes(facts.mdast, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name || !components.has(node.name)) return;
      const picto = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'picto');
      // A value computed in braces (picto={nom}) cannot be checked here: it counts as given.
      const value = picto?.value;
      const empty = !picto || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
      if (!empty) return;
      const titre = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'titre')?.value;
      const label = typeof titre === 'string' && titre.trim() !== '' ? ` « ${titre.trim()} »` : '';
      report(
        `L’étape${label} n’a pas de pictogramme. Le dessin aide le lecteur à comprendre et à retrouver l’étape. Ajoutez picto="…" avec un nom de la page /pictos/.`,
        { place: node.position, actual: `<${node.name}>` },
      );
    });
  },
});
