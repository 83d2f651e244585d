// `falc check --jobs`: many files are checked on worker threads, with the same report, in the same
// order, and the same exit code as on one thread.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { PARALLEL_FROM } from '../../src/node/check-files.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (text) => (out += text), stderr: (text) => (err += text) });
  return { code, out, err };
}

const TEXTS = [
  'Vous pouvez demander une aide au CCAS.\n',
  'Le dossier doit être envoyé par la mairie de votre commune avant la fin du mois de juin de cette année.\n',
  '# Votre courier\n\nVous recevez votre courier à la mairie.\n',
  "Il n'est pas possible de demander cette aide sans justificatif.\n",
];
const folder = mkdtempSync(join(tmpdir(), 'falc-jobs-'));
for (let index = 0; index < PARALLEL_FROM + 6; index++) writeFileSync(join(folder, `texte-${String(index).padStart(2, '0')}.md`), TEXTS[index % TEXTS.length]!);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('falc check --jobs', () => {
  it('gives the same report, in the same order, and the same exit code on 2 worker threads as on one thread', async () => {
    const one = await run(['check', folder, '--format', 'json', '--jobs', '1']);
    const two = await run(['check', folder, '--format', 'json', '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(two.code).toBe(one.code);
    const report = JSON.parse(two.out);
    expect(report.files).toHaveLength(PARALLEL_FROM + 6);
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(two.out).toBe(one.out);
  }, 300_000);

  it('refuses a wrong number of jobs, in French', async () => {
    const result = await run(['check', folder, '--jobs', 'deux']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Le nombre de tâches « deux » n’est pas valable');
  });
});
