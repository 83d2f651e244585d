// Processor time of the main thread spent in each rule (as a share of the whole check's), summed over the files of a folder, in one process (for developers who
// make the rules faster; `npm run bench` measures whole commands).
//   node --import tsx scripts/profile-rules.ts [folder] [--rounds N]
// With a folder: the smallest of N rounds (1 by default). Without a folder: the warm re-check of a 2,000-word guide (as
// scripts/bench-warm.ts), the mean of N rounds (25 by default): the kernel counts a thread's processor time coarsely, so one
// rule's single call often reads 0 ms and the smallest of a few rounds was 0 ms for nearly every rule.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Root as MdastRoot } from 'mdast';
import type { Transformer } from 'unified';
import { VFile } from 'vfile';
import { RULES } from '../rules/index.ts';
import { createChecker, resolveConfig } from '../src/engine/index.ts';
import type { AnyFalcRule } from '../src/engine/types.ts';
import { loadResources } from '../src/node/load-resources.ts';

// As the command does: no stack trace is kept for errors (a message is not a crash).
Error.stackTraceLimit = 0;

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');

// `--only mot-difficile,sigle`: the other rules are off (for `node --cpu-prof`).
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1]!.split(',')) : undefined;
const folder = args.find((arg, index) => !arg.startsWith('--') && (roundsAt < 0 || index !== roundsAt + 1) && (onlyAt < 0 || index !== onlyAt + 1));
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : folder ? 1 : 25;
/** Over a folder, the smallest round is the least disturbed; one guide's round is too short to be read alone. */
const mean = folder === undefined;

const spent = new Map<string, number>();
/** Each rule's plugin, wrapped: the processor time of the main thread spent in it is added up. */
const timed: AnyFalcRule[] = RULES.map((rule) => {
  const original = rule.plugin as unknown as (this: unknown, settings: unknown) => (tree: MdastRoot, file: VFile) => void;
  function plugin(this: unknown, settings: unknown): Transformer<MdastRoot> {
    const transformer = original.call(this, settings);
    return (tree, file) => {
      const start = process.threadCpuUsage();
      transformer(tree, file);
      const used = process.threadCpuUsage(start);
      spent.set(rule.id, (spent.get(rule.id) ?? 0) + (used.user + used.system) / 1000);
    };
  }
  return { ...rule, plugin: plugin as unknown as AnyFalcRule['plugin'] };
});
const config = only ? { rules: Object.fromEntries(RULES.filter((rule) => !only.has(rule.id)).map((rule) => [rule.id, 'off'])) } : {};
const checker = createChecker(resolveConfig(config, timed), await loadResources());

let inputs: Array<{ path: string; value: string }>;
if (folder) {
  inputs = readdirSync(folder).filter((name) => name.endsWith('.md')).sort().map((name) => ({ path: join(folder, name), value: readFileSync(join(folder, name), 'utf8') }));
} else {
  const guide = readFileSync('content/guides/domiciliation.mdx', 'utf8');
  const end = guide.indexOf('---', 3) + 3;
  let text = guide;
  const body = guide.slice(end);
  const count = async (value: string) => (await checker.check(new VFile({ path: 'content/guides/essai.mdx', value }))).data.falcCounts?.words ?? 0;
  while ((await count(text)) < 2000) text += body;
  inputs = [{ path: 'content/guides/essai.mdx', value: text }];
  // Warm up.
  for (let run = 0; run < 5; run++) await checker.check(new VFile(inputs[0]!));
  spent.clear();
}
// Over a folder, each figure is the smallest over the rounds: the machine is shared, the smallest is the least disturbed.
// Without a folder, each figure is the mean of the rounds: per call, the kernel counts a thread's processor time coarsely,
// and only sums over many calls are meaningful.
const threadMs = (): number => {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1000;
};
const best = new Map<string, number>();
let bestMain = Infinity;
let bestWall = Infinity;
for (let round = 0; round < rounds; round++) {
  spent.clear();
  const start = performance.now();
  const thread = threadMs();
  for (const input of inputs) await checker.check(new VFile(input));
  const main = threadMs() - thread;
  const wall = performance.now() - start;
  if (mean) {
    bestMain = (round === 0 ? 0 : bestMain) + main / rounds;
    bestWall = (round === 0 ? 0 : bestWall) + wall / rounds;
    for (const [id, ms] of spent) best.set(id, (best.get(id) ?? 0) + ms / rounds);
  } else {
    bestMain = Math.min(bestMain, main);
    bestWall = Math.min(bestWall, wall);
    for (const [id, ms] of spent) best.set(id, Math.min(best.get(id) ?? Infinity, ms));
  }
}
const rules = [...best.values()].reduce((sum, value) => sum + value, 0);
console.log(`${inputs.length} fichier(s), ${mean ? 'moyenne' : 'meilleur'} de ${rounds} tour(s) : ${bestWall.toFixed(0)} ms à l’horloge, ${bestMain.toFixed(0)} ms de processeur (fil principal), dont règles ${rules.toFixed(0)} ms`);
for (const [id, ms] of [...best].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${id.padEnd(24)} ${ms.toFixed(1).padStart(9)} ms  ${((100 * ms) / bestMain).toFixed(1).padStart(5)} %`);
}
