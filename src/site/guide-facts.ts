import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { createParser } from '../engine/index.ts';

export interface GuideStep {
  /** 1, 2, 3… as on the page (`#etape-1`). */
  number: number;
  title: string;
  picto: string;
}

export interface GuideFacts {
  /** The papers of every `<Papiers>` list, wherever it is (in a step, in a `<Choix>`…), in order, without duplicates. */
  papers: string[];
  /** How many steps (`<Etape>`). */
  steps: number;
  /** Each step's number, title and pictogram, for the list of steps at the top. */
  stepList: GuideStep[];
  /** The names of the places to go (`<Lieu nom>`). */
  places: string[];
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
  const facts: GuideFacts = { papers: [], steps: 0, stepList: [], places: [], words: [] };
  const walk = (node: Nodes) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name === 'Etape') {
        facts.steps += 1;
        facts.stepList.push({ number: facts.steps, title: attribute(node, 'titre') ?? '', picto: attribute(node, 'picto') ?? '' });
      }
      if (node.name === 'Lieu') {
        const name = attribute(node, 'nom');
        if (name && !facts.places.includes(name)) facts.places.push(name);
      }
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
