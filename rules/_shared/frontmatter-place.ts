import type { Root as MdastRoot, Yaml } from 'mdast';
import type { Position } from 'unist';

/**
 * The place of a top-level header field (`relecture:`, `verifie:`…) in the file, from the YAML node's
 * position; the header's first line when the field is absent.
 */
export function headerFieldPlace(mdast: MdastRoot, field: string): Position | undefined {
  const yaml = mdast.children.find((node): node is Yaml => node.type === 'yaml');
  if (!yaml?.position) return undefined;
  const lines = yaml.value.split(/\r\n|\r|\n/);
  const index = lines.findIndex((line) => line.startsWith(`${field}:`));
  const line = yaml.position.start.line + 1 + Math.max(index, 0);
  const text = index >= 0 ? lines[index]! : '---';
  return { start: { line, column: 1 }, end: { line, column: text.length + 1 } };
}
