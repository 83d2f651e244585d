import type { Nodes, Parents, Root } from 'mdast';

/**
 * The mdast nodes of a checked file by type, made by one walk at the first question and kept with
 * the tree. A rule that wants the links, the emphasis or the components of a file asks the index
 * instead of walking the whole tree again with `unist-util-visit` (nine rules each walked every node
 * of every file). Pure code: no Node-only API.
 */

/** A node of the index, with its place in its parent (what `unist-util-visit` hands its visitor). */
export interface IndexedNode<Node extends Nodes = Nodes> {
  node: Node;
  index: number;
  parent: Parents;
}

export interface NodeIndex {
  /** The nodes of these types, in document order (the order of `unist-util-visit`: parents first). */
  ofType<Type extends Nodes['type']>(...types: Type[]): Array<IndexedNode<Extract<Nodes, { type: Type }>>>;
  /** The ancestors of a node of the tree, the root first; empty for the root or a node of another tree. */
  ancestors(node: Nodes): Parents[];
}

interface Entry extends IndexedNode {
  order: number;
}

const indexes = new WeakMap<Root, NodeIndex>();

function build(tree: Root): NodeIndex {
  const byType = new Map<string, Entry[]>();
  const entries = new Map<Nodes, Entry>();
  // Without recursion, in document order: children are pushed last first.
  const stack: Entry[] = [];
  let order = 0;
  const pushChildren = (parent: Parents): void => {
    const children = parent.children as Nodes[];
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, index, parent, order: 0 });
  };
  pushChildren(tree);
  while (stack.length > 0) {
    const entry = stack.pop()!;
    entry.order = order++;
    entries.set(entry.node, entry);
    let list = byType.get(entry.node.type);
    if (!list) byType.set(entry.node.type, (list = []));
    list.push(entry);
    if ('children' in entry.node) pushChildren(entry.node as Parents);
  }
  return {
    ofType(...types) {
      const lists = types.map((type) => byType.get(type) ?? []);
      const found = lists.length === 1 ? lists[0]!.slice() : lists.flat().sort((a, b) => a.order - b.order);
      return found as never;
    },
    ancestors(node) {
      const path: Parents[] = [];
      for (let entry = entries.get(node); entry; entry = entries.get(entry.parent)) path.push(entry.parent);
      return path.reverse();
    },
  };
}

/** The index of a tree, made at the first question. The tree must not change after it. */
export function nodeIndex(tree: Root): NodeIndex {
  let index = indexes.get(tree);
  if (!index) {
    index = build(tree);
    indexes.set(tree, index);
  }
  return index;
}
