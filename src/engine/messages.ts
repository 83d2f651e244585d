import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { RuleSettings, Severity } from './types.ts';

export interface ReportOptions {
  /** Where the problem is. */
  place: Position | undefined;
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

/** Adds a FALC message to the file, in the unified style (`ruleId`, `source`, `actual`, `expected`, `url`). */
export function report(
  file: VFile,
  ruleId: string,
  settings: RuleSettings<unknown>,
  reason: string,
  options: ReportOptions,
): VFileMessage {
  // A message is an Error: V8 records the call stack at each one, and vfile-message then replaces it
  // with ''. Tens of thousands of messages over a corpus: the stack is not recorded at all.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: VFileMessage;
  try {
    message = file.message(reason, {
      place: options.place,
      ruleId,
      source: 'falc',
      ...(options.ancestors ? { ancestors: options.ancestors } : {}),
    });
  } finally {
    Error.stackTraceLimit = limit;
  }
  applySeverity(message, settings.severity);
  message.url = settings.url;
  if (options.actual !== undefined) message.actual = options.actual;
  if (options.expected !== undefined) message.expected = options.expected;
  if (options.note !== undefined) message.note = options.note;
  return message;
}

/** Ids of the messages about the input itself: an unreadable or unparsable file. */
export const INPUT_ERROR_IDS = new Set(['fichier-illisible', 'fichier-vide', 'fichier-trop-grand', 'syntaxe-mdx', 'syntaxe-yaml', 'structure-trop-profonde', 'suite-sans-espace', 'erreur-interne']);

/** Adds an error about the input itself (the file cannot be checked). */
export function inputError(file: VFile, ruleId: string, reason: string, place?: Position | { line: number; column: number }): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: 'falc' });
  message.fatal = true;
  return message;
}
