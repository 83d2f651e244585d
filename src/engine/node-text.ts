import type { Nodes } from 'nlcst';

/**
 * The text of an nlcst node: the same string as `nlcst-to-string`, without its array per node. Words,
 * spaces and signs are asked for their text several times each, for every word of every file.
 */
export function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  const children = node.children;
  if (children.length === 1) return textOf(children[0]!);
  let text = '';
  for (const child of children) text += textOf(child);
  return text;
}
