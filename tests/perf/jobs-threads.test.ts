// `falc check --jobs N` checks files on N threads: this thread and N - 1 worker threads. This thread
// only waited for the workers' results before (one thread more for the same cores: more processor time
// and memory, and no faster on 2 cores).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { PARALLEL_FROM } from '../../src/node/check-files.ts';

const started = vi.hoisted(() => ({ workers: 0 }));
vi.mock('node:worker_threads', async (original) => {
  const actual = await original<typeof import('node:worker_threads')>();
  class CountedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      started.workers++;
    }
  }
  return { ...actual, Worker: CountedWorker };
});

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(args, { stdout: (text) => (out += text), stderr: () => {} });
  return { code, out };
}

const folder = mkdtempSync(join(tmpdir(), 'falc-threads-'));
const count = PARALLEL_FROM + 4;
for (let index = 0; index < count; index++) {
  writeFileSync(join(folder, `texte-${String(index).padStart(2, '0')}.md`), index % 2 ? 'Vous pouvez demander une aide au CCAS.\n' : 'Vous recevez un courrier.\n');
}
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('falc check --jobs', () => {
  it('checks files on this thread and jobs - 1 worker threads, with the report of one thread', async () => {
    const one = await run(['check', folder, '--format', 'json', '--jobs', '1']);
    expect(started.workers).toBe(0);
    const two = await run(['check', folder, '--format', 'json', '--jobs', '2']);
    expect(started.workers).toBe(1);
    expect(two.code).toBe(one.code);
    expect(two.out).toBe(one.out);
    expect(JSON.parse(two.out).files).toHaveLength(count);
    started.workers = 0;
    const three = await run(['check', folder, '--format', 'json', '--jobs', '3']);
    expect(started.workers).toBe(2);
    expect(three.out).toBe(one.out);
  }, 300_000);
});

describe('the default number of jobs', () => {
  it('is one per core but one, at least 1', async () => {
    const { defaultJobs } = await import('../../src/node/check-files.ts');
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(2)).toBe(1);
    expect(defaultJobs(4)).toBe(3);
    expect(defaultJobs(8)).toBe(7);
  });
});
