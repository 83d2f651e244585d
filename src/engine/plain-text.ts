import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { location } from 'vfile-location';

/**
 * A unified parser for plain text (`.txt`): paragraphs are separated by blank lines, and nothing else
 * has a meaning (a line that starts with `#` or `-` is just text).
 */
export const plainTextParser: Plugin<[], string, Root> = function () {
  this.parser = (document, file) => {
    const place = location(file);
    const children: Paragraph[] = [];
    const blocks = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
    for (const match of document.matchAll(blocks)) {
      const text = match[0].trimEnd();
      if (text.trim() === '') continue;
      const start = place.toPoint(match.index);
      const end = place.toPoint(match.index + text.length);
      if (!start || !end) continue;
      const position = { start, end };
      children.push({ type: 'paragraph', children: [{ type: 'text', value: text, position }], position });
    }
    const root: Root = { type: 'root', children };
    const end = place.toPoint(document.length);
    if (end) root.position = { start: { line: 1, column: 1, offset: 0 }, end };
    return root;
  };
};
