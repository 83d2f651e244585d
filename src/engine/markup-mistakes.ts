import type { Emphasis, Nodes, Root } from 'mdast';
import type { Position } from 'unist';

/*
 * Markup mistakes that change what the reader sees without the author wanting it: bullets pasted from
 * a word processor (« • » is not a list: no checklist, no list for screen readers) and a lone star
 * between two numbers (`Cerfa 12100*03 ou 12101*02` becomes italics). No Node API: the checker, the
 * site and an editor share it.
 */

/** Characters that word processors use for bullets. The Markdown list marker is `-`. */
export const BULLETS = '•▪‣◦●■▸►–—·';

const BULLET_LINE = new RegExp(`^[ \\t>]*([${BULLETS}])[ \\t\\u00A0]`);

export interface BulletParagraph {
  /** The paragraph written with bullet characters. */
  position: Position;
  /** The bullet character of the first line. */
  bullet: string;
  /** How many lines start with a bullet. */
  lines: number;
}

/** Paragraphs with lines that start with a bullet character instead of a Markdown list marker. */
export function findBulletParagraphs(tree: Root, source: string): BulletParagraph[] {
  const found: BulletParagraph[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'paragraph') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const lines = source.slice(start, end).split(/\r\n|\r|\n/);
      let first: { line: number; column: number; bullet: string } | undefined;
      let count = 0;
      lines.forEach((text, index) => {
        const match = BULLET_LINE.exec(text);
        if (!match) return;
        count += 1;
        const column = (index === 0 ? node.position!.start.column : 1) + match[0].indexOf(match[1]!);
        first ??= { line: node.position!.start.line + index, column, bullet: match[1]! };
      });
      // A single line starting with a dash (« – Oui. ») is a dialogue or an aside, not a pasted list.
      if (first && (count >= 2 || !'–—'.includes(first.bullet))) {
        found.push({
          position: { start: { line: first.line, column: first.column }, end: { line: first.line, column: first.column + 1 } },
          bullet: first.bullet,
          lines: count,
        });
      }
      continue;
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  return found.sort((a, b) => a.position.start.line - b.position.start.line);
}

/**
 * True when a `*…*` emphasis was not meant: its star touches a letter or a digit on the outside
 * (`12100*03 ou 12101*02`). Someone who wants italics writes ` *mot* `, with a space or a sign
 * around the stars.
 */
export function isAccidentalEmphasis(node: Emphasis, source: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  if (source[start] !== '*') return false;
  const before = source[start - 1] ?? '';
  const after = source[end] ?? '';
  return /[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after);
}
