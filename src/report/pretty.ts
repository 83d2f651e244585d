import type { VFile } from 'vfile';
import { severityOf } from '../engine/messages.ts';
import { countMessages, displayPath, plural } from './summary.ts';

const LABELS = { error: 'erreur', warning: 'attention', info: 'conseil' } as const;

export interface PrettyOptions {
  color?: boolean;
  /** Also list files that have no message. */
  verbose?: boolean;
}

function paint(enabled: boolean, code: number, text: string): string {
  return enabled ? `\u001b[${code}m${text}\u001b[39m` : text;
}

/**
 * The report for people: for each file, `line:column`, the severity in French, the message,
 * the rule id, then the suggestion and the page that explains the rule.
 */
export function reportPretty(files: readonly VFile[], options: PrettyOptions = {}): string {
  const color = options.color ?? false;
  const lines: string[] = [];
  for (const file of files) {
    if (file.messages.length === 0 && !options.verbose) continue;
    lines.push(paint(color, 4, displayPath(file)));
    if (file.messages.length === 0) lines.push('  aucun problème');
    for (const message of file.messages) {
      const severity = severityOf(message);
      const place = `${message.line ?? 1}:${message.column ?? 1}`;
      const label = paint(color, severity === 'error' ? 31 : severity === 'warning' ? 33 : 36, LABELS[severity].padEnd(9));
      lines.push(`  ${place.padEnd(7)} ${label} ${message.reason}  ${paint(color, 2, message.ruleId ?? '')}`);
      if (message.expected && message.expected.length > 0) {
        lines.push(`${' '.repeat(20)}Suggestion : ${message.expected.map((value) => `« ${value} »`).join(' ou ')}`);
      }
      if (message.url) lines.push(`${' '.repeat(20)}Aide : ${message.url}`);
    }
    const stats = file.data.falcStats;
    if (stats && typeof stats.kandelMoles === 'number') {
      lines.push(`  Lisibilité : Kandel-Moles ${stats.kandelMoles.toFixed(1)}, LIX ${(stats.lix ?? 0).toFixed(1)}`);
    }
    lines.push('');
  }
  const counts = countMessages(files);
  const summary = `${plural(counts.errors, 'erreur', 'erreurs')}, ${plural(counts.warnings, 'avertissement', 'avertissements')}, ${plural(counts.infos, 'conseil', 'conseils')} dans ${plural(counts.files, 'fichier', 'fichiers')}.`;
  lines.push(counts.errors > 0 ? paint(color, 31, `✖ ${summary}`) : paint(color, 32, `✔ ${summary}`));
  return `${lines.join('\n')}\n`;
}
