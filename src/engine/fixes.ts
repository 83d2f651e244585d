import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

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

/** Keeps the capital letter of a word that starts a sentence: « Cf. le guide » → « Voir le guide ». */
function keepCapital(actual: string, text: string): string {
  if (/^\p{Lu}/u.test(actual) && /^\p{Ll}/u.test(text)) return text[0]!.toUpperCase() + text.slice(1);
  return text;
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
  const text = keepCapital(actual, expected[0]!);
  if (text === actual) return undefined;
  return { range: [start, start + actual.length], text };
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
