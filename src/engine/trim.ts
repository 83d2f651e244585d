/**
 * Trimming without regular expressions. `text.replace(/[.;!?]+$/, '')` looks like one pass, but the
 * regular expression engine tries every start inside a long run of such signs: 15,000 `;` before a
 * word take seconds. These loops read each character once.
 *
 * `chars` is a regular expression for ONE character, such as `/[.;!?]/` or `/\s/u`.
 */

/** The length of the last character (code point) ending at `end`. */
function lastCharLength(text: string, end: number): number {
  const code = text.charCodeAt(end - 1);
  if (code >= 0xdc00 && code <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return 2;
  }
  return 1;
}

/** The index where the run of `chars` that ends the text starts (the text's length when there is none). */
export function trailingRunStart(text: string, chars: RegExp): number {
  let end = text.length;
  while (end > 0) {
    const length = lastCharLength(text, end);
    if (!chars.test(text.slice(end - length, end))) break;
    end -= length;
  }
  return end;
}

/** The text without the run of `chars` at its end: `trimEnd('Dupont.;', /[.;]/)` → `Dupont`. */
export function trimEnd(text: string, chars: RegExp): string {
  return text.slice(0, trailingRunStart(text, chars));
}

/** The length of the run of `chars` that starts the text. */
export function leadingRunLength(text: string, chars: RegExp): number {
  let start = 0;
  while (start < text.length) {
    const code = text.codePointAt(start)!;
    const length = code > 0xffff ? 2 : 1;
    if (!chars.test(text.slice(start, start + length))) break;
    start += length;
  }
  return start;
}

/** The text without the run of `chars` at its start. */
export function trimStart(text: string, chars: RegExp): string {
  return text.slice(leadingRunLength(text, chars));
}
