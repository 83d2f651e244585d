/**
 * The FALC checker with every rule of `rules/`: what the CLI and the Astro build use.
 */
import { RULES } from '../rules/index.ts';
import { createChecker, resolveConfig, type Checker } from './engine/index.ts';

export { RULES };

/** A checker with the project's configuration (as read from `falc.config.json`, or nothing). */
export function createFalcChecker(config: unknown = {}): Checker {
  return createChecker(resolveConfig(config, RULES));
}
