import type { VFile } from 'vfile';
import { isUnreadable } from '../engine/index.ts';
import { createFalcChecker } from '../falc.ts';
import { loadConfig } from './load-config.ts';
import { loadResources } from './load-resources.ts';
import { expandInputs, missingInput, readInput } from './read-inputs.ts';

/** Reads and checks files, folders or globs with the project configuration. Used by the Astro build. */
export async function checkPaths(inputs: readonly string[], options: { config?: string; cwd?: string } = {}): Promise<VFile[]> {
  const checker = createFalcChecker(await loadConfig(options.config, options.cwd), await loadResources({ cwd: options.cwd }));
  const { paths, missing } = await expandInputs(inputs, options.cwd);
  const files: VFile[] = [];
  for (const path of paths) {
    const file = await readInput(path);
    if (!isUnreadable(file)) await checker.check(file);
    files.push(file);
  }
  for (const path of missing) files.push(missingInput(path));
  return files;
}
