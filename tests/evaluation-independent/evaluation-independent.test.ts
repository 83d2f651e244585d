/**
 * Independent evaluation: single-rule sentences and clean FALC sentences written by someone who did not
 * write the rules nor read their code (`phrases.ts`). Targets: mean recall ≥ 90 %, worst rule ≥ 80 %,
 * traps silent ≥ 90 %, at most 1 false alarm on the clean sentences (every rule on).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.ts';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { checkFile } from '../helpers.ts';
import { testLanguage } from '../language/resources.ts';
import { scoreRules, short } from '../evaluation/score.ts';
import { CLEAN, INDEPENDENT } from './phrases.ts';

let language: LanguageResources;

/**
 * Rules whose recall on these sentences is known to be below the target, with the reason. Their recall
 * may not fall below the figure written here (a ratchet): raise it when the rule improves, and take the
 * rule out when it reaches the target (meme-personne was here at 0/5 until it read « on » and « nous »).
 */
const KNOWN_GAPS: Record<string, number> = {};

beforeAll(async () => {
  language = await testLanguage();
}, 120_000);

const rank = { info: 0, warning: 1, error: 2 } as const;

describe('independent evaluation', () => {
  it('has 100+ single-rule sentences and 45+ clean sentences', () => {
    const total = Object.values(INDEPENDENT).reduce((sum, cases) => sum + cases.fire.length + cases.silent.length, 0);
    expect(total).toBeGreaterThanOrEqual(100);
    expect(CLEAN.length).toBeGreaterThanOrEqual(45);
    for (const rule of Object.keys(INDEPENDENT)) expect(RULES.some((candidate) => candidate.id === rule), rule).toBe(true);
  });

  it('recall: mean ≥ 90 %, worst rule ≥ 80 %; traps silent ≥ 90 %', async () => {
    const { rows, quiet, quietTotal } = await scoreRules(INDEPENDENT, (cases) => ({
      ...(cases.needs ? { language } : {}),
      ...(cases.kind ? { kind: cases.kind } : {}),
    }));
    console.table(rows);
    const recall = (row: { fire: string }) => {
      const [hit, all] = row.fire.split('/').map(Number);
      return hit! / all!;
    };
    const recalls = rows.map(recall);
    const mean = recalls.reduce((sum, value) => sum + value, 0) / recalls.length;
    const checked = rows.filter((row) => !(row.rule in KNOWN_GAPS)).map(recall);
    console.log(`Independent evaluation: mean recall ${(mean * 100).toFixed(1)} %, worst ${(Math.min(...recalls) * 100).toFixed(1)} % (${(Math.min(...checked) * 100).toFixed(1)} % without the known gaps), traps silent ${quiet}/${quietTotal}`);
    expect(mean).toBeGreaterThanOrEqual(0.9);
    expect(Math.min(...checked)).toBeGreaterThanOrEqual(0.8);
    for (const [rule, floor] of Object.entries(KNOWN_GAPS)) {
      const row = rows.find((candidate) => candidate.rule === rule)!;
      expect(recall(row), rule).toBeGreaterThanOrEqual(floor);
    }
    expect(quiet / quietTotal).toBeGreaterThanOrEqual(0.9);
  }, 300_000);

  it('clean FALC sentences: at most 1 false alarm with every rule on', async () => {
    const alarms: string[] = [];
    for (const sentence of CLEAN) {
      const file = await checkFile(sentence, { language, kind: 'texte' });
      const messages = file.messages.filter((message) => {
        const rule = RULES.find((candidate) => candidate.id === message.ruleId);
        const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
        return rule && rank[severity] >= rank.warning;
      });
      if (messages.length > 0) alarms.push(`${short(sentence)} → ${messages.map((m) => `${m.ruleId}: ${m.actual ?? '?'}`).join(' | ')}`);
    }
    console.log(`Clean sentences: ${CLEAN.length - alarms.length}/${CLEAN.length} silent`);
    if (alarms.length > 0) console.log(alarms.join('\n'));
    expect(alarms.length).toBeLessThanOrEqual(1);
  }, 300_000);
});
