import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allowListOf, ConfigError } from '../engine/config.ts';

/** Name of the project configuration file. */
export const CONFIG_FILE = 'falc.config.json';

/**
 * Reads the project configuration: the file given with `--config`, or `falc.config.json` in the
 * working directory when it exists, or nothing. Throws a ConfigError in French.
 */
export async function loadConfig(path?: string, cwd = process.cwd()): Promise<unknown> {
  const file = path ? resolve(cwd, path) : resolve(cwd, CONFIG_FILE);
  if (!path && !existsSync(file)) return {};
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConfigError(`Le fichier de configuration « ${path ?? CONFIG_FILE} » ne peut pas être lu. Vérifiez le chemin.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
    const line = detail ? text.slice(0, Number(detail[1])).split('\n').length : undefined;
    throw new ConfigError(
      `Le fichier de configuration « ${path ?? CONFIG_FILE} » n’est pas un JSON valide${line ? ` (ligne ${line})` : ''}. Vérifiez les virgules et les guillemets.`,
    );
  }
}

/**
 * The project's additions to the allow-list (`rules.composant.options.allow` of `falc.config.json` in
 * `root`), read now: the build's guard calls it for each guide, so that `astro dev` follows a saved
 * configuration as the checker does. A missing or broken file adds nothing.
 */
export function allowListIn(root: string): { components: string[] } {
  let text: string;
  try {
    text = readFileSync(resolve(root, CONFIG_FILE), 'utf8');
  } catch {
    return allowListOf({});
  }
  try {
    return allowListOf(JSON.parse(text) as unknown);
  } catch {
    return allowListOf({});
  }
}
