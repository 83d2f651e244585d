import type { Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseLatin } from 'parse-latin';
import { fixFrenchSentences } from './facts.ts';

const parser = new ParseLatin();

/**
 * Splits plain French text into sentences with the checker's own splitter (retext-latin and the
 * French corrections). Returns each sentence with its start and end offsets in `text`.
 */
export function splitSentences(text: string): Array<{ text: string; start: number; end: number }> {
  const tree = parser.parse(text) as Root;
  fixFrenchSentences(tree);
  const result: Array<{ text: string; start: number; end: number }> = [];
  let offset = 0;
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') {
      offset += toString(paragraph).length;
      continue;
    }
    for (const child of paragraph.children) {
      const value = toString(child);
      if (child.type === 'SentenceNode') result.push({ text: value, start: offset, end: offset + value.length });
      offset += value.length;
    }
  }
  return result;
}
