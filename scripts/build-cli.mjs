// Compiles the `falc` command to JavaScript (build/cli/), so that it starts without compiling
// TypeScript at each run. Run at install (`prepare`); `bin/falc.mjs` runs it again when a source file
// is newer than the compiled files. Packages are bundled too: one file to load instead of hundreds.
// Each file is written under a temporary name and renamed: a command started meanwhile never reads
// half a file.
//   node scripts/build-cli.mjs
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Entry points: the command and the worker that checks files on another core. */
export const ENTRIES = { falc: 'src/cli/index.ts', worker: 'src/node/check-worker.ts' };
export const OUT = 'build/cli';

function writeAtomic(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

export async function buildCli({ quiet = false } = {}) {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Some packages are CommonJS: give the bundle a `require`.
    banner: { js: "import { createRequire as __falcRequire } from 'node:module'; const require = __falcRequire(import.meta.url);" },
    metafile: true,
    write: false,
    logLevel: quiet ? 'silent' : 'warning',
  });
  mkdirSync(`${root}${OUT}`, { recursive: true });
  // The list of sources first: `bin/falc.mjs` compares their dates with the compiled command's.
  writeAtomic(`${root}${OUT}/sources.json`, `${JSON.stringify(Object.keys(result.metafile.inputs).sort(), null, 1)}\n`);
  const files = [...result.outputFiles].sort((a, b) => Number(a.path.endsWith('falc.mjs')) - Number(b.path.endsWith('falc.mjs')));
  for (const file of files) writeAtomic(file.path, file.contents);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
