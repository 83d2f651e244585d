import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';
import type { Options as MessageOptions, VFileMessage } from 'vfile-message';
import type { RuleSettings, Severity } from './types.ts';

declare module 'vfile-message' {
  interface VFileMessage {
    /**
     * The message is about the whole text (its readability), not about one place in it. Its place is the
     * start of the file (line 1, column 1), so that every reporter has one; the faces for authors show
     * it at the top as about the text, with no line, no underline and no quote.
     */
    wholeText?: true;
  }
}

/** The place of a message about the whole text: the start of the file, a point (nothing underlined). */
export const WHOLE_TEXT_PLACE = { line: 1, column: 1, offset: 0 } as const;

/** The messages about the whole text first, the others after in their order (the same list when there is none). */
export function wholeTextFirst<M extends { wholeText?: true | undefined }>(messages: readonly M[]): readonly M[] {
  if (!messages.some((message) => message.wholeText)) return messages;
  return [...messages.filter((message) => message.wholeText), ...messages.filter((message) => !message.wholeText)];
}

export interface ReportOptions {
  /** Where the problem is. Ignored for a message about the whole text (`wholeText`). */
  place: Position | undefined;
  /** The message is about the whole text, not about the words at `place`. */
  wholeText?: boolean;
  /** The offending text, as written. */
  actual?: string;
  /** Concrete replacements, when the fix is mechanical. */
  expected?: string[];
  /** Longer explanation (shown in the JSON and SARIF formats). */
  note?: string;
  ancestors?: Node[];
}

/** Sets a message's severity the way vfile reporters read it. */
export function applySeverity(message: VFileMessage, severity: Exclude<Severity, 'off'>): void {
  if (severity === 'error') message.fatal = true;
  else if (severity === 'warning') message.fatal = false;
  else message.fatal = undefined;
}

/** The severity of a vfile message. */
export function severityOf(message: VFileMessage): Exclude<Severity, 'off'> {
  if (message.fatal === true) return 'error';
  if (message.fatal === false) return 'warning';
  return 'info';
}

/**
 * Creates a message on the file without capturing a stack trace. A VFileMessage is an Error: V8 records
 * the call stack when one is made, then vfile-message sets `stack` to '' anyway. On a long guide with
 * hundreds of messages, that recording was a tenth of the cost of reporting. Same message otherwise.
 */
export function fileMessage(file: VFile, reason: string, options: MessageOptions): VFileMessage {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return file.message(reason, options);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Adds a FALC message to the file, in the unified style (`ruleId`, `source`, `actual`, `expected`, `url`). */
export function report(
  file: VFile,
  ruleId: string,
  settings: RuleSettings<unknown>,
  reason: string,
  options: ReportOptions,
): VFileMessage {
  const message = fileMessage(file, reason, {
    place: options.wholeText ? { ...WHOLE_TEXT_PLACE } : options.place,
    ruleId,
    source: 'falc',
    ...(options.ancestors ? { ancestors: options.ancestors } : {}),
  });
  applySeverity(message, settings.severity);
  message.url = settings.url;
  if (options.actual !== undefined) message.actual = options.actual;
  if (options.expected !== undefined) message.expected = options.expected;
  if (options.note !== undefined) message.note = options.note;
  if (options.wholeText) message.wholeText = true;
  return message;
}

/** Ids of the messages about the input itself: an unreadable or unparsable file. */
export const INPUT_ERROR_IDS = new Set(['fichier-illisible', 'fichier-vide', 'fichier-trop-grand', 'syntaxe-mdx', 'syntaxe-yaml', 'structure-trop-profonde', 'suite-sans-espace', 'erreur-interne']);

/** Adds an error about the input itself (the file cannot be checked). */
export function inputError(file: VFile, ruleId: string, reason: string, place?: Position | { line: number; column: number }): VFileMessage {
  const message = fileMessage(file, reason, { place, ruleId, source: 'falc' });
  message.fatal = true;
  return message;
}
