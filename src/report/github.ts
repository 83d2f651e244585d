import type { VFile } from 'vfile';
import { severityOf } from '../engine/messages.ts';

/**
 * GitHub Actions workflow commands: one `::error file=…,line=…::message` line per message.
 * GitHub shows them as annotations on the pull request.
 */

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes the message of a workflow command: `%`, `\r`, `\n`. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property of a workflow command: also `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function reportGithub(files: readonly VFile[]): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const message of file.messages) {
      const place = message.place;
      const start = place && 'start' in place ? place.start : { line: message.line ?? 1, column: message.column ?? 1 };
      const end = place && 'end' in place ? place.end : start;
      const properties: Array<[string, string | number]> = [];
      if (file.path) properties.push(['file', file.path.replace(/\\/g, '/')]);
      // A message about the whole text is an annotation of the file, on no line.
      if (!message.wholeText) properties.push(['line', start.line ?? 1], ['col', start.column ?? 1], ['endLine', end.line ?? start.line ?? 1], ['endColumn', end.column ?? start.column ?? 1]);
      properties.push(['title', `falc ${message.ruleId ?? ''}`.trim()]);
      const text = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
      lines.push(`::${COMMANDS[severityOf(message)]} ${text}::${escapeData(message.reason)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
