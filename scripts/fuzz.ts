/**
 * Fuzzing: checks thousands of mutated guides and rule pages and reports crashes, slow inputs and
 * messages placed outside the text. Failing inputs are minimized and kept in
 * tests/fuzz/reproducers/, where tests/fuzz/reproducers.test.ts checks them on every `npm test`.
 *
 *   npm run fuzz                      10,000 inputs, seed 1
 *   npm run fuzz -- --count 500 --seed 7
 *   npm run fuzz -- --minutes 10 --keep 0   stop after 10 minutes, keep no reproducer
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { VFile } from 'vfile';
import { createFalcChecker } from '../src/falc.ts';
import { loadResources } from '../src/node/load-resources.ts';
import { makeInput, type FuzzInput } from '../tests/fuzz/mutate.ts';
import { violations, type Violation } from '../tests/fuzz/properties.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, slow: { type: 'string', default: '2000' }, minutes: { type: 'string' }, keep: { type: 'string', default: '20' } } });
const count = Number(values.count);
const seed = Number(values.seed);
/** An input under 50 KB must be checked in less than this (milliseconds of processor time). */
const slowLimit = Number(values.slow);
const SMALL = 50_000;
/** Stop early (with the same summary) after this many minutes of clock time, when given. */
const deadline = values.minutes === undefined ? Infinity : Date.now() + Number(values.minutes) * 60_000;
const REPRODUCERS = 'tests/fuzz/reproducers';

const corpus = (await glob(['content/**/*.mdx', 'rules/*/README.md'])).sort().map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const checker = createFalcChecker({}, await loadResources());

/** Processor time of this process, in milliseconds: unlike the clock, it does not count other programs. */
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

async function run(input: Pick<FuzzInput, 'text' | 'format'>): Promise<{ found: Violation[]; ms: number }> {
  const file = new VFile({ path: `fuzz.${input.format}`, value: input.text });
  file.data.falcFormat = input.format;
  const start = cpu();
  try {
    await checker.check(file);
  } catch (error) {
    return { found: [{ kind: 'crash', detail: `check threw: ${String(error).slice(0, 200)}` }], ms: cpu() - start };
  }
  return { found: violations(file), ms: cpu() - start };
}

/** Clock time one reduction may take: a 30 KB input checked in 100 ms took more than 25 minutes to reduce. */
const MINIMIZE_MS = 60_000;

/**
 * Removes pieces of the text while the same kind of failure remains (a small delta debugging). After
 * `MINIMIZE_MS`, the smallest text found so far is kept.
 */
async function minimize(input: FuzzInput, fails: (text: string) => Promise<boolean>): Promise<string> {
  let text = input.text;
  const until = Date.now() + MINIMIZE_MS;
  for (let chunk = Math.floor(text.length / 2); chunk >= 1 && Date.now() < until; chunk = Math.floor(chunk / 2)) {
    for (let start = 0; start < text.length && Date.now() < until; ) {
      const candidate = text.slice(0, start) + text.slice(start + chunk);
      if (candidate.length > 0 && (await fails(candidate))) text = candidate;
      else start += chunk;
    }
    if (text.length < 200) break;
  }
  return text;
}

// Warm up: the first check loads the language data (dictionary, frequencies); it is not the input's cost.
await run({ text: corpus[0]!.text, format: 'mdx' });

const stats = { inputs: 0, bytes: 0, crashes: 0, slow: 0, position: 0, actual: 0, slowest: 0, slowestName: '' };
const failures: Array<{ input: FuzzInput; found: Violation[]; ms: number }> = [];
for (let index = 0; index < count && Date.now() < deadline; index++) {
  const input = makeInput(corpus, seed, index);
  let { found, ms } = await run(input);
  // A slow input is checked a second time: a pause of the garbage collector or another program is not
  // the checker's cost; an input that is slow twice is.
  if (ms > slowLimit && input.text.length < SMALL) ms = Math.min(ms, (await run(input)).ms);
  stats.inputs++;
  stats.bytes += input.text.length;
  const small = input.text.length < SMALL;
  if (small && ms > stats.slowest) {
    stats.slowest = ms;
    stats.slowestName = input.name;
  }
  const slow = small && ms > slowLimit;
  if (slow) stats.slow++;
  for (const kind of ['crash', 'position', 'actual'] as const) if (found.some((violation) => violation.kind === kind)) stats[kind === 'crash' ? 'crashes' : kind]++;
  if (found.length > 0 || slow) {
    failures.push({ input, found, ms });
    console.log(`✖ ${input.name} (${input.text.length} signes, ${Math.round(ms)} ms)${slow ? ' LENT' : ''}\n  ${found.map((violation) => `${violation.kind}: ${violation.detail}`).join('\n  ')}`);
  }
  if ((index + 1) % 100 === 0) console.log(`… ${index + 1} entrées, ${stats.crashes} plantages, ${stats.slow} lentes, ${stats.position + stats.actual} mauvaises places`);
}

console.log(`
Résultat du fuzzing (graine ${seed}) :
  entrées vérifiées                     ${stats.inputs} (${Math.round(stats.bytes / 1000)} ko en tout)
  plantages                             ${stats.crashes}
  entrées de moins de 50 ko en plus de ${slowLimit / 1000} s  ${stats.slow}
  messages hors du texte                ${stats.position}
  « actual » différent du texte         ${stats.actual}
  la plus lente (moins de 50 ko)        ${Math.round(stats.slowest)} ms : ${stats.slowestName}
`);
process.exitCode = stats.crashes + stats.slow + stats.position + stats.actual > 0 ? 1 : 0;

// The summary comes first: reducing the failing inputs may take a few minutes.
if (failures.length > 0 && Number(values.keep) > 0) {
  console.log(`Réduction de ${Math.min(failures.length, Number(values.keep))} entrée(s) qui échouent, dans ${REPRODUCERS}/ (1 minute au plus chacune)…`);
  mkdirSync(REPRODUCERS, { recursive: true });
  for (const { input, found } of failures.slice(0, Number(values.keep))) {
    const kinds = new Set(found.map((violation) => violation.kind));
    const text = kinds.size === 0 ? input.text : await minimize(input, async (candidate) => (await run({ text: candidate, format: input.format })).found.some((violation) => kinds.has(violation.kind)));
    const name = input.name.replace(/[^\w.-]+/g, '-').slice(0, 80);
    writeFileSync(`${REPRODUCERS}/${name}.${input.format}`, text);
  }
}
