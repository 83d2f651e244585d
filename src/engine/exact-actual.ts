import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { VFile } from 'vfile';

/** Signs a reader does not see, that the parser or the word splitter drop: zero-width space, soft hyphen… */
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/**
 * The text of one character reference (`&amp;`, `&#233;`, `&#128512;`), or undefined when it is not
 * one. The text can be longer than one UTF-16 unit: an emoji is two, `&NotEqualTilde;` two signs.
 */
export function decodeReference(reference: string): string | undefined {
  const name = /^&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});$/.exec(reference)?.[1];
  if (name === undefined) return undefined;
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    // As the Markdown parser reads it (micromark-util-decode-numeric-character-reference): control
    // signs, lone surrogates, non-characters and codes out of range are the replacement sign U+FFFD.
    const replaced =
      code < 9 || code === 11 || (code > 13 && code < 32) || (code > 126 && code < 160) || (code > 0xd7ff && code < 0xe000) ||
      (code > 0xfdcf && code < 0xfdf0) || (code & 0xffff) === 0xffff || (code & 0xffff) === 0xfffe || code > 0x10ffff;
    return replaced ? '\uFFFD' : String.fromCodePoint(code);
  }
  const decoded = decodeNamedCharacterReference(name);
  return decoded === false ? undefined : decoded;
}

/** A character reference as written (`&amp;`, `&#233;`, `&#128512;`). */
const REFERENCE = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** A text with its character references decoded (`&amp;` → `&`); one that is not a reference stays as written. */
export function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (reference) => decodeReference(reference) ?? reference);
}

/**
 * The character reference written at `at` of a source (its `&`): the text it stands for (undefined when
 * it is not a known one) and where it ends; undefined when no `;` closes it within 32 signs.
 */
export function referenceAt(source: string, at: number): { decoded: string | undefined; end: number } | undefined {
  const semicolon = source.indexOf(';', at);
  if (semicolon < 0 || semicolon - at > 32) return undefined;
  return { decoded: decodeReference(source.slice(at, semicolon + 1)), end: semicolon + 1 };
}

/**
 * How many signs of the text `value`, from `at`, a reference stands for: its decoded text when the text
 * has it there (two UTF-16 units for an emoji), one otherwise.
 */
export function referenceWidth(decoded: string | undefined, value: string, at: number): number {
  return decoded !== undefined && value.startsWith(decoded, at) ? decoded.length : 1;
}

/**
 * A piece of source as rules read it: character references decoded (`&amp;` → `&`), backslash
 * escapes, invisible signs, comments and tags dropped, white space collapsed.
 */
export function asRead(source: string): string {
  return decodeReferences(source)
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(INVISIBLE, '')
    // The parser reads a NUL sign as the replacement sign.
    .replace(/\u0000/g, '\uFFFD')
    // Comments and tags around words (`<Mot>acte</Mot>`, `<u>`): a sentence is read without them. `[^<>]`: linear.
    .replace(/<!--[^<>]*-->/g, '')
    .replace(/<\/?[A-Za-z][^<>\n]*>/g, '')
    // White space as the word splitter reads it (parse-latin): JavaScript's \s plus the next-line sign U+0085.
    .replace(/[\s\u0085]+/g, ' ');
}

/** A text without the marks of Markdown: emphasis `*` `_`, link brackets and addresses (`[texte](https://…)`). */
function withoutEmphasis(text: string): string {
  return text.replace(/\]\([^()\s]*\)/g, '').replace(/[*_[\]]+/g, '').replace(/ {2,}/g, ' ');
}

/**
 * `actual` is the text at the message's place, exactly as written (unified's convention). Rules read
 * the text after the parser: `mairie&préfecture` for `mairie&amp;préfecture`, `16029*01` for
 * `16029\*01`, a word without its zero-width space. When `actual` is the source at its place read that
 * way, it becomes the source itself, for every rule at once. Other quotes (a summary such as
 * « ne … pas ») are left as they are.
 */
export function exactActuals(file: VFile): void {
  const source = String(file.value ?? '');
  for (const message of file.messages) {
    const actual = message.actual;
    const place = message.place;
    if (typeof actual !== 'string' || !place || !('start' in place)) continue;
    const start = place.start.offset;
    const end = place.end.offset;
    if (start === undefined || end === undefined || end <= start) continue;
    // Only a source a little longer than the quote (references are at most 32 signs each, a line of a
    // block quote or a tag around an empty line adds at most a few dozen signs): no long reads, at most
    // 64 signs read for each sign quoted.
    if (end - start > Math.max(actual.length * 8 + 64, Math.min(actual.length * 64, 20_000))) continue;
    const written = source.slice(start, end);
    if (written === actual) continue;
    if (readsAs(written, actual)) {
      message.actual = written;
      continue;
    }
    // A message on a whole heading quotes its text, without `## ` or the line of `=` or `-` under it:
    // the quote becomes the heading's text as written (`D&amp;s` for « D&s »).
    const inner = headingText(written);
    if (inner !== undefined && inner !== actual && readsAs(inner, actual)) message.actual = inner;
  }
}

/**
 * True when a piece of source is `actual` as rules read it. The quote read as the source, or the quote
 * as it is: text that only looks like a tag (`d<Etape titre="…" <em>picto="…">` in Markdown, where
 * `<em>` alone is a tag) is in the quote as written. Emphasis markers (`**erreur**`) and link marks are
 * not in the quote: compared without them. In MDX, comments in braces are not read either.
 */
function readsAs(written: string, actual: string): boolean {
  const read = asRead(written);
  const quoted = asRead(actual);
  const marks = withoutEmphasis(quoted);
  return read === quoted || read === actual.replace(/\s+/g, ' ') || withoutEmphasis(read) === marks || withoutEmphasis(read.replace(/\{\/\*[^{}]*\*\/\}/g, '')) === marks;
}

/** The text of a heading's source (`## Titre ##`, or `Titre` over a line of `=` or `-`), or undefined for other source. */
function headingText(written: string): string | undefined {
  const atx = /^ {0,3}#{1,6}(?:[ \t]+|$)/.exec(written);
  if (atx) {
    // Without its closing `#` signs, read from the end (no regular expression run before the end: linear).
    const text = written.slice(atx[0].length).trimEnd();
    let hashes = text.length;
    while (hashes > 0 && text[hashes - 1] === '#') hashes--;
    return hashes < text.length && (hashes === 0 || text[hashes - 1] === ' ' || text[hashes - 1] === '\t') ? text.slice(0, hashes).trimEnd() : text;
  }
  const lastLine = written.lastIndexOf('\n');
  if (lastLine < 0 || !/^(?:=+|-+)$/.test(written.slice(lastLine + 1).trim())) return undefined;
  return written.slice(0, written[lastLine - 1] === '\r' ? lastLine - 1 : lastLine);
}
