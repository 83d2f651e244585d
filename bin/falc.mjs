#!/usr/bin/env node
// The `falc` command. It runs the compiled JavaScript of `build/cli/` (made at install by
// `scripts/build-cli.mjs`). When a source file is newer than the compiled files (a developer edited
// `src/` or `rules/`), it compiles again first; if it cannot, it runs the TypeScript with tsx.
import { readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  process.stderr.write(
    `falc a besoin de Node 22 ou plus (vous avez Node ${process.versions.node}). Lancez-le avec « npx falc » ou « npm run check » dans le dossier du projet.\n`,
  );
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = `${root}build/cli/falc.mjs`;

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
if (ready) {
  // V8 keeps the compiled code of the command on disk: the next start skips compiling 2 MB of JavaScript.
  try {
    const cache = `${root}node_modules/.cache/falc-compile`;
    module.enableCompileCache?.(cache);
    // The worker threads of `--jobs` read it too (they look at the variable, not at this call).
    process.env.NODE_COMPILE_CACHE ??= cache;
  } catch {
    // No cache (read-only folder…): the command only starts a little slower.
  }
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/index.ts');
}
