import { defineMdastPlugin } from 'satteri';
import type { Root } from 'mdast';
import { guideStructure, withProps } from './remark-guide-structure.ts';
import { sentenceCuts } from './remark-sentence-lines.ts';
import { isFalcSuppression } from './remark-strip-falc-ignore.ts';

/*
 * Astro 7 renders Markdown and MDX with Sätteri, not with remark: remark plugins would need
 * @astrojs/markdown-remark, which is not installed. These adapters run the same code (the remark
 * plugins' pure functions) as Sätteri mdast plugins.
 */

/** Each sentence on its own line, with the checker's splitter. */
export const sentenceLines = defineMdastPlugin({
  name: 'falc-sentence-lines',
  paragraph(node, ctx) {
    for (const { node: text, replacement } of sentenceCuts(node as never)) ctx.replaceNode(text, replacement);
  },
});

/** Step numbers and heading levels of the guide components. */
export const guideStructurePlugin = defineMdastPlugin({
  name: 'falc-guide-structure',
  before(root, ctx) {
    // Sätteri cannot change the attributes of a JSX node: the node is replaced by a copy with the
    // new props, which keeps the same children.
    for (const { node, props } of guideStructure(root as Root)) {
      ctx.replaceNode(node as never, { type: node.type, name: node.name, attributes: withProps(node, props), children: node.children } as never);
    }
  },
});

/** No `<!-- falc-ignore … -->` comment in the HTML. */
export const stripFalcIgnore = defineMdastPlugin({
  name: 'falc-strip-ignore',
  html(node, ctx) {
    if (isFalcSuppression(node.value)) ctx.removeNode(node);
  },
});
