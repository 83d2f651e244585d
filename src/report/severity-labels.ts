/**
 * The French words for the severities, the same on every face: the terminal report, the dev panel and
 * the /verifier/ page. No Node API: the browser pages import it.
 */
export const SEVERITY_LABELS = { error: 'erreur', warning: 'attention', info: 'conseil' } as const;

export type SeverityName = keyof typeof SEVERITY_LABELS;
