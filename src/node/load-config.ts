import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../engine/config.ts';

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
