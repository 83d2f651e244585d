/**
 * Adversarial shapes (tests/fuzz/shapes.ts): each shape at growing sizes, with the checker's processor
 * time for each. A linear checker takes about twice the time for twice the size; the last column is the
 * growth from the smallest to the largest size divided by the growth of the size (about 1 when linear,
 * 8 when quadratic from 5 to 40 ko). A shape is marked « NON LINÉAIRE » above 2.5.
 *
 *   npm run fuzz:shapes
 *   npm run fuzz:shapes -- --sizes 5,10,20,40 --only 'ligne|suite ;' --guide content/glossaire/caf.mdx
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { createFalcChecker } from '../src/falc.ts';
import { loadResources } from '../src/node/load-resources.ts';
import { SHAPES } from '../tests/fuzz/shapes.ts';
import { violations } from '../tests/fuzz/properties.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '5,10,20,40' }, only: { type: 'string' }, guide: { type: 'string', default: 'content/guides/rsa.mdx' }, stop: { type: 'string', default: '20000' } } });
const sizes = values.sizes.split(',').map((size) => Number(size) * 1000);
const only = values.only === undefined ? undefined : new RegExp(values.only);
const guide = readFileSync(values.guide, 'utf8');
/** Once a size takes more than this (milliseconds), larger sizes of the same shape are not tried. */
const stop = Number(values.stop);
const checker = createFalcChecker({}, await loadResources());

const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

async function measure(text: string, format: 'mdx' | 'md' | 'txt'): Promise<{ ms: number; problems: string[] }> {
  const file = new VFile({ path: `forme.${format}`, value: text });
  file.data.falcFormat = format;
  const start = cpu();
  try {
    await checker.check(file);
  } catch (error) {
    return { ms: cpu() - start, problems: [`crash: ${String(error).slice(0, 120)}`] };
  }
  const ms = cpu() - start;
  return { ms, problems: violations(file).map((violation) => `${violation.kind}: ${violation.detail.slice(0, 160)}`) };
}

await measure(guide, 'mdx');
console.log(`${'forme'.padEnd(34)}${sizes.map((size) => `${size / 1000} ko`.padStart(10)).join('')}  croissance`);
let nonLinear = 0;
for (const shape of SHAPES) {
  if (only && !only.test(shape.name)) continue;
  const times: number[] = [];
  const problems = new Set<string>();
  for (const size of sizes) {
    if (times.length > 0 && times.at(-1)! > stop) break;
    const { ms, problems: found } = await measure(shape.make(size, guide), shape.format);
    times.push(ms);
    for (const problem of found) problems.add(`${size / 1000} ko ${problem}`);
  }
  const growth = times.length > 1 ? times.at(-1)! / Math.max(times[0]!, 1) / (sizes[times.length - 1]! / sizes[0]!) : 0;
  const flag = growth > 2.5 && times.at(-1)! > 100 ? '  NON LINÉAIRE' : '';
  if (flag) nonLinear++;
  console.log(`${shape.name.padEnd(34)}${sizes.map((_, index) => (times[index] === undefined ? '—' : String(Math.round(times[index]!))).padStart(10)).join('')}  ${growth.toFixed(1)}${flag}`);
  for (const problem of [...problems].slice(0, 3)) console.log(`    ${problem}`);
}
console.log(`\n${nonLinear} forme(s) non linéaire(s).`);
