import { memoizeWord } from '../language/word-memo.ts';

/** Normalises a token for lookups: NFC, lower case, typographic apostrophe → `'` (no memo). */
export function normalizeForm(value: string): string {
  return value.normalize('NFC').replace(/[’ʼ‘`´]/g, "'").toLowerCase();
}

const rememberedForm = memoizeWord(normalizeForm);

/**
 * True for a small letter that lower case and NFC leave as it is: a to z, and those of Latin-1 (ß, à to ÿ,
 * but ÷). The quick tests on words (`isNormalForm`, `isBareToken`, `isPlainLower`) share it.
 */
export function isSmallLatinLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

/**
 * True when `normalizeForm` gives the token back as it is: only lower-case letters (a to z, and those
 * of Latin-1, à to ÿ, which are already in NFC), digits, `-`, `'` and `.`. Most words of a French text
 * are such: answered without the memo (a look-up costs more than this loop).
 */
export function isNormalForm(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (isSmallLatinLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 39 || code === 46) continue;
    return false;
  }
  return true;
}

/**
 * Normalises a token for lookups: NFC, lower case, typographic apostrophe → `'`. Computed once per form
 * (every word of every file goes through it, several times).
 */
export function normalizeWord(value: string): string {
  return isNormalForm(value) ? value : rememberedForm(value);
}

/**
 * An elided article or pronoun written before a word, as the text writes it (either apostrophe): « l’ », « d’ »,
 * « qu’ ». The pattern's source, for the messages that quote or place a word without it (`rules/_shared/elision.ts`,
 * `dedupe.ts`).
 */
export const ELIDED_WORD = String.raw`(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]`;

/** Clitics kept with their apostrophe when a token is split: `l'`, `qu'`, `jusqu'`… */
const ELISION = /^(l|d|j|c|n|s|m|t|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)'/;

/**
 * Splits a normalised token at its elision: `l'état` → [`l'`, `état`];
 * `aujourd'hui` and `quelqu'un` stay whole.
 */
export function splitElision(normal: string): string[] {
  // A loop, not a recursion: a token of 10,000 « l' » must not overflow the stack.
  const parts: string[] = [];
  let rest = normal;
  for (;;) {
    if (rest === "aujourd'hui" || rest.startsWith("quelqu'un")) break;
    const match = ELISION.exec(rest);
    if (!match || match[0].length === rest.length) break;
    parts.push(match[0]);
    rest = rest.slice(match[0].length);
  }
  parts.push(rest);
  return parts;
}

/** The text without its accents (« État » → « Etat »), in NFC. Capitals and acronyms often lose them. */
export function stripAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** True when the text has at least one letter. */
export function hasLetter(value: string): boolean {
  return /\p{L}/u.test(value);
}

/** True when the text starts with a capital letter. */
export function startsWithCapital(value: string): boolean {
  return /^\p{Lu}/u.test(value);
}
