import { readFileSync } from 'node:fs';
import type { Nodes, Parents } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parserOf } from '../../src/engine/checker.ts';
import { nodeIndex } from '../../src/engine/node-index.ts';

const GUIDE = readFileSync(new URL('../../content/guides/domiciliation.mdx', import.meta.url), 'utf8');

describe('the index of the nodes of a file', () => {
  const tree = parserOf('mdx').parse(new VFile({ value: GUIDE }));
  const visited: Array<{ node: Nodes; index: number; parent: Parents; ancestors: Parents[] }> = [];
  visitParents(tree, (node, ancestors) => {
    const parent = ancestors[ancestors.length - 1] as Parents | undefined;
    if (parent) visited.push({ node: node as Nodes, index: (parent.children as Nodes[]).indexOf(node as Nodes), parent, ancestors: [...ancestors] as Parents[] });
  });

  it('gives the nodes of a type in the order unist-util-visit walks them, with their parent and place', () => {
    const index = nodeIndex(tree);
    const types = [...new Set(visited.map((entry) => entry.node.type))];
    expect(types).toEqual(expect.arrayContaining(['heading', 'paragraph', 'mdxJsxFlowElement', 'text', 'strong']));
    for (const type of types) {
      const expected = visited.filter((entry) => entry.node.type === type).map(({ node, index: place, parent }) => ({ node, index: place, parent }));
      expect(index.ofType(type as Nodes['type']).map(({ node, index: place, parent }) => ({ node, index: place, parent }))).toEqual(expected);
    }
    // Several types at once: still in document order.
    const mixed = index.ofType('strong', 'mdxJsxFlowElement', 'heading').map((entry) => entry.node);
    expect(mixed).toEqual(visited.filter((entry) => ['strong', 'mdxJsxFlowElement', 'heading'].includes(entry.node.type)).map((entry) => entry.node));
    expect(index.ofType('delete')).toEqual([]);
  });

  it('gives the ancestors of a node, the root first, and is made once per tree', () => {
    const index = nodeIndex(tree);
    for (const entry of visited) expect(index.ancestors(entry.node)).toEqual(entry.ancestors);
    expect(index.ancestors(tree)).toEqual([]);
    expect(nodeIndex(tree)).toBe(index);
    // A caller may change the list it gets without changing the index.
    index.ofType('heading').length = 0;
    expect(index.ofType('heading').length).toBeGreaterThan(0);
  });
});
