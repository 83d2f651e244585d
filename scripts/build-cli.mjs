// Compiles the `falc` command to JavaScript (build/cli/), so that it starts without compiling
// TypeScript at each run. Run at install (`prepare`); `bin/falc.mjs` runs it again when a source file
// is newer than the compiled files. Packages are bundled too: one file to load instead of hundreds.
// Each file is written under a temporary name and renamed: a command started meanwhile never reads
// half a file.
//   node scripts/build-cli.mjs
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeFileAtomicSync } from '../src/node/write-file-atomic.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const OUT = 'build/cli';

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
 * fdir (tinyglobby's folder walker) looks for picomatch at load, with its own `require`, for a method
 * tinyglobby never calls (`fdir.glob`; tinyglobby matches with its own copy of picomatch, bundled). In the
 * bundle, that `require` read picomatch's files from node_modules at each start; without it, fdir's
 * `glob` says « Please specify a glob function » — nothing of ours calls it.
 */
export const noOptionalPicomatch = {
  name: 'falc-no-optional-picomatch',
  setup(build) {
    build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      const trimmed = text.replace(/__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/, '');
      return { contents: trimmed, loader: 'js' };
    });
  },
};

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

/**
 * The command: a CommonJS script that `bin/falc.mjs` compiles with V8's cache of compiled code (see
 * `bin/falc.mjs`). Its `import.meta.url` is its own address, as in a module.
 */
const COMMAND = { entry: 'src/cli/run-process.ts', file: 'falc.cjs' };
/** The worker that checks files on another core: an ES module, started by its file. */
const WORKER = { entry: 'src/node/check-worker.ts', file: 'worker.mjs' };

export async function buildCli({ quiet = false } = {}) {
  const { build } = await import('esbuild');
  const options = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node22',
    // esbuild turns a pattern with `\p{…}` (/\p{Lu}/u) into `new RegExp("\\p{Lu}", "u")` for node22: inside a
    // function, that call runs at every use (about 100,000 times on 100 fiches, each slower than a literal).
    // Node 22 reads these patterns: they stay literals.
    supported: { 'regexp-unicode-property-escapes': true },
    // Half the size (2.6 MB → 1.5 MB): less to read and compile at each start. Names are kept, for
    // the stack traces of FALC_DEBUG.
    minifyWhitespace: true,
    minifySyntax: true,
    plugins: [trimBundle, noOptionalPicomatch],
    metafile: true,
    write: false,
    logLevel: quiet ? 'silent' : 'warning',
  };
  const [command, worker] = await Promise.all([
    build({
      ...options,
      entryPoints: [COMMAND.entry],
      outfile: `${OUT}/${COMMAND.file}`,
      format: 'cjs',
      define: { 'import.meta.url': '__falcModuleUrl' },
      // Strict, as the modules it is made of (a directive must come before any statement).
      banner: { js: '"use strict";var __falcModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    }),
    build({
      ...options,
      entryPoints: [WORKER.entry],
      outfile: `${OUT}/${WORKER.file}`,
      format: 'esm',
      // Some packages are CommonJS: give the bundle a `require`.
      banner: { js: "import { createRequire as __falcRequire } from 'node:module'; const require = __falcRequire(import.meta.url);" },
    }),
  ]);
  const inputs = { ...worker.metafile.inputs, ...command.metafile.inputs };
  mkdirSync(`${root}${OUT}`, { recursive: true });
  // The list of sources first: `bin/falc.mjs` compares their dates with the compiled command's.
  writeFileAtomicSync(`${root}${OUT}/sources.json`, `${JSON.stringify(Object.keys(inputs).filter((input) => !input.startsWith('falc-empty:')).sort(), null, 1)}\n`);
  writeFileAtomicSync(worker.outputFiles[0].path, await asciiRegExps(worker.outputFiles[0].text));
  // The command last (its date is the build's), with a first line that names its contents: the key of
  // its saved compiled code (V8 itself only compares the length of the source).
  const code = await asciiRegExps(command.outputFiles[0].text);
  const key = createHash('sha256').update(code).digest('hex').slice(0, 16);
  writeFileAtomicSync(command.outputFiles[0].path, `// falc ${key}\n${code}`);
  // The command of earlier versions, an ES module.
  rmSync(`${root}${OUT}/falc.mjs`, { force: true });
  return { metafile: { inputs }, outputFiles: [...command.outputFiles, ...worker.outputFiles] };
}

/**
 * Runs the compiled command once on the project's guides (at most 20 of `content/guides/`), so that it
 * saves its compiled code (`bin/falc.mjs`): an author's first check does not compile the checker's
 * functions again. Without guides, the first check of an author saves it.
 */
export function warmUpCommand() {
  const folder = `${root}content/guides`;
  if (!existsSync(folder)) return;
  const guides = readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort().slice(0, 20).map((name) => `content/guides/${name}`);
  if (guides.length === 0) return;
  spawnSync(process.execPath, [`${root}bin/falc.mjs`, 'check', '--format', 'json', ...guides], { cwd: root, stdio: 'ignore', env: { ...process.env, FALC_NO_BUILD: '1' }, timeout: 120_000 });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildCli();
  warmUpCommand();
}
