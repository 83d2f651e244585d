import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { SentenceContent } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Point, Position } from 'unist';
import { ancestorsAt } from '../../src/engine/facts.ts';
import { isSmallLatinLetter, normalizeWord, splitElision } from '../../src/engine/normalize.ts';
import type { FalcSentence } from '../../src/engine/types.ts';
import { memoizeWord } from '../../src/language/word-memo.ts';
import { nodeText } from './chunks.ts';

/**
 * Tokens of one sentence for the sentence rules (`une-idee`, `voix-passive`, `negation`, `temps-complexe`,
 * `si-alors`, `vous`, `ponctuation`, `liste`): words split at their elision (« qu'il » → « qu' », « il »),
 * numbers joined (« 1,5 », « 03/04/2026 »), punctuation kept. Built from the nlcst sentence that the engine
 * already made: nothing is parsed again.
 */
export interface Token {
  kind: 'word' | 'number' | 'punct';
  /** Text as written. */
  value: string;
  /** Lower case, NFC, `'` apostrophes. */
  normal: string;
  position: Position;
  /** Whitespace stands right before this token. */
  spaceBefore: boolean;
  /** A line break stands right before this token (or it starts the sentence). */
  lineStart: boolean;
}

function shift(point: Point, by: number): Point {
  const shifted: Point = { line: point.line, column: point.column + by };
  if (point.offset !== undefined) shifted.offset = point.offset + by;
  return shifted;
}

/** The normal form of a written word and its parts at its elisions (once per form; never change them). */
const partsOf = memoizeWord((value: string): { normal: string; parts: readonly string[] } => {
  const normal = normalizeWord(value);
  return { normal, parts: splitElision(normal) };
});

/** Splits a written word at its elisions, with the position of each part. */
function wordParts(value: string, position: Position): { value: string; normal: string; position: Position }[] {
  const { normal, parts } = partsOf(value);
  if (parts.length === 1 || normal.length !== value.length) return [{ value, normal, position }];
  const result: { value: string; normal: string; position: Position }[] = [];
  let at = 0;
  for (const part of parts) {
    const start = shift(position.start, at);
    const end = at + part.length === value.length ? position.end : shift(position.start, at + part.length);
    result.push({ value: value.slice(at, at + part.length), normal: part, position: { start, end } });
    at += part.length;
  }
  return result;
}

/**
 * True when a written word is already its own normal form with no elision: small ASCII letters, hyphens and
 * the small letters of Latin-1 (« déjà », « rendez-vous »). NFC, lower case and apostrophes change nothing and
 * `splitElision` needs an apostrophe: `partsOf` would give `{ normal: value, parts: [value] }` (no memo needed).
 */
export function isPlainLower(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (isSmallLatinLetter(code) || code === 45) continue;
    return false;
  }
  return value.length > 0;
}

/** `/^\d/`: an ASCII digit. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** An ASCII letter: a word (the Unicode test is needed only for other first characters). */
function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * `normalizeWord` of a punctuation mark: one ASCII sign other than a capital letter or « ` » stays as it is
 * (NFC, lower case and apostrophes change nothing); the others go through the memo.
 */
function punctNormal(value: string): string {
  if (value.length === 1) {
    const code = value.charCodeAt(0);
    if (code < 128 && code !== 96 && !(code >= 65 && code <= 90)) return value;
  }
  return normalizeWord(value);
}

const cache = new WeakMap<FalcSentence, Token[]>();

/** Quotation state, as `computeQuotedFlags` reads a punctuation token. */
interface QuoteState {
  inside: boolean;
  straight: boolean;
}

function readQuote(value: string, state: QuoteState): void {
  if (value === '«' || value === '“') state.inside = true;
  else if (value === '»' || value === '”') state.inside = false;
  else if (value === '"') {
    state.straight = !state.straight;
    state.inside = state.straight;
  }
}

/** The tokens of a sentence (computed once per sentence). */
export function tokensOf(sentence: FalcSentence): Token[] {
  const cached = cache.get(sentence);
  if (cached) return cached;
  const tokens: Token[] = [];
  // The quotation flags of the tokens (`quotedFlags`), made in the same pass.
  const flags: boolean[] = [];
  const quote: QuoteState = { inside: false, straight: false };
  const children: SentenceContent[] = sentence.node.children;
  let spaceBefore = false;
  let lineStart = true;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    const value = nodeText(node);
    if (node.type === 'WhiteSpaceNode') {
      spaceBefore = true;
      if (value.includes('\n')) lineStart = true;
      continue;
    }
    const position = node.position;
    if (!position) continue;
    if (node.type === 'SourceNode') {
      // Inline code: not prose. It breaks the sentence flow like a word would.
      tokens.push({ kind: 'word', value: '', normal: '', position, spaceBefore, lineStart });
    } else if (node.type === 'WordNode') {
      if (isDigit(value.charCodeAt(0))) {
        // 1,5 — 03/04/2026 — 2025-2026: digits joined by a sign with no space are one number.
        let end = index;
        let text = value;
        while (
          children[end + 1]?.type === 'PunctuationNode' &&
          /^[,./:]$/.test(toString(children[end + 1]!)) &&
          children[end + 2]?.type === 'WordNode' &&
          /^\d/.test(toString(children[end + 2]!))
        ) {
          text += toString(children[end + 1]!) + toString(children[end + 2]!);
          end += 2;
        }
        const last = children[end]!.position;
        tokens.push({
          kind: 'number',
          value: text,
          normal: normalizeWord(text),
          position: { start: position.start, end: last ? last.end : position.end },
          spaceBefore,
          lineStart,
        });
        index = end;
      } else if (isPlainLower(value)) {
        // Most words: written as their normal form, with no elision (no memo needed).
        tokens.push({ kind: 'word', value, normal: value, position, spaceBefore, lineStart });
      } else if (isAsciiLetter(value.charCodeAt(0)) || /\p{L}/u.test(value)) {
        const { normal, parts } = partsOf(value);
        if (parts.length === 1 || normal.length !== value.length) {
          // Most words have no elision: one token, made without the intermediate list of parts.
          tokens.push({ kind: 'word', value, normal, position, spaceBefore, lineStart });
        } else wordParts(value, position).forEach((part, partIndex) => {
          tokens.push({
            kind: 'word',
            ...part,
            spaceBefore: partIndex === 0 ? spaceBefore : false,
            lineStart: partIndex === 0 ? lineStart : false,
          });
        });
      } else {
        tokens.push({ kind: 'punct', value, normal: punctNormal(value), position, spaceBefore, lineStart });
        readQuote(value, quote);
      }
    } else {
      tokens.push({ kind: 'punct', value, normal: punctNormal(value), position, spaceBefore, lineStart });
      readQuote(value, quote);
    }
    while (flags.length < tokens.length) flags.push(quote.inside);
    spaceBefore = false;
    lineStart = false;
  }
  cache.set(sentence, tokens);
  quotedCache.set(tokens, flags);
  return tokens;
}

/** A span from the start of one token to the end of another. */
export function span(first: Token, last: Token): Position {
  return { start: first.position.start, end: last.position.end };
}

/** The mdast nodes that contain a token, from the root down. */
export function mdastAncestors(tree: MdastRoot, token: Token): MdastNodes[] {
  const offset = token.position.start.offset;
  return offset === undefined ? [] : ancestorsAt(tree, offset);
}

/** True when the token is in bold (`**pas**`, `<strong>pas</strong>`, `<b>pas</b>`). */
export function isBold(tree: MdastRoot, token: Token): boolean {
  return boldNodeOf(tree, token) !== undefined;
}

/** The bold node (`**…**`, `<strong>`, `<b>`) the token stands in, or undefined. */
export function boldNodeOf(tree: MdastRoot, token: Token): MdastNodes | undefined {
  return mdastAncestors(tree, token).find(
    (node) =>
      node.type === 'strong' ||
      ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node.name === 'strong' || node.name === 'b')),
  );
}

/** True when the token is inside a list item of a Markdown list. */
export function inListItem(tree: MdastRoot, token: Token): boolean {
  return mdastAncestors(tree, token).some((node) => node.type === 'listItem');
}

/** Index of the next word token after `index` (skipping nothing else), or -1. */
export function nextWord(tokens: Token[], index: number): number {
  const next = index + 1;
  return next < tokens.length && tokens[next]!.kind !== 'punct' ? next : -1;
}

/** The text between two tokens of a sentence, as written (Markdown markers removed). */
export function textBetween(tokens: Token[], from: number, to: number): string {
  let text = '';
  for (let index = from; index <= to; index++) {
    const token = tokens[index]!;
    text += (index > from && token.spaceBefore ? ' ' : '') + token.value;
  }
  return text;
}

/**
 * Like `textBetween`, for a quote that spans text the words leave out: inline code is a token with no
 * text, and an MDX expression none at all. Where such a piece holds letters or digits (« (voir `titre`
 * ici) »), the quote says « … » (« (voir … ici) »), as a summary quote does, instead of joining the words
 * around it as if they followed each other. Tags and link addresses are not text: they give no « … ».
 */
/**
 * True when a piece of source between words holds text that is not read as words: inline code (even
 * `` `<etape>` ``), or letters and digits once tags, link addresses and character references are set aside
 * (`&#128512;` is read as its sign, which is in the words). `[^<>]`, `[^()\s]`: linear.
 */
function isLeftOut(piece: string): boolean {
  if (piece.includes('`')) return true;
  return /[\p{L}\p{N}]/u.test(piece.replace(/<[^<>]*>/g, '').replace(/\]\([^()\s]*\)/g, '').replace(/&#?[A-Za-z0-9]{1,32};/g, ''));
}

export function quoteBetween(tokens: Token[], from: number, to: number, source: string): string {
  const hasText = (start: number | undefined, end: number | undefined): boolean =>
    // `[^<>]`, `[^()\s]`: linear.
    start !== undefined && end !== undefined && end > start && isLeftOut(source.slice(start, end));
  let text = '';
  let space = false;
  /** The last thing added is a « … » of this function (not an ellipsis the author wrote). */
  let elided = false;
  const add = (value: string, elision: boolean): void => {
    if (elision && elided) return;
    text += (text !== '' && (space || elision || elided) ? ' ' : '') + value;
    space = false;
    elided = elision;
  };
  for (let index = from; index <= to; index++) {
    const token = tokens[index]!;
    if (index > from && hasText(tokens[index - 1]!.position.end.offset, token.position.start.offset)) add('…', true);
    space ||= index > from && token.spaceBefore;
    if (token.value !== '') add(token.value, false);
    else if (hasText(token.position.start.offset, token.position.end.offset)) add('…', true);
  }
  return text;
}

/**
 * For each token, true when it stands between quotation marks: « le mot “que” ». Words quoted are
 * mentioned, not used: the sentence rules skip them. Computed once per token list (tokens never change).
 */
export function quotedFlags(tokens: readonly Token[]): readonly boolean[] {
  let flags = quotedCache.get(tokens);
  if (!flags) quotedCache.set(tokens, (flags = computeQuotedFlags(tokens)));
  return flags;
}

/** Flags already computed, per token list: six sentence rules read them (the list is shared: never change it). */
const quotedCache = new WeakMap<readonly Token[], readonly boolean[]>();

function computeQuotedFlags(tokens: readonly Token[]): boolean[] {
  const state: QuoteState = { inside: false, straight: false };
  return tokens.map((token) => {
    if (token.kind === 'punct') readQuote(token.value, state);
    return state.inside;
  });
}
