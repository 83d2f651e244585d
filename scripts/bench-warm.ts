// In-process timings for `npm run bench` (run with tsx by scripts/bench.mjs; prints JSON):
// - warm re-check of a guide of about 2,000 words (the domiciliation guide, its body repeated as many
//   times as brings it nearest to 2,000 words), as the live checker re-checks a guide on each change;
// - every file of a folder checked one by one: the slowest file, and the files under 20 KB that take
//   more than 300 ms.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { VFile } from 'vfile';
import { createFalcChecker } from '../src/falc.ts';
import { loadResources } from '../src/node/load-resources.ts';

const folder = process.argv[2];
const checker = createFalcChecker({}, await loadResources());

const guide = readFileSync('content/guides/domiciliation.mdx', 'utf8');
const end = guide.indexOf('---', 3) + 3;
const [header, body] = [guide.slice(0, end), guide.slice(end)];
const count = async (value: string) => (await checker.check(new VFile({ path: 'content/guides/essai.mdx', value }))).data.falcCounts?.words ?? 0;
// The guide's body repeated as many times as brings it nearest to 2,000 words (the guide size).
let text = header + body;
let words = await count(text);
for (let copies = 2; ; copies++) {
  const longer = header + body.repeat(copies);
  const longerWords = await count(longer);
  if (Math.abs(longerWords - 2000) >= Math.abs(words - 2000)) break;
  [text, words] = [longer, longerWords];
}
/** Checks a text once: wall time and processor time (less disturbed when other programs share the machine), in ms. */
async function timedCheck(path: string, value: string): Promise<{ ms: number; cpu: number }> {
  const start = performance.now();
  const used = process.cpuUsage();
  await checker.check(new VFile({ path, value }));
  const spent = process.cpuUsage(used);
  return { ms: performance.now() - start, cpu: (spent.user + spent.system) / 1000 };
}

/** The middle value (the upper one of the two middle values for an even count). */
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// Warm: an author typing has the checker re-check the guide dozens of times. The first runs are not
// counted (the JavaScript engine is still compiling the hot functions).
const warmingUp: number[] = [];
for (let run = 0; run < 25; run++) warmingUp.push((await timedCheck('content/guides/essai.mdx', text)).ms);
const runs: Array<{ ms: number; cpu: number }> = [];
for (let run = 0; run < 40; run++) runs.push(await timedCheck('content/guides/essai.mdx', text));
const times = runs.map((run) => run.ms);
const warm = {
  words,
  median: median(times),
  min: Math.min(...times),
  max: Math.max(...times),
  cpuMedian: median(runs.map((run) => run.cpu)),
  warmingUpMedian: median(warmingUp),
};

const files: Array<{ name: string; size: number; ms: number; cpu: number }> = [];
if (folder) {
  for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.md')).sort()) {
    const path = join(folder, name);
    const value = readFileSync(path, 'utf8');
    files.push({ name, size: statSync(path).size, ...(await timedCheck(path, value)) });
  }
}
files.sort((a, b) => b.cpu - a.cpu);
const slow = files.filter((file) => file.size < 20_000 && file.cpu > 300);
process.stdout.write(`${JSON.stringify({ warm, slowest: files.slice(0, 3), over300: slow.length, files: files.length })}\n`);
