/**
 * The public API of the FALC engine. It uses no Node-only API, so that the CLI, the Astro build
 * and a browser page can all use it.
 */
export { createChecker, createParser, createRetext, formatOf, kindOf, isUnreadable, MAX_FILE_SIZE } from './checker.ts';
export type { Checker, SourceFormat } from './checker.ts';
export { allowListOf, resolveConfig, ruleUrl, ConfigError, configSchema } from './config.ts';
export type { FalcConfig, ResolvedConfig, ResolvedRule } from './config.ts';
export { PRESETS } from './presets.ts';
export { severityOf, INPUT_ERROR_IDS } from './messages.ts';
export { addFixes, applyFixes, fixOf, FIXABLE_RULES } from './fixes.ts';
export type { FalcFix, FixResult } from './fixes.ts';
export { dedupeMessages } from './dedupe.ts';
export { splitSentences } from './split-sentences.ts';
export { normalizeWord, splitElision, stripAccents } from './normalize.ts';
export { applySuppressions, findSuppressions, parseDirective, SUPPRESSION_RULE_ID } from './suppressions.ts';
export type { IgnoredMessage, Suppression } from './suppressions.ts';
export type * from './types.ts';
