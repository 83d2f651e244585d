import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parserOf } from '../../src/engine/checker.ts';
import { visitTypes } from '../../rules/_shared/visit-types.ts';

// The rules that looked at a few node types walked the whole tree with `unist-util-visit`; they now ask the
// engine's node index. Same nodes, same order, same 'skip' and stop as before.
const SOURCE = [
  '# Titre *penché **gras** encore*',
  '',
  'Un *mot **très *important*** ici* et **du gras *penché***.',
  '',
  '<Etape titre="Un">',
  '  Texte *dans* une <em>étape *imbriquée*</em>.',
  '</Etape>',
  '',
  '[un *lien*](https://exemple.fr) et *fin*.',
].join('\n');

const TYPES = ['emphasis', 'strong', 'mdxJsxTextElement', 'mdxJsxFlowElement', 'heading'] as const;

function both(decide: (node: Nodes) => 'skip' | false | undefined) {
  const tree = parserOf('mdx').parse(new VFile({ value: SOURCE }));
  const before: Array<[Nodes, number | undefined, unknown]> = [];
  visit(tree, (node, index, parent) => {
    if (!(TYPES as readonly string[]).includes(node.type)) return undefined;
    before.push([node as Nodes, index, parent]);
    return decide(node as Nodes);
  });
  const after: Array<[Nodes, number | undefined, unknown]> = [];
  visitTypes(tree, [...TYPES], (node, index, parent) => {
    after.push([node, index, parent]);
    return decide(node);
  });
  return { before, after };
}

describe('visitTypes: the nodes of some types, as unist-util-visit gives them', () => {
  it('gives every node of these types in document order, with its index and parent', () => {
    const { before, after } = both(() => undefined);
    expect(before.length).toBeGreaterThan(10);
    expect(after).toEqual(before);
  });

  it('does not go inside a node when the visitor says skip (nested emphasis is seen once)', () => {
    const { before, after } = both((node) => (node.type === 'emphasis' || node.type === 'strong' ? 'skip' : undefined));
    expect(after.map(([node]) => node)).toEqual(before.map(([node]) => node));
    const { after: all } = both(() => undefined);
    expect(after.length).toBeLessThan(all.length);
  });

  it('stops when the visitor says false', () => {
    const { before, after } = both((node) => (node.type === 'mdxJsxFlowElement' ? false : undefined));
    expect(after.map(([node]) => node)).toEqual(before.map(([node]) => node));
    expect(after[after.length - 1]![0].type).toBe('mdxJsxFlowElement');
  });
});
