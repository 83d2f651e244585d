/**
 * The French words for the severities, the same on every face: the terminal report, the dev panel,
 * the editor's report and the /verifier/ page. No Node API: the browser pages import it.
 */
export const SEVERITY_LABELS = { error: 'erreur', warning: 'attention', info: 'conseil' } as const;

export type SeverityName = keyof typeof SEVERITY_LABELS;

/** How many messages of each severity: the words of the counts match the labels of the messages. */
export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** French plural: `plural(2, 'erreur', 'erreurs')` → « 2 erreurs ». */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

/**
 * « 2 erreurs, 7 points d’attention, 1 conseil »: each message says « Erreur », « Attention » or « Conseil »,
 * and the counts use the same words (they said « conseils » for the « Attention » messages on the page and
 * in the panel, and « avertissements » in the terminal).
 */
export function countsInWords(counts: SeverityCounts): string {
  return `${plural(counts.errors, 'erreur', 'erreurs')}, ${plural(counts.warnings, 'point d’attention', 'points d’attention')}, ${plural(counts.infos, 'conseil', 'conseils')}`;
}

/** The counts of a list of messages. */
export function countSeverities(messages: ReadonlyArray<{ severity: SeverityName }>): SeverityCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const { severity } of messages) {
    if (severity === 'error') counts.errors += 1;
    else if (severity === 'warning') counts.warnings += 1;
    else counts.infos += 1;
  }
  return counts;
}
