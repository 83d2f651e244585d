// Warm re-check of the 2,000-word guide (as scripts/bench-warm.ts) by two checkouts of the project in ONE process,
// their checks alternated (old, new, new, old…): on a shared machine, runs of two processes minutes apart differ
// more than the change being measured. For developers who make the rules faster.
//   git worktree add /tmp/old main && ln -s "$PWD/node_modules" /tmp/old/node_modules
//   node --import tsx scripts/warm-ab.ts /tmp/old [copies of the body, default 2: 1,967 words] [pairs, default 60]
// Prints, for each checkout, the median and minimum wall time and the median processor time of the main thread.
// Both checkers share one heap: a collection caused by one may land in the other's time.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { VFile } from 'vfile';

interface Checker {
  check(file: VFile): Promise<VFile>;
}

const [oldRoot, copiesArg, pairsArg] = process.argv.slice(2);
if (!oldRoot) {
  console.error('Usage : node --import tsx scripts/warm-ab.ts <dossier de l’ancienne version> [copies] [paires]');
  process.exit(2);
}
const make = async (root: string): Promise<Checker> => {
  const { createFalcChecker } = (await import(resolve(root, 'src/falc.ts'))) as typeof import('../src/falc.ts');
  const { loadResources } = (await import(resolve(root, 'src/node/load-resources.ts'))) as typeof import('../src/node/load-resources.ts');
  return createFalcChecker({}, await loadResources()) as Checker;
};
const checkers: Record<'old' | 'new', Checker> = { old: await make(oldRoot), new: await make(resolve(import.meta.dirname, '..')) };

const guide = readFileSync(new URL('../content/guides/domiciliation.mdx', import.meta.url), 'utf8');
const end = guide.indexOf('---', 3) + 3;
const text = guide.slice(0, end) + guide.slice(end).repeat(Number(copiesArg ?? 2));
const check = (checker: Checker) => checker.check(new VFile({ path: 'content/guides/essai.mdx', value: text }));
console.log('mots :', (await check(checkers.new)).data.falcCounts?.words);
for (let run = 0; run < 10; run++) for (const checker of Object.values(checkers)) await check(checker);

const spent = { old: { wall: [] as number[], cpu: [] as number[] }, new: { wall: [] as number[], cpu: [] as number[] } };
for (let pair = 0; pair < Number(pairsArg ?? 60); pair++) {
  for (const name of pair % 2 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
    const start = performance.now();
    const used = process.threadCpuUsage();
    await check(checkers[name]);
    const cpu = process.threadCpuUsage(used);
    spent[name].cpu.push((cpu.user + cpu.system) / 1000);
    spent[name].wall.push(performance.now() - start);
  }
}
const sorted = (values: number[]) => values.sort((a, b) => a - b);
for (const name of ['old', 'new'] as const) {
  const wall = sorted(spent[name].wall);
  const cpu = sorted(spent[name].cpu);
  const median = (values: number[]) => values[values.length >> 1]!.toFixed(1);
  console.log(`${name} : horloge médiane ${median(wall)} ms (min ${wall[0]!.toFixed(1)}), processeur du fil principal médian ${median(cpu)} ms`);
}
