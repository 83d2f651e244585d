import type { Parent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { referenceAt, referenceWidth } from './exact-actual.ts';
import { pointer, type SourcePoint } from './places.ts';

/** Signs a backslash escapes in Markdown: ASCII punctuation. */
const ESCAPABLE = /^[!-/:-@[-`{-~]$/;

/** A sign of the source and the sign of the text it stands for: itself, or U+FFFD for NUL (as the parser reads it). */
function sameSign(written: string | undefined, read: string | undefined): boolean {
  return written === read || (written === '\u0000' && read === '\uFFFD');
}

/**
 * mdast-util-to-nlcst places words by counting characters from the start of each text node. That is
 * wrong when the source has more characters than the text: a backslash escape (`16029\*01`), a
 * character reference (`&amp;`), or the prefixes of continuation lines in block quotes and list items
 * (`> `, indentation). Every word after them would be reported a few columns off.
 *
 * This plugin splits such text nodes into pieces whose source matches their text exactly, so that
 * every word keeps its true line and column.
 */
export function splitTextAtSourceGaps(node: Text, source: string): Text[] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const raw = source.slice(start, end);
  const value = node.value;
  if (raw === value) return undefined;
  const pieces: Array<{ value: string; offset: number }> = [];
  let i = 0;
  let j = 0;
  let pieceRaw = 0;
  let pieceValue = 0;
  while (j < value.length) {
    // A backslash escape (`\\`, `\*`) is one sign of the text: skip the backslash before matching, or a
    // run of escaped backslashes would match the first half of the run and lose its place.
    if (raw[i] === '\\' && raw[i + 1] === value[j] && ESCAPABLE.test(raw[i + 1] ?? '')) {
      if (j > pieceValue) pieces.push({ value: value.slice(pieceValue, j), offset: pieceRaw });
      i++;
      pieceRaw = i;
      pieceValue = j;
    }
    if (sameSign(raw[i], value[j])) {
      i++;
      j++;
      continue;
    }
    if (j > pieceValue) pieces.push({ value: value.slice(pieceValue, j), offset: pieceRaw });
    if (raw[i] === '&') {
      // A character reference stands for its text: one UTF-16 unit, or two for an emoji (`&#128512;`).
      const reference = referenceAt(raw, i);
      if (!reference) return undefined;
      const length = referenceWidth(reference.decoded, value, j);
      pieces.push({ value: value.slice(j, j + length), offset: i });
      i = reference.end;
      j += length;
    } else {
      // Skip source characters that are not in the text: escapes, quote markers, indentation. A character
      // reference after them (`  &#128512;` at the start of a list item's next line) is read as its text.
      let skipped = 0;
      while (i < raw.length && !sameSign(raw[i], value[j]) && !(raw[i] === '&' && readsAs(raw, i, value, j))) {
        // Indentation of a continuation line can be long: only other skipped signs are limited.
        if (raw[i] !== ' ' && raw[i] !== '\t' && ++skipped > 64) return undefined;
        i++;
      }
      if (i >= raw.length) return undefined;
    }
    pieceRaw = i;
    pieceValue = j;
  }
  if (j > pieceValue) pieces.push({ value: value.slice(pieceValue), offset: pieceRaw });
  return pieces.map((piece) => ({ type: 'text', value: piece.value, position: positionOf(source, start + piece.offset, piece.value.length, node) }));
}

/** True when the source at `i` is a character reference that stands for the text at `j`. */
function readsAs(raw: string, i: number, value: string, j: number): boolean {
  const decoded = referenceAt(raw, i)?.decoded;
  return decoded !== undefined && value.startsWith(decoded, j);
}

function positionOf(source: string, offset: number, length: number, node: Text): Text['position'] {
  const point = (at: number) => {
    // Lines and columns from the node's start: count newlines between.
    const base = node.position!.start;
    const between = source.slice(base.offset!, at);
    const lines = between.split('\n');
    const line = base.line + lines.length - 1;
    const column = lines.length === 1 ? base.column + between.length : lines[lines.length - 1]!.length + 1;
    return { line, column, offset: at };
  };
  return { start: point(offset), end: point(offset + length) };
}

/**
 * GFM's literal autolinks (`www.exemple.fr` after a sign such as `/`) are found after parsing: the
 * nodes made then have no place, and the sentence they start took the place of the next node. Each
 * child without a place gets one from the source, after its previous sibling, when its text is there.
 */
function placeChildren(parent: Parent, source: string, pointAt: (offset: number) => SourcePoint): void {
  const end = parent.position?.end.offset;
  let from: number | undefined = parent.position?.start.offset;
  if (from === undefined || end === undefined || parent.children.every((child) => child.position)) return;
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index]!;
    if (child.position) {
      from = child.position.end.offset ?? from;
      continue;
    }
    const text = toString(child);
    const at: number = text ? source.indexOf(text, from) : -1;
    if (at >= 0 && at + text.length <= end) {
      child.position = { start: pointAt(at), end: pointAt(at + text.length) };
      from = at + text.length;
      continue;
    }
    // A text over several lines of a list item or a block quote is not written as it is read (the
    // indentation or `>` of its next lines): it is the source from the previous sibling to the next one
    // (or to the end of the parent), when its words are found there in order (`splitTextAtSourceGaps`
    // then places each piece).
    const until = index + 1 < parent.children.length ? parent.children[index + 1]!.position?.start.offset : end;
    if (child.type !== 'text' || until === undefined || until <= from) continue;
    const placed: Text = { type: 'text', value: child.value, position: { start: pointAt(from), end: pointAt(until) } };
    if (source.slice(from, until) !== child.value && !splitTextAtSourceGaps(placed, source)) continue;
    child.position = placed.position;
    from = until;
  }
}

/** remark plugin: run before remark-retext. */
export function remarkTextPositions(): Transformer<Root> {
  return (tree, file: VFile) => {
    const source = String(file.value);
    const pointAt = pointer(source);
    const visit = (parent: Parent): void => {
      placeChildren(parent, source, pointAt);
      for (let index = 0; index < parent.children.length; index++) {
        const child = parent.children[index]!;
        if (child.type === 'text') {
          const pieces = splitTextAtSourceGaps(child, source);
          if (pieces) {
            parent.children.splice(index, 1, ...pieces);
            index += pieces.length - 1;
          }
        } else if ('children' in child) {
          visit(child as Parent);
        }
      }
    };
    visit(tree);
  };
}
