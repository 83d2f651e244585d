// Benchmarks of the FALC checker (npm run bench). Performance targets live here, not in tests.
// - start-up: time to load the engine, every rule and the language resources;
// - check: time to check the domiciliation guide, and a guide 20 times as long.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { VFile } from 'vfile';

const started = performance.now();
const { createFalcChecker, RULES } = await import('../src/falc.ts');
const { loadResources } = await import('../src/node/load-resources.ts');
const loaded = performance.now() - started;
// Language resources: frequencies (30,000 forms), glossary, project words, Hunspell files.
const resourcesStart = performance.now();
const language = await loadResources();
const resourcesTime = performance.now() - resourcesStart;
const checker = createFalcChecker({}, language);
// The Hunspell checker (nspell) is built at the first check of the rule `orthographe`.
const spellStart = performance.now();
await checker.check(new VFile({ path: 'content/guides/warmup.mdx', value: '---\ntitle: Essai\n---\n\nBonjour.\n' }));
const spellTime = performance.now() - spellStart;

const guide = readFileSync('content/guides/domiciliation.mdx', 'utf8');
const [frontmatter, body] = [guide.slice(0, guide.indexOf('---', 3) + 3), guide.slice(guide.indexOf('---', 3) + 3)];
const long = frontmatter + body.repeat(20);

async function time(label: string, text: string, runs: number): Promise<number> {
  // Warm-up run.
  await checker.check(new VFile({ path: 'content/guides/bench.mdx', value: text }));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await checker.check(new VFile({ path: 'content/guides/bench.mdx', value: text }));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(44)} médiane ${median.toFixed(1).padStart(7)} ms  (${runs} essais)`);
  return median;
}

console.log(`Chargement du moteur et de ${RULES.length} règles : ${loaded.toFixed(0)} ms `);
console.log(`Chargement des ressources (fréquences, glossaire) : ${resourcesTime.toFixed(0)} ms (cible : moins de 150 ms)`);
console.log(`Premier contrôle avec le dictionnaire Hunspell (nspell) : ${spellTime.toFixed(0)} ms`);
const small = await time(`Guide domiciliation (${guide.length} signes)`, guide, 30);
const big = await time(`Guide 20 fois plus long (${long.length} signes)`, long, 5);
console.log(`Rapport long / court : ${(big / small).toFixed(1)} (linéaire : environ 20)`);

// The /verifier/ page in Chromium (weight, first check and re-check of a 2,000-word guide): its own script.
await import('./bench-verifier.mjs');
