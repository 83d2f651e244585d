// `falc check --jobs`: many files are checked on worker threads, with the same report, in the same
// order, and the same exit code as on one thread.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (text) => (out += text), stderr: (text) => (err += text) });
  return { code, out, err };
}

describe('falc check --jobs', () => {
  it('gives the same report and exit code on 2 worker threads as on one thread', async () => {
    const one = await run(['check', 'tests/fixtures/fiches', '--format', 'json', '--jobs', '1']);
    const two = await run(['check', 'tests/fixtures/fiches', '--format', 'json', '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(two.code).toBe(one.code);
    expect(JSON.parse(two.out).files.map((file: { path: string }) => file.path)).toEqual(JSON.parse(one.out).files.map((file: { path: string }) => file.path));
    expect(two.out).toBe(one.out);
    const pretty = await run(['check', 'tests/fixtures/fiches', '--jobs', '2']);
    expect(pretty.out).toBe((await run(['check', 'tests/fixtures/fiches', '--jobs', '1'])).out);
  }, 600_000);

  it('refuses a wrong number of jobs, in French', async () => {
    const result = await run(['check', 'tests/fixtures/fiches', '--jobs', 'deux']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Le nombre de tâches « deux » n’est pas valable');
  });
});
