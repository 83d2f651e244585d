// `falc check --jobs N` checks files on N threads: this thread and N - 1 worker threads. This thread
// only waited for the workers' results before (one thread more for the same cores: more processor time
// and memory, and no faster on 2 cores).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { PARALLEL_FROM } from '../../src/node/check-files.ts';

const started = { workers: 0 };
// The worker threads' module is loaded when threads are started (\`process.getBuiltinModule\`): its Worker is
// counted there.
const getBuiltinModule = process.getBuiltinModule.bind(process);
vi.spyOn(process, 'getBuiltinModule').mockImplementation(((id: string) => {
  const actual = getBuiltinModule(id);
  if (id !== 'node:worker_threads') return actual;
  const threads = actual as typeof import('node:worker_threads');
  class CountedWorker extends threads.Worker {
    constructor(...args: ConstructorParameters<typeof threads.Worker>) {
      super(...args);
      started.workers++;
    }
  }
  return { ...threads, Worker: CountedWorker };
}) as typeof process.getBuiltinModule);

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
