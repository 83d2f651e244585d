import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { severityOf } from '../engine/messages.ts';

/** SARIF 2.1.0, the format of code scanning tools (GitHub, GitLab, editors). */

export interface SarifOptions {
  /** Short French title of each rule, by id. */
  titles?: Readonly<Record<string, string>>;
  /** Version of the tool. */
  version?: string;
}

const LEVELS = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A file path as a relative URI with forward slashes: `content/guides/a%20b.mdx`. */
export function toUri(path: string | undefined): string {
  if (!path) return 'stdin';
  return path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function region(message: VFileMessage) {
  const place = message.place;
  const start = place && 'start' in place ? place.start : { line: message.line ?? 1, column: message.column ?? 1 };
  const end = place && 'end' in place ? place.end : start;
  return {
    startLine: Math.max(1, start.line ?? 1),
    startColumn: Math.max(1, start.column ?? 1),
    endLine: Math.max(1, end.line ?? start.line ?? 1),
    endColumn: Math.max(1, end.column ?? start.column ?? 1),
  };
}

/** The SARIF log as an object (VFile[] in, no input or output). */
export function toSarif(files: readonly VFile[], options: SarifOptions = {}) {
  const rules = new Map<string, { id: string; shortDescription: { text: string }; helpUri?: string }>();
  const results = [];
  for (const file of files) {
    for (const message of file.messages) {
      const ruleId = message.ruleId ?? 'inconnu';
      if (!rules.has(ruleId)) {
        rules.set(ruleId, {
          id: ruleId,
          shortDescription: { text: options.titles?.[ruleId] ?? ruleId },
          ...(message.url ? { helpUri: message.url } : {}),
        });
      }
      results.push({
        ruleId,
        level: LEVELS[severityOf(message)],
        message: { text: message.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(file.path), uriBaseId: '%SRCROOT%' },
              region: region(message),
            },
          },
        ],
      });
    }
  }
  const ruleList = [...rules.values()];
  const indexes = new Map(ruleList.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'falc',
            ...(options.version ? { version: options.version } : {}),
            rules: ruleList,
          },
        },
        results: results.map((result) => ({ ...result, ruleIndex: indexes.get(result.ruleId) ?? 0 })),
      },
    ],
  };
}

export function reportSarif(files: readonly VFile[], options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(files, options), null, 2)}\n`;
}
