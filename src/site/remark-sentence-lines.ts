import type { Break, Nodes, Paragraph, Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { splitSentences } from '../engine/index.ts';

/** A piece of the paragraph's plain text: a text node (editable) or a code span (opaque). */
interface Piece {
  node: Text | { type: 'inlineCode'; value: string };
  parent: Parent;
  start: number;
  end: number;
  editable: boolean;
}

/** One cut in a text node: replace `from..to` (whitespace between two sentences) with a line break. */
interface Cut {
  from: number;
  to: number;
  insertBreak: boolean;
}

/** Containers whose text belongs to the sentence around them (bold, links, MDX text components…). */
interface State {
  text: string;
  pieces: Piece[];
  /** Offsets of the line breaks already written by the author. */
  breaks: number[];
}

function collect(node: Nodes, parent: Parent, state: State): void {
  if (node.type === 'text') {
    state.pieces.push({ node, parent, start: state.text.length, end: state.text.length + node.value.length, editable: true });
    state.text += node.value;
  } else if (node.type === 'inlineCode') {
    state.pieces.push({ node, parent, start: state.text.length, end: state.text.length + node.value.length, editable: false });
    state.text += node.value;
  } else if (node.type === 'break') {
    state.breaks.push(state.text.length);
    state.text += '\n';
  } else if ('children' in node && node.type !== 'paragraph') {
    for (const child of node.children) collect(child as Nodes, node as Parent, state);
  }
}

/** Finds the cuts that put each sentence of one paragraph on its own line. */
function cutsOf(state: State): Map<Text, Cut[]> {
  const sentences = splitSentences(state.text);
  const cuts = new Map<Text, Cut[]>();
  const add = (piece: Piece, cut: Cut) => {
    const node = piece.node as Text;
    const list = cuts.get(node) ?? [];
    list.push(cut);
    cuts.set(node, list);
  };
  for (let index = 1; index < sentences.length; index++) {
    const gapStart = sentences[index - 1]!.end;
    const gapEnd = sentences[index]!.start;
    const gap = state.text.slice(gapStart, gapEnd);
    // The author already started a new line here (a hard break), or the gap is not plain space.
    if (state.breaks.some((offset) => offset >= gapStart && offset <= gapEnd)) continue;
    if (/\S/.test(gap)) continue;
    if (gapStart === gapEnd) {
      // No space between the two sentences: break just before the second one.
      const piece = state.pieces.find((p) => p.editable && p.start <= gapEnd && gapEnd < p.end);
      if (piece) add(piece, { from: gapEnd - piece.start, to: gapEnd - piece.start, insertBreak: true });
      continue;
    }
    const overlapping = state.pieces.filter((p) => p.start < gapEnd && p.end > gapStart);
    if (overlapping.length === 0 || overlapping.some((p) => !p.editable)) continue;
    overlapping.forEach((piece, position) => {
      add(piece, {
        from: Math.max(gapStart, piece.start) - piece.start,
        to: Math.min(gapEnd, piece.end) - piece.start,
        insertBreak: position === 0,
      });
    });
  }
  return cuts;
}

/** What to put in place of one text node: text, break, text… */
export interface SentenceCut {
  node: Text;
  parent: Parent;
  replacement: Array<Text | Break>;
}

function replacementOf(node: Text, cuts: Cut[]): Array<Text | Break> {
  const replacement: Array<Text | Break> = [];
  let last = 0;
  for (const cut of [...cuts].sort((a, b) => a.from - b.from)) {
    const before = node.value.slice(last, cut.from);
    if (before) replacement.push({ type: 'text', value: before });
    if (cut.insertBreak) replacement.push({ type: 'break' });
    last = cut.to;
  }
  const rest = node.value.slice(last);
  if (rest) replacement.push({ type: 'text', value: rest });
  return replacement;
}

/**
 * The changes that put each sentence of a paragraph on its own line. Sentences are found by the
 * checker's own splitter (`splitSentences`), on the plain text of the whole paragraph, so a
 * sentence may run across bold text, links or MDX components such as `<Mot>`. The space between
 * two sentences becomes a line break. The paragraph is only read: the caller applies the changes
 * (a remark plugin below, a Sätteri plugin in src/site/satteri-plugins.ts).
 */
export function sentenceCuts(paragraph: Paragraph): SentenceCut[] {
  const state: State = { text: '', pieces: [], breaks: [] };
  for (const child of paragraph.children) collect(child, paragraph, state);
  const parents = new Map(state.pieces.map((piece) => [piece.node, piece.parent]));
  const result: SentenceCut[] = [];
  for (const [node, cuts] of cutsOf(state)) {
    const parent = parents.get(node);
    if (parent) result.push({ node, parent, replacement: replacementOf(node, cuts) });
  }
  return result;
}

/**
 * remark plugin: each sentence of a paragraph starts on a new line (FALC rule). The space between
 * two sentences becomes a line break (`<br>`). Running it twice changes nothing.
 */
export default function remarkSentenceLines() {
  return (tree: Root) => {
    const paragraphs: Paragraph[] = [];
    visit(tree, 'paragraph', (node) => {
      paragraphs.push(node);
    });
    for (const paragraph of paragraphs) {
      for (const { node, parent, replacement } of sentenceCuts(paragraph)) {
        const index = parent.children.indexOf(node as never);
        if (index >= 0) parent.children.splice(index, 1, ...(replacement as never[]));
      }
    }
  };
}
