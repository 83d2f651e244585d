#!/usr/bin/env node
// The `falc` command. It runs the compiled JavaScript of `build/cli/` (made at install by
// `scripts/build-cli.mjs`). When a source file is newer than the compiled files (a developer edited
// `src/` or `rules/`), it compiles again first; if it cannot, it runs the TypeScript with tsx.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { removeStaleFiles, writeFileAtomicSync } from '../src/node/write-file-atomic.mjs';

// 22.3 at least: `process.getBuiltinModule` (the worker threads of `--jobs`).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 3)) {
  process.stderr.write(
    `falc a besoin de Node 22.3 ou plus (vous avez Node ${process.versions.node}). Lancez-le avec « npx falc » ou « npm run check » dans le dossier du projet.\n`,
  );
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = `${root}build/cli/falc.cjs`;

/**
 * True when the compiled command exists and no source file changed since. The project's own files
 * (src/, rules/…) are compared one by one. The packages' files (hundreds of them) are not: npm rewrites
 * node_modules/.package-lock.json at each install or update, and its date stands for them all (without
 * that file, they are compared one by one too).
 */
function fresh() {
  try {
    const built = statSync(compiled).mtimeMs;
    const changed = (path) => (statSync(`${root}${path}`, { throwIfNoEntry: false })?.mtimeMs ?? Number.POSITIVE_INFINITY) > built;
    const stamp = statSync(`${root}node_modules/.package-lock.json`, { throwIfNoEntry: false });
    if (stamp && stamp.mtimeMs > built) return false;
    const sources = JSON.parse(readFileSync(`${root}build/cli/sources.json`, 'utf8'));
    return !sources.some((source) => !(stamp && source.startsWith('node_modules/')) && changed(source));
  } catch {
    return false;
  }
}

let ready = fresh();
if (!ready && !process.env.FALC_NO_BUILD) {
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    await buildCli({ quiet: true });
    ready = true;
  } catch {
    ready = false;
  }
}
/** Where V8's compiled code of the command is kept between runs. */
const CACHE_FOLDER = `${root}node_modules/.cache/falc-compile`;

/**
 * Runs the compiled command with the compiled code V8 saved from an earlier check. Node's own cache
 * (`module.enableCompileCache`) saves a script's code as soon as it is compiled: only its outer
 * functions, as V8 compiles a function at its first call. Saved after a check instead, it holds every
 * function that the check ran, and the next check starts without compiling them (2 December: 0.94 times
 * the time of a cold check of one guide). The file's name holds Node's version and the key of the
 * compiled command (its first line, made by scripts/build-cli.mjs): V8 refuses code saved by another
 * version or under other settings, and the key keeps code of an older build from being used.
 */
async function runCompiled() {
  // The compiled command is written in ASCII (scripts/build-cli.mjs): read as Latin-1, its bytes are its
  // text, without decoding UTF-8 (7 ms less on 1.5 MB). Any other file is read as UTF-8.
  const bytes = readFileSync(compiled);
  const source = isAscii(bytes) ? bytes.latin1Slice() : bytes.toString('utf8');
  // Without its key (a command not made by scripts/build-cli.mjs), no saved code: V8 itself only compares
  // the length of the source.
  const key = /^\/\/ falc (\w+)/.exec(source)?.[1];
  const prefix = `falc-${process.version}-${process.arch}-`;
  const saved = `${CACHE_FOLDER}/${prefix}${key}.bin`;
  let cachedData;
  if (key) {
    try {
      cachedData = readFileSync(saved);
    } catch {
      // Not saved yet: this run compiles the functions it calls, and saves them after a check.
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: compiled, cachedData });
  const commonJs = { exports: {} };
  script.runInThisContext()(commonJs.exports, module.createRequire(compiled), commonJs, compiled, `${root}build/cli`);
  await commonJs.exports.runProcess(process.argv.slice(2));
  if (!key || (cachedData && !script.cachedDataRejected) || process.argv[2] !== 'check' || commonJs.exports.v8SettingsChanged()) return;
  try {
    mkdirSync(CACHE_FOLDER, { recursive: true });
    writeFileAtomicSync(saved, script.createCachedData());
    // The code of older builds, for this version of Node, is no use any more (another Node keeps its own).
    removeStaleFiles(CACHE_FOLDER, `${prefix}${key}.bin`, (name) => name.startsWith(prefix) && name.endsWith('.bin'));
  } catch {
    // A read-only folder: the next runs only start a little slower.
  }
}

if (ready) {
  // The worker threads of `--jobs` are ES modules: Node's own cache keeps their compiled code (they read
  // the variable, not a call in this thread).
  process.env.NODE_COMPILE_CACHE ??= CACHE_FOLDER;
  await runCompiled();
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/index.ts');
}
