import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { createParser } from '../engine/index.ts';

export interface GuideFacts {
  /** The papers of every `<Papiers>` list, in order, without duplicates. */
  papers: string[];
  /** How many steps (`<Etape>`). */
  steps: number;
  /** The words of the glossary used with `<Mot>`, as the glossary knows them (`terme`) or as written. */
  words: string[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const parser = createParser('mdx');

function attribute(node: JsxElement, name: string): string | undefined {
  for (const item of node.attributes) if (item.type === 'mdxJsxAttribute' && item.name === name && typeof item.value === 'string') return item.value;
  return undefined;
}

/** Reads a guide's MDX body with the engine's parser, to build the summary at the top of its page. */
export function guideFacts(body: string): GuideFacts {
  const tree = parser.parse(body);
  const facts: GuideFacts = { papers: [], steps: 0, words: [] };
  const walk = (node: Nodes) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name === 'Etape') facts.steps += 1;
      if (node.name === 'Mot') facts.words.push(attribute(node, 'terme') ?? toString(node));
      if (node.name === 'Papiers') {
        const items: string[] = [];
        const collect = (child: Nodes) => {
          if (child.type === 'listItem') items.push(toString(child).replace(/\s+/g, ' ').trim());
          else if ('children' in child) for (const grandChild of child.children) collect(grandChild as Nodes);
        };
        collect(node);
        for (const item of items) if (!facts.papers.includes(item)) facts.papers.push(item);
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree as Nodes);
  return facts;
}
