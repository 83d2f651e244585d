import type { Nodes } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseLatin } from 'parse-latin';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../src/engine/node-text.ts';

describe('the text of an nlcst node', () => {
  it('is the text nlcst-to-string gives, for every node of a French text', () => {
    const tree = new ParseLatin().parse('L’État verse 1 500 € le 03/04/2026, à 9 h 30. Vérifiez-les : « aujourd’hui » !\n\nM. Dupont, etc.');
    const nodes: Nodes[] = [];
    const walk = (node: Nodes): void => {
      nodes.push(node);
      if ('children' in node) for (const child of node.children) walk(child);
    };
    walk(tree);
    expect(nodes.length).toBeGreaterThan(40);
    for (const node of nodes) expect(textOf(node)).toBe(toString(node));
    expect(textOf({ type: 'WordNode', children: [] })).toBe('');
  });
});
