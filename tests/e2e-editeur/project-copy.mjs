/**
 * The editor's e2e test writes guides through Keystatic, which writes into `content/` of the folder it
 * runs in. So that no test ever leaves a file in the real `content/` (even when it fails or is killed),
 * the editor runs in a throwaway copy of the project, `tmp/editeur-e2e/` (ignored by git), whose
 * `node_modules` is a link to the project's. Run as a script, it makes a fresh copy and starts
 * `astro dev --config astro.editeur.config.mjs` in it (the command of `npm run editer`), and removes the
 * copy when it is stopped.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const COPY = join(PROJECT, 'tmp', 'editeur-e2e');

/** Not copied: tests, caches, build outputs and git. `node_modules` becomes a link. */
const SKIPPED = new Set(['.git', 'node_modules', 'dist', 'tmp', 'tests', 'bench', '.astro', 'test-results', 'playwright-report', '.ci']);

/** A fresh copy of the project in `tmp/editeur-e2e/`. */
export function makeProjectCopy() {
  rmSync(COPY, { recursive: true, force: true });
  mkdirSync(COPY, { recursive: true });
  for (const name of readdirSync(PROJECT)) {
    if (!SKIPPED.has(name)) cpSync(join(PROJECT, name), join(COPY, name), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(COPY, 'node_modules'), 'dir');
  return COPY;
}

export function removeProjectCopy() {
  rmSync(COPY, { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  makeProjectCopy();
  const astro = spawn(join(PROJECT, 'node_modules', '.bin', 'astro'), ['dev', '--ignore-lock', '--config', 'astro.editeur.config.mjs'], { cwd: COPY, stdio: 'inherit' });
  const stop = () => astro.kill('SIGTERM');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  astro.on('exit', (code) => {
    removeProjectCopy();
    process.exit(code ?? 0);
  });
}
