import type { VFile } from 'vfile';
import { severityOf } from '../engine/messages.ts';
import { countMessages, displayPath, fileStats, type Counts } from './summary.ts';

export interface JsonMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  actual: string | null;
  expected: string[];
  url: string | null;
  /**
   * The mechanical fix (what `falc check --fix` and the button of /verifier/ apply): replace the
   * characters `range` (offsets from 0 in the file's text, end excluded) with `text`. Null when the
   * problem needs the author.
   */
  fix: { range: [number, number]; text: string } | null;
  /** Present (true) on a message about the whole text (its readability): its place, 1:1, is the start of the file. */
  wholeText?: true;
}

export interface JsonReport {
  files: Array<{ path: string; messages: JsonMessage[]; stats: Record<string, number> & { words: number; sentences: number } }>;
  summary: { files: number; errors: number; warnings: number; infos: number };
}

/** One file of the JSON report. */
export function toJsonFile(file: VFile): JsonReport['files'][number] {
  return {
    path: displayPath(file),
    messages: file.messages.map((message) => ({
      ruleId: message.ruleId ?? 'inconnu',
      severity: severityOf(message),
      line: message.place && 'start' in message.place ? message.place.start.line : (message.line ?? 1),
      column: message.place && 'start' in message.place ? message.place.start.column : (message.column ?? 1),
      endLine: message.place && 'end' in message.place ? message.place.end.line : (message.line ?? 1),
      endColumn: message.place && 'end' in message.place ? message.place.end.column : (message.column ?? 1),
      message: message.reason,
      actual: message.actual ?? null,
      expected: message.expected ?? [],
      url: message.url ?? null,
      fix: message.fix ? { range: [message.fix.range[0], message.fix.range[1]], text: message.fix.text } : null,
      ...(message.wholeText ? { wholeText: true as const } : {}),
    })),
    stats: { ...fileStats(file), ...(file.data.falcStats ?? {}) },
  };
}

/** The JSON report: a stable interface for tests and other tools (documented in the README). */
export function toJsonReport(files: readonly VFile[]): JsonReport {
  const counts = countMessages(files);
  return {
    files: files.map(toJsonFile),
    summary: { files: counts.files, errors: counts.errors, warnings: counts.warnings, infos: counts.infos },
  };
}

declare module 'vfile' {
  interface DataMap {
    /** Extra statistics computed by rules (readability scores…). */
    falcStats: Record<string, number>;
  }
}

export function reportJson(files: readonly VFile[]): string {
  return `${JSON.stringify(toJsonReport(files), null, 2)}\n`;
}

/**
 * The JSON report written file by file (`falc check` on thousands of files): the same text as
 * `reportJson`, without keeping every file until the end. `start`, then `file` for each file in order,
 * then `end` with the counts.
 */
export function createJsonStream() {
  let first = true;
  return {
    start: (): string => '{\n  "files": [',
    file(file: VFile): string {
      const entry = JSON.stringify(toJsonFile(file), null, 2).replace(/\n/g, '\n    ');
      const text = `${first ? '' : ','}\n    ${entry}`;
      first = false;
      return text;
    },
    end(counts: Counts): string {
      const summary = JSON.stringify({ files: counts.files, errors: counts.errors, warnings: counts.warnings, infos: counts.infos }, null, 2).replace(/\n/g, '\n  ');
      return `${first ? ']' : '\n  ]'},\n  "summary": ${summary}\n}\n`;
    },
  };
}
