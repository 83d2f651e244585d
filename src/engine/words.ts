import type { Sentence, SentenceContent, Word } from 'nlcst';
import type { Position } from 'unist';
import type { FalcWord } from './types.ts';
import { normalizeWord } from './normalize.ts';
import { textOf } from './node-text.ts';
import { withoutLastSigns } from './places.ts';

/**
 * How words are counted (documented in the README):
 * - a word is a token with at least one letter or digit: « l’État », « Vérifiez-les » and
 *   « aujourd’hui » are one word each, as a word processor counts them;
 * - a number written with spaces is one word: « 1 500 », « 10 000 », a phone number
 *   « 01 23 45 67 89 », a time « 9 h 30 » or « 9 h », a decimal « 1,5 », a date « 03/04/2026 »;
 * - symbols (€, %, °) and punctuation are not words.
 * Each word also says whether it stands between quotation marks: a quoted word is mentioned, not used.
 */

const INLINE_SPACE = /^[ \u00a0\u202f\u2009]$/;
const DIGITS = /^\d+$/;

function isSpace(node: SentenceContent | undefined): boolean {
  return node?.type === 'WhiteSpaceNode' && INLINE_SPACE.test(textOf(node));
}

function text(node: SentenceContent | undefined): string {
  return node ? textOf(node) : '';
}

function isWord(node: SentenceContent | undefined): node is Word {
  return node?.type === 'WordNode';
}

/** Returns the index of the last node of the number that starts at `start`. */
function numberEnd(children: SentenceContent[], start: number): number {
  let end = start;
  let first = text(children[start]);
  const phone = /^0\d$/.test(first);
  for (;;) {
    const next = children[end + 1];
    const after = children[end + 2];
    // 1,5 — 03/04/2026 — 09:30 — 2025-2026: joined by a sign, no space.
    if (next && (next.type === 'PunctuationNode' || next.type === 'SymbolNode') && /^[,./:-]$/.test(text(next)) && isWord(after) && /^\d/.test(text(after))) {
      end += 2;
      continue;
    }
    if (!isSpace(next) || !isWord(after)) break;
    // A number that ends the sentence keeps its full stop in retext-latin (« 89. »).
    const value = text(after).replace(/\.$/, '');
    const current = text(children[end]);
    // 1 500 — 10 000 000: groups of three digits.
    if (!phone && DIGITS.test(current) && /^\d{3}$/.test(value) && !/^0/.test(first)) {
      end += 2;
      continue;
    }
    // 01 23 45 67 89: groups of two digits after a leading 0X.
    if (phone && /^\d{2}$/.test(value)) {
      end += 2;
      continue;
    }
    // 9 h 30, 9 h: hour sign after digits, then minutes.
    if (DIGITS.test(current) && (value === 'h' || value === 'h.')) {
      end += 2;
      const minutes = children[end + 2];
      if (value === 'h' && isSpace(children[end + 1]) && isWord(minutes) && /^\d{2}\.?$/.test(text(minutes))) end += 2;
      first = '';
      break;
    }
    break;
  }
  return end;
}

function span(nodes: SentenceContent[]): Position | undefined {
  const start = nodes[0]?.position?.start;
  const end = nodes[nodes.length - 1]?.position?.end;
  return start && end ? { start, end } : undefined;
}

/**
 * True when the code is a digit or a letter of ASCII or Latin-1 (À to ÿ, but × and ÷): the word has a
 * letter or a digit, without the Unicode test (most words start so).
 */
export function startsWithLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7);
}

/** The words of one sentence, numbers grouped. */
export function sentenceWords(sentence: Sentence): FalcWord[] {
  const words: FalcWord[] = [];
  const { children } = sentence;
  // Words between quotation marks are mentioned, not used (« le mot “usager” »).
  let quoted = false;
  let straight = false;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
      const mark = textOf(node);
      if (mark === '«' || mark === '“') quoted = true;
      else if (mark === '»' || mark === '”') quoted = false;
      else if (mark === '"') quoted = straight = !straight;
      continue;
    }
    if (!isWord(node)) continue;
    const value = textOf(node);
    const first = value.charCodeAt(0);
    if (!startsWithLetterOrDigit(first) && !/[\p{L}\p{N}]/u.test(value)) continue;
    if (first >= 48 && first <= 57) {
      const end = numberEnd(children, index);
      const nodes = children.slice(index, end + 1);
      let position = span(nodes);
      const wordNodes = nodes.filter(isWord);
      let joined = nodes.map((child) => textOf(child)).join('');
      // The full stop that ends the sentence is not part of the number (« 9 h. » keeps its « h. »).
      if (/\d\.$/.test(joined) && position) {
        joined = joined.slice(0, -1);
        position = withoutLastSigns(position, 1);
      }
      if (position) words.push({ value: joined, normal: normalizeWord(joined), kind: 'number', position, nodes: wordNodes, quoted });
      index = end;
      continue;
    }
    const place = node.position;
    if (place) words.push({ value, normal: normalizeWord(value), kind: 'word', position: { start: place.start, end: place.end }, nodes: [node], quoted });
  }
  return words;
}
