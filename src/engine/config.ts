import { z } from 'zod';
import { closest } from './closest.ts';
import type { AnyFalcRule, RuleSettings, Severity } from './types.ts';
import { PRESETS, type PresetName } from './presets.ts';
import { frenchZodError } from './zod-french.ts';

const severity = z.enum(['off', 'info', 'warning', 'error']);

const ruleEntry = z.union([
  severity,
  z.object({ severity: severity.optional(), options: z.record(z.string(), z.unknown()).optional() }).strict(),
]);

export type RuleEntry = z.infer<typeof ruleEntry>;

/** The project configuration (`falc.config.json`). */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    preset: z.enum(Object.keys(PRESETS) as [PresetName, ...PresetName[]]).optional(),
    rules: z.record(z.string(), ruleEntry).optional(),
    /** Address of the published site, used to build the links to rule pages. */
    siteUrl: z.string().optional(),
    /** Words that are never flagged as difficult or misspelt (local names…). */
    words: z.array(z.string()).optional(),
  })
  .strict();

export type FalcConfig = z.infer<typeof configSchema>;

/** A configuration problem, said in French for authors. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface ResolvedRule {
  rule: AnyFalcRule;
  settings: RuleSettings<unknown>;
}

export interface ResolvedConfig {
  rules: ResolvedRule[];
  /** The project's allow-list of words (local names…). */
  words: string[];
  /** Ids of every rule of the registry, enabled or not (for `falc-ignore` comments). */
  ruleIds?: readonly string[];
  /**
   * What the allow-list accepts besides the site's own markup (src/engine/allow-list.ts): the same for
   * `falc check`, `astro build` and `astro dev` (see `allowListOf`).
   */
  allowList?: { components: string[] };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join('.');
      let message = issue.message;
      if (issue.code === 'invalid_union' && issue.path[0] === 'rules') {
        message = 'Écrivez le niveau de la règle (« off », « info », « warning » ou « error »), ou un groupe { "severity": …, "options": { … } }.';
      }
      return path ? `« ${path} » : ${message}` : message;
    })
    .join(' ; ');
}

/** Names that would reach an object's prototype: never accepted as a key of the configuration. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first forbidden key of a JSON value (`rules.__proto__`), or undefined. */
function forbiddenKey(value: unknown, path: string[] = [], depth = 0): string | undefined {
  if (!value || typeof value !== 'object' || depth > 20) return undefined;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key].join('.');
    const found = forbiddenKey((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The address of a rule's page. */
export function ruleUrl(id: string, siteUrl = ''): string {
  return `${siteUrl.replace(/\/$/, '')}/regles/${id}/`;
}

function merge(into: Map<string, { severity?: Severity; options: Record<string, unknown> }>, rules: Record<string, RuleEntry> | undefined): void {
  for (const [id, entry] of Object.entries(rules ?? {})) {
    const current = into.get(id) ?? { options: {} };
    if (typeof entry === 'string') current.severity = entry;
    else {
      if (entry.severity) current.severity = entry.severity;
      if (entry.options) current.options = { ...current.options, ...entry.options };
    }
    into.set(id, current);
  }
}

/** Where a project allows more markup: the `allow` option of the `composant` rule (extra components). */
const ALLOW_LIST_RULE = 'composant';

/**
 * What the project's configuration adds to the allow-list: the components named in
 * `rules.composant.options.allow` (after the preset), whether the rule is on or off. ONE function for
 * every face: the checker (through `resolveConfig`), the build's guard and the dev server read the
 * configuration through it, so that they take the same decision on a guide. A configuration that is
 * not valid adds nothing (the strictest list).
 */
export function allowListOf(input: unknown): { components: string[] } {
  if (input === null || typeof input !== 'object' || Array.isArray(input) || forbiddenKey(input)) return { components: [] };
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) return { components: [] };
  const overrides = new Map<string, { severity?: Severity; options: Record<string, unknown> }>();
  merge(overrides, PRESETS[parsed.data.preset ?? 'falc'].rules);
  merge(overrides, parsed.data.rules);
  const allow = overrides.get(ALLOW_LIST_RULE)?.options.allow;
  return { components: Array.isArray(allow) ? allow.filter((name): name is string => typeof name === 'string') : [] };
}

/**
 * Resolves a configuration into the settings of each enabled rule:
 * rule defaults, then the preset, then the project's own `rules`.
 * Throws a ConfigError (in French) on an unknown rule, a wrong severity or wrong options.
 */
export function resolveConfig(input: unknown, registry: readonly AnyFalcRule[]): ResolvedConfig {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    if (input !== undefined) {
      throw new ConfigError('La configuration doit être un groupe de champs entre accolades, par exemple : { "preset": "falc" }.');
    }
  }
  const forbidden = forbiddenKey(input);
  if (forbidden) throw new ConfigError(`La configuration contient le nom « ${forbidden} », qui n’est pas permis. Supprimez-le.`);
  // Read once per process: zod's compiled fast path (a `new Function` per object schema) costs more
  // than it saves here (37 rule schemas at each start of the command).
  const parsed = configSchema.safeParse(input ?? {}, { error: frenchZodError, jitless: true });
  if (!parsed.success) throw new ConfigError(`La configuration n’est pas valide. ${describeIssues(parsed.error)}`);
  const config = parsed.data;
  const known = new Map(registry.map((rule) => [rule.id, rule]));
  const overrides = new Map<string, { severity?: Severity; options: Record<string, unknown> }>();
  merge(overrides, PRESETS[config.preset ?? 'falc'].rules);
  merge(overrides, config.rules);
  for (const id of overrides.keys()) {
    if (!known.has(id)) {
      const near = closest(id, known.keys(), 3);
      throw new ConfigError(
        `La règle « ${id} » n’existe pas.${near.length > 0 ? ` Vous vouliez peut-être écrire « ${near[0]} ».` : ''} Vérifiez son nom dans la liste des règles (page /regles/).`,
      );
    }
  }
  const resolved: ResolvedRule[] = [];
  for (const rule of registry) {
    const override = overrides.get(rule.id);
    const level = override?.severity ?? rule.severity;
    if (level === 'off') continue;
    const options = rule.options.safeParse(override?.options ?? {}, { error: frenchZodError, jitless: true });
    if (!options.success) {
      throw new ConfigError(`Les options de la règle « ${rule.id} » ne sont pas valides. ${describeIssues(options.error)}`);
    }
    resolved.push({ rule, settings: { severity: level, options: options.data, url: ruleUrl(rule.id, config.siteUrl) } });
  }
  return { rules: resolved, words: config.words ?? [], ruleIds: registry.map((rule) => rule.id), allowList: allowListOf(input) };
}
