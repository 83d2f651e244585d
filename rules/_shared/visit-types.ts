import type { Nodes, Parents, Root } from 'mdast';
import { nodeIndex } from '../../src/engine/node-index.ts';

/**
 * What `visit(tree, visitor)` of `unist-util-visit` does for a rule that only looks at some node types,
 * without walking the whole tree again: the nodes of these types come from the engine's node index
 * (one walk per file, shared by every rule), in document order (parents first), each with its index
 * and its parent. The visitor may return 'skip' (the nodes inside this one are not visited) or false
 * (stop), as with `unist-util-visit`.
 */
export function visitTypes<Type extends Nodes['type']>(
  tree: Root,
  types: Type[],
  visitor: (node: Extract<Nodes, { type: Type }>, index: number, parent: Parents) => 'skip' | false | undefined | void,
): void {
  const index = nodeIndex(tree);
  const found = index.ofType(...types);
  let skipped: Set<Nodes> | undefined;
  for (const entry of found) {
    // A node inside a skipped one is not visited (rare: only then are its ancestors looked up).
    if (skipped && index.ancestors(entry.node).some((ancestor) => skipped!.has(ancestor as Nodes))) continue;
    const result = visitor(entry.node, entry.index, entry.parent);
    if (result === false) return;
    if (result === 'skip') (skipped ??= new Set()).add(entry.node);
  }
}
