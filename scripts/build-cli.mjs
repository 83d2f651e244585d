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

/** `\uXXXX` (or `\u{…}` in a unicode regular expression) for a character outside ASCII. */
function escapeCharacter(character, unicode) {
  const code = character.codePointAt(0);
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  if (unicode) return `\\u{${code.toString(16)}}`;
  return character.split('').map((unit) => `\\u${unit.charCodeAt(0).toString(16)}`).join('');
}

/**
 * esbuild writes strings in ASCII but keeps regular expressions as written: a few `/[«»’]/` in 2 MB
 * make Node decode the whole file into a two-byte string at each start (about 40 ms more). The
 * characters outside ASCII in regular expressions are written as `\u00ab` instead (same meaning).
 * acorn reads the tokens: it is a declared dev dependency (Astro brings it too). Should it be missing
 * (an install without dev dependencies), the file is left as it is: slower to start, same meaning.
 */
export async function asciiRegExps(code) {
  if (/^[\x00-\x7f]*$/.test(code)) return code;
  let tokenizer;
  try {
    ({ tokenizer } = await import('acorn'));
  } catch {
    return code;
  }
  let result = '';
  let last = 0;
  for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' })) {
    if (token.type.label !== 'regexp' || /^[\x00-\x7f]*$/.test(code.slice(token.start, token.end))) continue;
    const { pattern, flags } = token.value;
    const unicode = /[uv]/.test(flags);
    // An escaped character (`\é`) is the character itself: its backslash goes with it.
    const escaped = pattern.replace(/(\\*)([^\x00-\x7f])/gu, (_, slashes, character) => `${slashes.length % 2 ? slashes.slice(1) : slashes}${escapeCharacter(character, unicode)}`);
    result += `${code.slice(last, token.start)}/${escaped}/${flags}`;
    last = token.end;
  }
  return result + code.slice(last);
}

/**
 * Two packages are bundled in full although the command uses a small part of them (less code to read
 * and load at each start: 1.9 MB → about 1.3 MB):
 * - zod's translations of its messages (`z.locales`, about 60 languages): the project writes its own
 *   French messages (src/engine/zod-french.ts) and never asks for them; English, the default, stays;
 * - acorn twice: `acorn-jsx` requires the CommonJS build while the rest imports the ES module one.
 *   Both are the same code: everything gets the ES module.
 */
export const trimBundle = {
  name: 'falc-trim-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'falc-empty' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'falc-empty' }, () => ({ contents: 'export {};', loader: 'js' }));
    build.onResolve({ filter: /^acorn$/ }, (args) =>
      args.kind === 'require-call' ? { path: fileURLToPath(new URL('../node_modules/acorn/dist/acorn.mjs', import.meta.url)) } : undefined,
    );
  },
};

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
    // esbuild turns a pattern with `\p{…}` (/\p{Lu}/u) into `new RegExp("\\p{Lu}", "u")` for node22: inside a
    // function, that call runs at every use (about 100,000 times on 100 fiches, each slower than a literal).
    // Node 22 reads these patterns: they stay literals.
    supported: { 'regexp-unicode-property-escapes': true },
    // Half the size (2.6 MB → 1.5 MB): less to read and compile at each start. Names are kept, for
    // the stack traces of FALC_DEBUG.
    minifyWhitespace: true,
    minifySyntax: true,
    // Some packages are CommonJS: give the bundle a `require`.
    banner: { js: "import { createRequire as __falcRequire } from 'node:module'; const require = __falcRequire(import.meta.url);" },
    plugins: [trimBundle],
    metafile: true,
    write: false,
    logLevel: quiet ? 'silent' : 'warning',
  });
  mkdirSync(`${root}${OUT}`, { recursive: true });
  // The list of sources first: `bin/falc.mjs` compares their dates with the compiled command's.
  writeAtomic(`${root}${OUT}/sources.json`, `${JSON.stringify(Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('falc-empty:')).sort(), null, 1)}\n`);
  const files = [...result.outputFiles].sort((a, b) => Number(a.path.endsWith('falc.mjs')) - Number(b.path.endsWith('falc.mjs')));
  for (const file of files) writeAtomic(file.path, await asciiRegExps(file.text));
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
