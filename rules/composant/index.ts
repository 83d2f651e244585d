import type { Nodes } from 'mdast';
import { z } from 'zod';
import { componentContract } from '../../src/components/contract.ts';
import { findMarkupProblems, isCodeAttribute } from '../../src/engine/allow-list.ts';
import { closest } from '../../src/engine/closest.ts';
import { defineRule } from '../../src/engine/define-rule.ts';
import { nodeIndex } from '../../src/engine/node-index.ts';
import { PICTO_NAMES } from '../../src/pictos/catalogue.ts';
import { visitTypes } from '../_shared/visit-types.ts';

export const options = z
  .object({
    /** Extra component names allowed (for a site that adds its own components). */
    allow: z.array(z.string()).default([]),
  })
  .strict();

export type Options = z.infer<typeof options>;

type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function isJsx(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The pictogram names closest to a wrong name (at most 2 letters apart). */
export function closestPictos(name: string): string[] {
  return closest(name, PICTO_NAMES);
}

/** `composant`: an unknown MDX component, an unknown or missing prop, an unknown pictogram. */
export default defineRule({
  id: 'composant',
  title: 'Composant mal écrit',
  severity: 'error',
  options,
  check({ facts, options, report }) {
    const allow = new Set(options.allow);
    // Names in the wrong case or misspelled, unknown attributes: the allow-list finds them (the build refuses them too).
    for (const problem of findMarkupProblems(facts.mdast, { components: allow })) {
      if (problem.ruleId !== 'composant') continue;
      report(problem.reason, { place: problem.place, actual: problem.actual, ...(problem.expected ? { expected: problem.expected } : {}) });
    }
    // The components come from the engine's node index (one walk per file, shared by every rule).
    visitTypes(facts.mdast, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      if (!node.name || allow.has(node.name)) return;
      const name = node.name;
      const contract = componentContract(name);
      if (!contract) return;
      // A parent in the wrong case (`<etapes>`) is reported once, on the parent itself.
      const parent = contract.parent?.toLowerCase();
      if (parent && !nodeIndex(facts.mdast).ancestors(node).some((ancestor) => isJsx(ancestor) && ancestor.name?.toLowerCase() === parent)) {
        report(`La balise <${name}> doit être à l’intérieur d’une balise <${contract.parent}>. Sinon, le site ne l’affiche pas bien. Mettez-la entre <${contract.parent}> et </${contract.parent}>.`, {
          place: node.position,
          actual: `<${name}>`,
        });
      }
      const given = new Map<string, JsxElement['attributes'][number]>();
      for (const attribute of node.attributes) {
        // Code in an attribute (`onclick`, `style`, `{…}`) is reported by code-interdit.
        if (attribute.type !== 'mdxJsxAttribute' || isCodeAttribute(attribute)) continue;
        given.set(attribute.name, attribute);
        const prop = contract.props[attribute.name];
        // An attribute the contract does not name: the allow-list reports it (the build refuses it too).
        if (!prop) continue;
        if (typeof attribute.value !== 'string') continue;
        const value = attribute.value.trim();
        if (prop.picto && value !== '' && !PICTO_NAMES.has(value)) {
          const close = closestPictos(value);
          report(
            `Le pictogramme « ${value} » de la balise <${name}> n’existe pas. Choisissez un nom sur la page /pictos/.${
              close.length > 0 ? ` Vous vouliez peut-être écrire « ${close[0]} ».` : ''
            }`,
            { place: attribute.position ?? node.position, actual: value, expected: close },
          );
        }
        if (prop.values && !prop.values.includes(value)) {
          report(
            `L’attribut « ${attribute.name} » de la balise <${name}> vaut « ${value} ». Choisissez : ${prop.values.join(', ')}.`,
            { place: attribute.position ?? node.position, actual: value, expected: [...prop.values] },
          );
        }
      }
      for (const [propName, prop] of Object.entries(contract.props)) {
        if (!prop.required || prop.missingReportedBy) continue;
        const attribute = given.get(propName);
        const missing = !attribute || attribute.value === null || attribute.value === undefined || (typeof attribute.value === 'string' && attribute.value.trim() === '');
        if (!missing) continue;
        report(
          `Il manque l’attribut « ${propName} » à la balise <${name}>. ${prop.description} Ajoutez ${propName}="…" dans la balise.`,
          { place: node.position, actual: `<${name}>` },
        );
      }
    });
  },
});
