// `falc check` on many files checks them on this thread and worker threads, each with its own checker.
// The language resources (frequency list, glossary) are read once per thread, at its first file; a wrong
// configuration is said before any is read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { PARALLEL_FROM } from '../../src/node/check-files.ts';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/node/load-resources.ts', async (original) => {
  const actual = await original<typeof import('../../src/node/load-resources.ts')>();
  return {
    ...actual,
    loadResources: (...args: Parameters<typeof actual.loadResources>) => {
      loads.count++;
      return actual.loadResources(...args);
    },
  };
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (text) => (out += text), stderr: (text) => (err += text) });
  return { code, out, err };
}

const folder = mkdtempSync(join(tmpdir(), 'falc-lazy-'));
for (let index = 0; index < PARALLEL_FROM + 2; index++) {
  writeFileSync(join(folder, `texte-${String(index).padStart(2, '0')}.md`), 'Vous pouvez demander une aide au CCAS.\n');
}
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the language resources of falc check', () => {
  it('are read once by the main thread, which checks files beside the worker threads', async () => {
    loads.count = 0;
    const result = await run(['check', folder, '--format', 'json', '--jobs', '2']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out).files).toHaveLength(PARALLEL_FROM + 2);
    expect(JSON.parse(result.out).summary.errors).toBeGreaterThan(0);
    expect(loads.count).toBe(1);
  }, 300_000);

  it('are read once, at the first file, when the files are checked on one thread', async () => {
    loads.count = 0;
    const result = await run(['check', folder, '--format', 'json', '--jobs', '1']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out).summary.errors).toBeGreaterThan(0);
    expect(loads.count).toBe(1);
  }, 300_000);

  it('do not delay a wrong configuration: it is said at once, in French', async () => {
    const config = join(folder, 'falc.config.json');
    writeFileSync(config, '{ "rules": { "phrase-longe": "off" } }\n');
    loads.count = 0;
    const result = await run(['check', folder, '--config', config]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('La règle « phrase-longe » n’existe pas');
    expect(loads.count).toBe(0);
    rmSync(config);
  }, 300_000);
});
