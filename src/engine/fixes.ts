import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { trimEnd } from './trim.ts';

/**
 * A mechanical fix, in ESLint's shape: replace the characters `range` (offsets in the file's text) with
 * `text`. Reused by every face: `falc check --fix`, the button of the checker page.
 */
export interface FalcFix {
  range: [number, number];
  text: string;
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** The mechanical fix of the problem, when it cannot change the meaning. */
    fix?: FalcFix;
  }
}

/**
 * Rules whose single suggestion replaces the words as written without changing the meaning:
 * « trois » → « 3 », « n° » → « numéro », « 03/04/2026 » → « 3 avril 2026 », « 09:30 » → « 9 h 30 ».
 * Other suggestions (a sentence to cut, an acronym to explain, words in capitals) need the author.
 */
export const FIXABLE_RULES: ReadonlySet<string> = new Set(['nombre-en-lettres', 'abreviation', 'date', 'heure']);

/** True when the words start a sentence, a line or the text: « Cf. le guide » → « Voir le guide ». */
function startsSentence(source: string, start: number): boolean {
  const before = trimEnd(source.slice(Math.max(0, start - 20), start), /[\s«“"(*_#>-]/u);
  return before === '' || /[.!?:\n]$/.test(before) || trimEnd(source.slice(Math.max(0, start - 20), start), /[ \t]/).endsWith('\n');
}

/** True when the words stand between quotation marks: they are mentioned, not used (« le mot « trois » »). */
function isQuoted(source: string, start: number, end: number): boolean {
  return /[«“"]$/u.test(trimEnd(source.slice(Math.max(0, start - 3), start), /[\s\u00a0\u202f]/u)) && /^[\s\u00a0\u202f]*[»”"]/u.test(source.slice(end, end + 3));
}

/** The fix of one message, or undefined when the problem needs the author. */
export function fixOf(message: VFileMessage, source: string): FalcFix | undefined {
  if (!message.ruleId || !FIXABLE_RULES.has(message.ruleId)) return undefined;
  const expected = message.expected;
  const actual = message.actual;
  const place = message.place;
  if (!expected || expected.length !== 1 || !actual || !place || !('start' in place)) return undefined;
  const start = place.start.offset;
  if (start === undefined || !source.startsWith(actual, start)) return undefined;
  const end = start + actual.length;
  if (isQuoted(source, start, end)) return undefined;
  let text = expected[0]!;
  // A capital stays at the start of a sentence; elsewhere the word is written as suggested.
  if (/^\p{Lu}/u.test(actual) && /^\p{Ll}/u.test(text) && startsSentence(source, start)) text = text[0]!.toUpperCase() + text.slice(1);
  // « N°3 » → « numéro 3 »: a space between the word and what follows.
  if (/\p{L}$/u.test(text) && /^[\p{L}\p{N}]/u.test(source.slice(end, end + 1))) text += ' ';
  if (text === actual) return undefined;
  return { range: [start, end], text };
}

/** Adds its fix to each message that has a mechanical one. */
export function addFixes(file: VFile): void {
  const source = String(file.value ?? '');
  for (const message of file.messages) {
    const fix = fixOf(message, source);
    if (fix) message.fix = fix;
  }
}

export interface FixResult {
  /** The text with the fixes applied. */
  output: string;
  /** The messages whose fix was applied, in document order. */
  applied: VFileMessage[];
}

/**
 * Applies the fixes of some messages to a text. Fixes that overlap an earlier one are left for the
 * next pass (as ESLint does); a fix whose words are no longer in the text is skipped.
 */
export function applyFixes(source: string, messages: readonly VFileMessage[]): FixResult {
  const fixable = messages.filter((message) => message.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0]);
  const applied: VFileMessage[] = [];
  let output = '';
  let at = 0;
  for (const message of fixable) {
    const [start, end] = message.fix!.range;
    if (start < at || end > source.length || (message.actual !== undefined && source.slice(start, end) !== message.actual)) continue;
    output += source.slice(at, start) + message.fix!.text;
    at = end;
    applied.push(message);
  }
  output += source.slice(at);
  return { output, applied };
}
