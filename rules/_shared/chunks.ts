import type { Sentence, SentenceContent } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Point, Position } from 'unist';
import type { FalcSentence } from '../../src/engine/types.ts';
import { trimEnd, trimStart } from '../../src/engine/trim.ts';
import { memoizeWord } from '../../src/language/word-memo.ts';

/**
 * Helpers shared by the number, date and symbol rules.
 * A chunk is a run of nlcst nodes with no white space between them, as written: `03/04/2026`,
 * `16029*01`, `n°`, `l'art.`, `https://exemple.fr/a_b`. Rules that need to see a token with its signs
 * read chunks instead of words.
 */
export interface Chunk {
  /** Text as written, signs included. */
  text: string;
  start: Point;
  end: Point;
  /** The nlcst nodes of the chunk. */
  nodes: SentenceContent[];
  /** Index of the chunk in the sentence's chunk list. */
  index: number;
}

/**
 * The text of an nlcst node, as `nlcst-to-string` gives it, without its list of parts for the most common
 * nodes: a text node, a word of one text node.
 */
export function nodeText(node: SentenceContent): string {
  if ('value' in node) return node.value;
  const children = node.children;
  if (children.length === 1 && 'value' in children[0]!) return children[0].value;
  return toString(node);
}

/** Chunks already computed, per sentence node: several rules read the same sentence. */
const cache = new WeakMap<Sentence, readonly Chunk[]>();

/** Splits a sentence into chunks (once per sentence). Source nodes (inline code) are left out. */
export function sentenceChunks(sentence: FalcSentence | Sentence): readonly Chunk[] {
  const node = 'node' in sentence ? sentence.node : sentence;
  const cached = cache.get(node);
  if (cached) return cached;
  const chunks: Chunk[] = [];
  const children = node.children;
  // The run of nodes from `from` to the node before `to` makes one chunk (when it has nodes on one line).
  const flush = (from: number, to: number): void => {
    if (from === to) return;
    const first = children[from]!.position?.start;
    const last = children[to - 1]!.position?.end;
    if (first && last && first.line === last.line) {
      let text = nodeText(children[from]!);
      for (let at = from + 1; at < to; at++) text += nodeText(children[at]!);
      chunks.push({ text, start: first, end: last, nodes: children.slice(from, to), index: chunks.length });
    }
  };
  let start = 0;
  for (let index = 0; index < children.length; index++) {
    const type = children[index]!.type;
    // Nodes with no white space between them read as one token, even with Markdown in between
    // (« 16029\\*01 », « **mot**s »): they stay in one chunk.
    if (type === 'WhiteSpaceNode' || type === 'SourceNode') {
      flush(start, index);
      start = index + 1;
    }
  }
  flush(start, children.length);
  cache.set(node, chunks);
  return chunks;
}

/** Position of the characters `from` to `to` of a chunk (a chunk is on one line). */
export function chunkPlace(chunk: Chunk, from = 0, to = chunk.text.length): Position {
  // Find the node that holds a character: Markdown signs between nodes (« \\* ») shift the columns.
  const at = (index: number, isEnd: boolean): Point => {
    let start = 0;
    for (const node of chunk.nodes) {
      const length = toString(node).length;
      const inside = isEnd ? index <= start + length : index < start + length;
      const point = node.position?.start;
      if (inside && point) {
        const shift = index - start;
        return { line: point.line, column: point.column + shift, ...(point.offset !== undefined ? { offset: point.offset + shift } : {}) };
      }
      start += length;
    }
    return isEnd ? chunk.end : chunk.start;
  };
  return { start: at(from, false), end: at(to, true) };
}

/** Position that spans several chunks, from the start of `first` to the end of `last`. */
export function spanChunks(first: Chunk, last: Chunk): Position {
  return { start: first.start, end: last.end };
}

/**
 * True for a web address, an e-mail address, a domain or a file name: their signs are not prose.
 * Computed once per text: several rules ask about every chunk and word.
 */
export function isAddressLike(text: string): boolean {
  return maySignAddress(text) && addressLikeOnce(text);
}

const addressLikeOnce = memoizeWord(addressLike);

/**
 * Every address of `addressLike` has a « . », « / », « @ » or « : » (most words have none): a quick test
 * before the memo and the patterns.
 */
function maySignAddress(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 46 /* . */ || code === 47 /* / */ || code === 64 /* @ */ || code === 58 /* : */) return true;
  }
  return false;
}

function addressLike(text: string): boolean {
  const value = trimEnd(trimStart(text, /[«"'(\[]/), /[»"')\],;:!?.]/);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^www\./i.test(value) || /^mailto:/i.test(value)) return true;
  if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(value)) return true;
  // Accented letters too: « génerationpeche.fr » (fiche F2117, seventh reading: a typo of the fiche, still an address).
  if (/^[\p{L}\d_-]+(\.[\p{L}\d_-]+)*\.(fr|com|org|net|eu|gouv|info|io|be|ch|ca|re|lu)(\/\S*)?$/iu.test(value)) return true;
  if (/^[\w.-]+\.(pdf|docx?|odt|ods|xlsx?|csv|jpe?g|png|gif|svg|txt|zip|mdx?)$/i.test(value)) return true;
  if (/^(\.{0,2}\/|~\/)[\w./-]+$/.test(value)) return true;
  return false;
}

/**
 * The source text between 2 words (or tokens) of the same file: « , » between « CE, DE », « » between glued words.
 * Empty when a place has no offset.
 */
export function sourceBetween(source: string, first: { position: Position }, second: { position: Position }): string {
  const from = first.position.end.offset;
  const to = second.position.start.offset;
  return from === undefined || to === undefined ? '' : source.slice(from, to);
}

/**
 * True when `word` is glued to the word before it by « ° » or « ^ » (« n°4 », « 1^er »), or is the ending of inclusive
 * writing in brackets (« époux(se) »): a reader sees one word, not 2 (eleventh and twelfth readings).
 */
export function gluedToPrevious(source: string, previous: { position: Position } | undefined, word: { position: Position; value: string }): boolean {
  // Most words stand after a space: one sign between the 2 words is read without slicing the source.
  const end = previous?.position.end.offset;
  const start = word.position.start.offset;
  if (end === undefined || start === undefined || start !== end + 1) return false;
  const gap = source[end];
  if (gap === '°' || gap === 'º' || gap === '^') return true;
  return gap === '(' && word.value.length <= 4 && source[word.position.end.offset ?? 0] === ')';
}

/** The number of words a reader sees: `gluedToPrevious` words are not counted again. */
export function readerWordCount(source: string, words: ReadonlyArray<{ position: Position; value: string }>): number {
  let count = 0;
  for (let index = 0; index < words.length; index++) if (!gluedToPrevious(source, words[index - 1], words[index]!)) count++;
  return count;
}

/** Removes punctuation that ends a token in prose: `Dupont.` → `Dupont`, `(3/4/26),` → `3/4/26`. */
export function trimPunctuation(text: string): string {
  return trimEnd(trimEnd(trimStart(text, /[«"“'(\[]/), /[»"”')\],;:!?…]/u), /\./);
}

/** Month names, January first. */
export const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** Groups the digits of an integer by three with spaces: 15000 → « 15 000 ». */
export function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
