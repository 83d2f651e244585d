import type { VFile } from 'vfile';
import { isUnreadable, type Checker, type SourceFormat } from '../engine/index.ts';
import { createFalcChecker } from '../falc.ts';
import { loadConfig } from './load-config.ts';
import { loadResources } from './load-resources.ts';
import { expandInputs, missingInput, readInput } from './read-inputs.ts';

export interface CheckInputsOptions {
  cwd?: string;
  /** Format of the standard input (`-`). */
  stdinFormat?: SourceFormat;
}

/**
 * Reads and checks files, folders or globs with a checker. A file that cannot be read or does not
 * exist gets an error message; the other files are still checked.
 */
export async function checkInputs(checker: Checker, inputs: readonly string[], options: CheckInputsOptions = {}): Promise<VFile[]> {
  const { paths, missing } = await expandInputs(inputs, options.cwd);
  const files: VFile[] = [];
  for (const path of paths) {
    const file = await readInput(path);
    if (path === '-' && options.stdinFormat) file.data.falcFormat = options.stdinFormat;
    if (!isUnreadable(file)) await checker.check(file);
    files.push(file);
  }
  for (const path of missing) files.push(missingInput(path));
  return files;
}

/** Checks files, folders or globs with the project configuration and resources. Used by the Astro build. */
export async function checkPaths(inputs: readonly string[], options: { config?: string; cwd?: string } = {}): Promise<VFile[]> {
  const checker = createFalcChecker(await loadConfig(options.config, options.cwd), await loadResources({ cwd: options.cwd }));
  return checkInputs(checker, inputs, options.cwd === undefined ? {} : { cwd: options.cwd });
}
