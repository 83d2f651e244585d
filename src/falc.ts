/**
 * The FALC checker with every rule of `rules/`: what the CLI and the Astro build use.
 */
import { RULES } from '../rules/index.ts';
import { createChecker, resolveConfig, type Checker, type LanguageData } from './engine/index.ts';

export { RULES };

/**
 * A checker with the project's configuration (as read from `falc.config.json`, or nothing) and the
 * language resources (frequencies, glossary…: `src/node/load-resources.ts` reads them from disk).
 */
export function createFalcChecker(config: unknown = {}, language: LanguageData = {}): Checker {
  return createChecker(resolveConfig(config, RULES), language);
}
