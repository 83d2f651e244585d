// Writing a file so that no reader ever sees half of it, and a failure never loses the file: the new
// contents go to a temporary file in the same folder, which then replaces the file in one step (a
// rename). Plain JavaScript (with JSDoc types) because `bin/falc.mjs` uses it before any TypeScript
// is compiled; `scripts/build-cli.mjs`, the caches of `src/node/` and `falc check --fix` use it too.
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A temporary name beside `path`, of its own: processes of several machines may share a folder, and the
 * worker threads of `--jobs` share their process (and its number). It starts with a dot: editors and
 * Astro's file watcher leave it alone.
 * @param {string} path
 * @returns {string}
 */
export function temporaryPathFor(path) {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
}

/**
 * @typedef {object} AtomicWriteOptions
 * @property {number} [mode] Permissions of the new file (those of the file it replaces, for a guide).
 */

/**
 * Writes `contents` to `path` in one step. On failure the temporary file is removed, the file at `path`
 * is left as it was, and the error is thrown.
 * @param {string} path
 * @param {string | Uint8Array} contents
 * @param {AtomicWriteOptions} [options]
 * @returns {void}
 */
export function writeFileAtomicSync(path, contents, options = {}) {
  const temporary = temporaryPathFor(path);
  try {
    writeFileSync(temporary, contents, options.mode === undefined ? undefined : { mode: options.mode });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * `writeFileAtomicSync`, without blocking the thread.
 * @param {string} path
 * @param {string | Uint8Array} contents
 * @param {AtomicWriteOptions} [options]
 * @returns {Promise<void>}
 */
export async function writeFileAtomic(path, contents, options = {}) {
  const temporary = temporaryPathFor(path);
  try {
    await writeFile(temporary, contents, options.mode === undefined ? undefined : { mode: options.mode });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Removes the files of `folder` that `isStale` picks, except `kept`: the older versions of a cache file,
 * once the new one is written. Files that cannot be removed are left.
 * @param {string} folder
 * @param {string} kept the name (not the path) of the file to keep
 * @param {(name: string) => boolean} isStale
 * @returns {void}
 */
export function removeStaleFiles(folder, kept, isStale) {
  for (const name of readdirSync(folder)) if (name !== kept && isStale(name)) rmSync(join(folder, name), { force: true });
}
