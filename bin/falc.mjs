#!/usr/bin/env node
// The `falc` command. It runs the compiled JavaScript of `build/cli/` (made at install by
// `scripts/build-cli.mjs`). When a source file is newer than the compiled files (a developer edited
// `src/` or `rules/`), it compiles again first; if it cannot, it runs the TypeScript with tsx.
import { existsSync, readFileSync, statSync } from 'node:fs';
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

/** True when the compiled command exists and no source file changed since. */
function fresh() {
  try {
    const built = statSync(compiled).mtimeMs;
    const sources = JSON.parse(readFileSync(`${root}build/cli/sources.json`, 'utf8'));
    return sources.every((source) => existsSync(`${root}${source}`) && statSync(`${root}${source}`).mtimeMs <= built);
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
    module.enableCompileCache?.(`${root}node_modules/.cache/falc-compile`);
  } catch {
    // No cache (read-only folder…): the command only starts a little slower.
  }
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/index.ts');
}
