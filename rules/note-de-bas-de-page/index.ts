import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { visitTypes } from '../_shared/visit-types.ts';

export const options = z.object({}).strict();

/**
 * Superscript digits used as note calls. ² and ³ after a unit are not notes: « m² », « cm³ », and the units
 * written in words, « 2,5 mètres/seconde² » (fiche F2344).
 */
const SUPERSCRIPT_CALL = /([\p{L}\p{N}.,;:!?»")\]])([¹²³⁴⁵⁶⁷⁸⁹⁰]+)/gu;
const UNIT_BEFORE = /(^|[^\p{L}])(m|cm|mm|km|dm|µm|s|(?:milli|centi|déci|kilo)?mètres?|secondes?)$/iu;

/** Content of a superscript that is a note call: « 1 », « 12 », « * », « † », « a ». Not « er », « e », « ème ». */
function isNoteCall(text: string): boolean {
  return /^\s*(\d{1,3}|\*{1,3}|†|‡)\s*$/.test(text);
}

/** `note-de-bas-de-page`: a footnote (`[^1]`) or a note call in superscript (¹, <sup>1</sup>). */
export default defineRule({
  id: 'note-de-bas-de-page',
  title: 'Note de bas de page',
  severity: 'error',
  options,
  check({ facts, report }) {
    const call = 'Ce texte renvoie à une note de bas de page. Le lecteur doit chercher la note plus loin et il perd le fil. Écrivez l’information dans le texte, à l’endroit où le lecteur en a besoin.';
    visitTypes(facts.mdast, ['footnoteReference', 'footnoteDefinition', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html', 'text'], (node, index, parent) => {
      if (node.type === 'footnoteReference') {
        report(call, { place: node.position, actual: `[^${node.label ?? node.identifier}]` });
        return;
      }
      if (node.type === 'footnoteDefinition') {
        const text = toString(node);
        report('Cette note de bas de page est difficile à trouver pour le lecteur. Écrivez cette information dans le texte, à l’endroit où le lecteur en a besoin.', {
          place: node.position,
          actual: text,
        });
        return 'skip';
      }
      // <sup>1</sup> in MDX.
      if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'sup' && isNoteCall(toString(node))) {
        report(call, { place: node.position, actual: toString(node) });
        return 'skip';
      }
      // <sup>1</sup> in Markdown: three inline html and text nodes.
      if (node.type === 'html' && parent && index !== undefined) {
        const whole = /<sup\b[^<>]*>([^<]*)<\/sup>/i.exec(node.value);
        if (whole && isNoteCall(whole[1]!)) {
          report(call, { place: node.position, actual: whole[1]!.trim() });
          return;
        }
        if (/^<sup\b[^<>]*>$/i.test(node.value)) {
          const inner = parent.children[index + 1];
          const close = parent.children[index + 2];
          if (inner?.type === 'text' && isNoteCall(inner.value) && close?.type === 'html' && /^<\/sup>$/i.test(close.value)) {
            report(call, { place: inner.position, actual: inner.value.trim() });
          }
        }
        return;
      }
      // Superscript digits glued to a word: « logement¹ ».
      if (node.type === 'text') {
        for (const match of node.value.matchAll(SUPERSCRIPT_CALL)) {
          const before = node.value.slice(0, match.index + 1);
          if (/^[²³]$/.test(match[2]!) && UNIT_BEFORE.test(before)) continue;
          const start = node.position?.start;
          const offset = match.index + match[1]!.length;
          const place =
            start && !node.value.slice(0, offset).includes('\n')
              ? {
                  start: { line: start.line, column: start.column + offset, ...(start.offset !== undefined ? { offset: start.offset + offset } : {}) },
                  end: { line: start.line, column: start.column + offset + match[2]!.length, ...(start.offset !== undefined ? { offset: start.offset + offset + match[2]!.length } : {}) },
                }
              : node.position;
          report(call, { place, actual: match[2]! });
        }
      }
      return undefined;
    });
  },
});
