import { RULES } from '../../rules/index.ts';
import { messagesFor, type CheckTextOptions } from '../helpers.ts';

export interface RuleCases {
  fire: string[];
  silent: string[];
}

export interface ScoreRow {
  rule: string;
  fire: string;
  silent: string;
  missed: string;
  falseAlarms: string;
}

export interface Score {
  rows: ScoreRow[];
  fired: number;
  fireTotal: number;
  quiet: number;
  quietTotal: number;
}

const rank = { info: 0, warning: 1, error: 2 } as const;

export const short = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}…` : text).replace(/\n/g, ' ⏎ ');

/**
 * Runs each rule on its sentences: the ones that must fire and the traps that must stay silent.
 * A trap is a false alarm only when the rule reports it at its usual severity (an info is advice).
 */
export async function scoreRules<Cases extends RuleCases>(
  corpus: Record<string, Cases>,
  optionsFor: (cases: Cases) => Omit<CheckTextOptions, 'rule'>,
): Promise<Score> {
  const score: Score = { rows: [], fired: 0, fireTotal: 0, quiet: 0, quietTotal: 0 };
  for (const [rule, cases] of Object.entries(corpus)) {
    const options = optionsFor(cases);
    const usual = RULES.find((candidate) => candidate.id === rule)!.severity;
    const missed: string[] = [];
    const alarms: string[] = [];
    for (const text of cases.fire) {
      if ((await messagesFor(rule, text, options)).length === 0) missed.push(text);
    }
    for (const text of cases.silent) {
      const messages = (await messagesFor(rule, text, options)).filter((m) => usual === 'off' || rank[m.severity] >= rank[usual]);
      if (messages.length > 0) alarms.push(`${text} → ${messages.map((m) => m.actual ?? '?').join(' | ')}`);
    }
    score.fired += cases.fire.length - missed.length;
    score.fireTotal += cases.fire.length;
    score.quiet += cases.silent.length - alarms.length;
    score.quietTotal += cases.silent.length;
    score.rows.push({
      rule,
      fire: `${cases.fire.length - missed.length}/${cases.fire.length}`,
      silent: `${cases.silent.length - alarms.length}/${cases.silent.length}`,
      missed: missed.map(short).join(' ‖ '),
      falseAlarms: alarms.map(short).join(' ‖ '),
    });
  }
  return score;
}
