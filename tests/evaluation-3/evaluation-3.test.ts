/**
 * Third, adversarial evaluation: per weak-looking rule, 8 fresh sentences that must fire and 8 traps
 * that must stay silent (`phrases.ts`). Same targets as the other rounds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { testLanguage } from '../language/resources.ts';
import { scoreRules } from '../evaluation/score.ts';
import { CASES3 } from './phrases.ts';

let testLang: LanguageResources;

beforeAll(async () => {
  testLang = await testLanguage();
});

describe('evaluation 3', () => {
  it('per rule: 8 new sentences fire, 8 new traps stay silent', async () => {
    for (const [rule, cases] of Object.entries(CASES3)) {
      expect(cases.fire.length, rule).toBeGreaterThanOrEqual(8);
      expect(cases.silent.length, rule).toBeGreaterThanOrEqual(8);
    }
    const { rows, fired, fireTotal, quiet, quietTotal } = await scoreRules(CASES3, (cases) => ({
      ...(cases.needs ? { language: testLang } : {}),
      ...(cases.kind ? { kind: cases.kind } : {}),
    }));
    console.table(rows);
    console.log(`Evaluation 3: recall ${fired}/${fireTotal}, traps silent ${quiet}/${quietTotal}`);
    expect(fired / fireTotal).toBeGreaterThanOrEqual(0.9);
    expect(quiet / quietTotal).toBeGreaterThanOrEqual(0.95);
  });
});
