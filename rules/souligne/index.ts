import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { visitTypes } from '../_shared/visit-types.ts';

export const options = z.object({}).strict();

/** Elements that underline their text. */
const UNDERLINE_ELEMENTS = new Set(['u', 'ins']);

/** A style or class that underlines: `textDecoration: 'underline'`, `text-decoration: underline`, class `underline`. */
function underlineAttribute(attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>): boolean {
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const raw = typeof attribute.value === 'string' ? attribute.value : attribute.value?.value ?? '';
    if (attribute.name === 'style' && /text-?decoration(-line)?['"]?\s*:\s*['"]?[^'";}]*underline/i.test(raw)) return true;
    if ((attribute.name === 'className' || attribute.name === 'class') && /(^|[\s'"`])underline($|[\s'"`])/.test(raw)) return true;
  }
  return false;
}

/** `souligne`: underlined text (<u>, <ins>, a style with `underline`). Links are underlined by the site: allowed. */
export default defineRule({
  id: 'souligne',
  title: 'Texte souligné',
  severity: 'error',
  options,
  check({ facts, file, report }) {
    const source = String(file.value ?? '');
    const reason = (text: string) =>
      `Ce texte est souligné${text ? ` : « ${text} »` : ''}. Le lecteur croit qu’un texte souligné est un lien. Pour montrer un mot important, mettez-le en gras.`;
    visitTypes(facts.mdast, ['mdxJsxFlowElement', 'mdxJsxTextElement', 'html'], (node, index, parent) => {
      if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
        if (node.name === 'a') return 'skip';
        if ((node.name && UNDERLINE_ELEMENTS.has(node.name)) || underlineAttribute(node.attributes)) {
          const text = toString(node);
          const from = node.position?.start.offset;
          const to = node.position?.end.offset;
          const actual = from !== undefined && to !== undefined ? source.slice(from, to) : text;
          report(reason(text), { place: node.position, actual, expected: text ? [text] : [] });
          return 'skip';
        }
        return undefined;
      }
      if (node.type === 'html') {
        const value = node.value;
        if (/^<a[\s>]/i.test(value)) return undefined;
        // `[^<>]` and not `[^>]`: each try stops at the next tag, so `<u <u <u …` stays linear.
        const opening = /<(u|ins)(\s[^<>]*)?>/i.test(value) || /<[a-z][\w-]*\s[^<>]*style\s*=\s*["'][^"'<>]*text-decoration(-line)?\s*:\s*[^"';<>]*underline/i.test(value) || /<[a-z][\w-]*\s[^<>]*class\s*=\s*["'][^"'<>]*(^|\s|")underline(\s|"|')/i.test(value);
        if (!opening) return undefined;
        // The text is in the next node when the tag is inline: <u>mot</u>. The message then covers the
        // tags and the text, and quotes them as written (`actual` is the source at the message's place).
        let text = value.replace(/<[^<>]*>/g, '').trim();
        let place = node.position;
        const tag = /^<([a-z][\w-]*)/i.exec(value)?.[1];
        if (!text && tag && parent && index !== undefined) {
          // The nodes up to the closing tag (`</u>`), or the next node when there is none.
          const closing = new RegExp(`^</${tag}\\s*>$`, 'i');
          let last = index + 1;
          while (last < parent.children.length && last - index <= 64) {
            const sibling = parent.children[last]!;
            if (sibling.type === 'html' && closing.test(sibling.value)) break;
            last++;
          }
          const found = last < parent.children.length && last - index <= 64;
          const inside = found ? parent.children.slice(index + 1, last) : parent.children.slice(index + 1, index + 2).filter((next) => next.type !== 'html');
          text = inside.map((child) => toString(child)).join('').replace(/\s+/g, ' ').trim();
          const end = (found ? parent.children[last] : inside[inside.length - 1])?.position?.end;
          if (place && end) place = { start: place.start, end };
        }
        const from = place?.start.offset;
        const to = place?.end.offset;
        const actual = from !== undefined && to !== undefined ? source.slice(from, to) : text;
        report(reason(text), { place, actual, expected: text ? [text] : [] });
      }
      return undefined;
    });
  },
});
