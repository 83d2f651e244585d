/**
 * FALC messages as plain objects, to send them from a Web Worker or from the dev server to a page.
 * The text of each message is the engine's own (no second wording). Pure code: no Node API.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { severityOf } from '../engine/messages.ts';

export interface PlainMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  reason: string;
  /** Lines and columns start at 1; offsets start at 0 (counted in the whole file). */
  line: number;
  column: number;
  start: number | undefined;
  end: number | undefined;
  /** The offending text, as written. */
  actual: string | undefined;
  expected: string[] | undefined;
  /** The text that replaces `start…end` when the fix is mechanical (see `mechanicalFix`). */
  fix: string | undefined;
  /** The rule's page, e.g. `/regles/phrase-longue/`. */
  url: string | undefined;
  /** The sentence or line around the problem, quoted in reports. */
  quote: string;
}

/**
 * Rules whose suggestion can replace the text without changing its meaning: « trois » → « 3 »,
 * « n° » → « numéro », « 03/04/2026 » → « 3 avril 2026 », « 09:30 » → « 9 h 30 ».
 */
export const MECHANICAL_RULES = new Set(['nombre-en-lettres', 'abreviation', 'date', 'heure']);

/**
 * The replacement text of a message, when its fix is mechanical. A `fix` set by the engine (string,
 * or an object with `text` / `value`) wins; otherwise the first `expected` of a mechanical rule, when
 * the message points at exactly its `actual` text.
 */
export function mechanicalFix(message: VFileMessage, text: string): string | undefined {
  const fix = (message as { fix?: unknown }).fix;
  if (typeof fix === 'string') return fix;
  if (fix && typeof fix === 'object') {
    const value = (fix as { text?: unknown; value?: unknown }).text ?? (fix as { value?: unknown }).value;
    if (typeof value === 'string') return value;
  }
  if (!MECHANICAL_RULES.has(message.ruleId ?? '')) return undefined;
  const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
  const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
  const expected = message.expected?.[0];
  if (start === undefined || end === undefined || expected === undefined || message.actual === undefined) return undefined;
  return text.slice(start, end) === message.actual ? expected : undefined;
}

/** The sentence around an offset: from the previous end of sentence or line to the next. */
export function quoteAround(text: string, start: number | undefined, end: number | undefined): string {
  if (start === undefined) return '';
  const stop = end ?? start;
  let from = start;
  while (from > 0 && !/[\n.!?]/.test(text[from - 1] ?? '')) from--;
  let to = stop;
  while (to < text.length && !/[\n]/.test(text[to] ?? '') && !/[.!?]/.test(text[to - 1] ?? '')) to++;
  if (to < stop) to = stop;
  const quote = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return quote.length > 300 ? `${quote.slice(0, 300)}…` : quote;
}

/** The messages of a checked file, as plain objects. */
export function plainMessages(file: VFile): PlainMessage[] {
  const text = String(file.value ?? '');
  return file.messages.map((message) => {
    const place = message.place;
    const start = place && 'start' in place ? place.start.offset : place && 'offset' in place ? place.offset : undefined;
    const end = place && 'end' in place ? place.end.offset : undefined;
    return {
      ruleId: message.ruleId ?? 'falc',
      severity: severityOf(message),
      reason: message.reason,
      line: message.line ?? 1,
      column: message.column ?? 1,
      start,
      end,
      actual: message.actual,
      expected: message.expected,
      fix: mechanicalFix(message, text),
      url: message.url,
      quote: quoteAround(text, start, end),
    };
  });
}
