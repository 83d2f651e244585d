// The V8 settings for many files (heap growth, no inlining by the optimizing compiler) belong to the `falc` command, which owns its process: the Astro
// build checks the guides in its own process through `checkPaths`, and its V8 must stay as Astro set it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const flags = vi.hoisted(() => ({ set: [] as string[] }));
vi.mock('node:v8', async (original) => ({
  ...(await original<typeof import('node:v8')>()),
  setFlagsFromString: (flag: string) => flags.set.push(flag),
}));

const { runCli } = await import('../../src/cli/main.ts');
const { checkPaths, PARALLEL_FROM } = await import('../../src/node/check-files.ts');

const folder = mkdtempSync(join(tmpdir(), 'falc-heap-'));
const few = join(folder, 'peu');
const many = join(folder, 'beaucoup');
for (const [dir, count] of [[few, 3], [many, PARALLEL_FROM]] as const) {
  mkdirSync(dir);
  for (let index = 0; index < count; index++) writeFileSync(join(dir, `texte-${index}.md`), 'Vous pouvez demander une aide au CCAS.\n');
}
afterAll(() => rmSync(folder, { recursive: true, force: true }));
beforeEach(() => {
  flags.set.length = 0;
});

const run = (args: string[]) => runCli(args, { stdout: () => {}, stderr: () => {} });

describe('the V8 settings for many files', () => {
  it('are set by falc check when it checks many files', async () => {
    await run(['check', many, '--jobs', '1', '--format', 'json']);
    expect(flags.set).toEqual(['--heap-growing-percent=75', '--no-turbo-inlining']);
  }, 120_000);

  it('are not set by falc check for a few files', async () => {
    await run(['check', few, '--jobs', '1', '--format', 'json']);
    expect(flags.set).toEqual([]);
  }, 120_000);

  it('are never set by the Astro build’s check (checkPaths), which runs in Astro’s process', async () => {
    const files = await checkPaths([many]);
    expect(files).toHaveLength(PARALLEL_FROM);
    expect(flags.set).toEqual([]);
  }, 120_000);
});
