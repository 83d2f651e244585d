import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { isAccidentalEmphasis } from '../../src/engine/markup-mistakes.ts';
import { visitTypes } from '../_shared/visit-types.ts';

export const options = z.object({}).strict();

/** HTML and JSX elements that show text in italics. */
const ITALIC_ELEMENTS = new Set(['em', 'i', 'cite', 'var', 'dfn']);

/** `italique`: text in italics (`*texte*`, `_texte_`, `<em>`, `<i>`). */
export default defineRule({
  id: 'italique',
  title: 'Texte en italique',
  severity: 'error',
  options,
  check({ facts, file, report }) {
    const source = String(file.value);
    visitTypes(facts.mdast, ['emphasis', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html'], (node) => {
      const isJsxItalic =
        (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name !== null && ITALIC_ELEMENTS.has(node.name);
      const isHtmlItalic = node.type === 'html' && /^<(em|i)[\s>]/i.test(node.value);
      if (node.type !== 'emphasis' && !isJsxItalic && !isHtmlItalic) return;
      // `12100*03 ou 12101*02`: a lone star, not italics the author wanted (mise-en-forme reports it).
      if (node.type === 'emphasis' && isAccidentalEmphasis(node, source)) return;
      const text = node.type === 'html' ? node.value.replace(/<[^<>]*>/g, '') : toString(node);
      report(
        'Ce texte est en italique. Les lettres penchées sont difficiles à lire. Écrivez ce texte en lettres droites. Pour montrer un mot important, mettez-le en gras.',
        { place: node.position, actual: text, expected: text ? [text] : [] },
      );
      return 'skip';
    });
  },
});
