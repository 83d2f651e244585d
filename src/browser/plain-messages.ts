/**
 * FALC messages as plain objects, to send them from a Web Worker or from the dev server to a page.
 * The text of each message is the engine's own (no second wording). Pure code: no Node API.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { RULES } from '../../rules/index.ts';
import { severityOf, wholeTextFirst } from '../engine/messages.ts';

export interface PlainMessage {
  ruleId: string;
  /** The rule's name in French (« Phrase trop longue »), for authors; undefined for a message about the file itself. */
  ruleTitle: string | undefined;
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
  /** The text that replaces `start…end` when the fix is mechanical (the engine's `fix`). */
  fix: string | undefined;
  /** The rule's page, e.g. `/regles/phrase-longue/`. */
  url: string | undefined;
  /** The sentence or line around the problem, quoted in reports. */
  quote: string;
  /**
   * About the whole text (its readability), not about one place: shown at the top as about the text,
   * with no line, no underline, no quote and no « Voir dans le texte ». Its line is 1 for other tools.
   */
  wholeText: boolean;
}

/**
 * The replacement text of a message: the engine's own mechanical fix (`src/engine/fixes.ts`), the one
 * `falc check --fix` applies and `--format json` gives, at the message's place. Undefined when the
 * problem needs the author (or the words are quoted: « le mot « trois » » is mentioned, not used).
 */
export function mechanicalFix(message: VFileMessage): string | undefined {
  return message.fix?.text;
}

const NEWLINE = 10;
const FULL_STOP = 46;
const BANG = 33;
const QUESTION = 63;

/** True for the signs that end a sentence: « . », « ! », « ? ». */
function endsSentence(code: number): boolean {
  return code === FULL_STOP || code === BANG || code === QUESTION;
}

/**
 * The sentence around an offset: from the previous end of sentence or line to the next. Reads char
 * codes (a regular expression per sign made the worker spend milliseconds on hundreds of messages).
 */
export function quoteAround(text: string, start: number | undefined, end: number | undefined): string {
  if (start === undefined) return '';
  const stop = end ?? start;
  let from = start;
  while (from > 0) {
    const code = text.charCodeAt(from - 1);
    if (code === NEWLINE || endsSentence(code)) break;
    from--;
  }
  let to = stop;
  // `charCodeAt(-1)` is NaN: no end of sentence before the text.
  while (to < text.length && text.charCodeAt(to) !== NEWLINE && !endsSentence(text.charCodeAt(to - 1))) to++;
  if (to < stop) to = stop;
  const quote = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return quote.length > 300 ? `${quote.slice(0, 300)}…` : quote;
}

/** The rules' French names by id: the pages name a rule « Phrase négative », not « negation ». */
const RULE_TITLES = new Map(RULES.map((rule) => [rule.id, rule.title]));

/** The messages of a checked file, as plain objects; those about the whole text first. */
export function plainMessages(file: VFile): PlainMessage[] {
  const text = String(file.value ?? '');
  return wholeTextFirst(file.messages).map((message) => {
    const place = message.wholeText ? undefined : message.place;
    const start = place && 'start' in place ? place.start.offset : place && 'offset' in place ? place.offset : undefined;
    const end = place && 'end' in place ? place.end.offset : undefined;
    return {
      ruleId: message.ruleId ?? 'falc',
      ruleTitle: RULE_TITLES.get(message.ruleId ?? ''),
      severity: severityOf(message),
      reason: message.reason,
      line: message.line ?? 1,
      column: message.column ?? 1,
      start,
      end,
      actual: message.actual,
      expected: message.expected,
      fix: mechanicalFix(message),
      url: message.url,
      quote: quoteAround(text, start, end),
      wholeText: message.wholeText === true,
    };
  });
}
