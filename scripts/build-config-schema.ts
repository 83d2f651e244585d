/**
 * Builds `falc.config.schema.json` (JSON Schema draft-07) from the rule registry, so that editors
 * complete rule ids, severities and options in `falc.config.json`.
 *
 * Run after adding or changing a rule: `npx tsx scripts/build-config-schema.ts`
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RULES } from '../rules/index.ts';
import { PRESETS } from '../src/engine/presets.ts';
import type { AnyFalcRule } from '../src/engine/types.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../falc.config.schema.json', import.meta.url));

const SEVERITIES = ['off', 'info', 'warning', 'error'];

function severitySchema(description: string) {
  return {
    type: 'string',
    enum: SEVERITIES,
    description,
  };
}

/** The JSON Schema of a rule's options, without its own `$schema` keyword. */
function optionsSchema(rule: AnyFalcRule): Record<string, unknown> {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(rule.options, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return schema;
}

/** The JSON Schema of `falc.config.json` for a registry of rules. */
export function buildConfigSchema(rules: readonly AnyFalcRule[] = RULES): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) {
    const severity = severitySchema(`Niveau de la règle « ${rule.id} » : off, info, warning ou error. Par défaut : ${rule.severity}.`);
    ruleProperties[rule.id] = {
      description: `${rule.title}. Niveau par défaut : ${rule.severity}.`,
      anyOf: [
        severity,
        {
          type: 'object',
          properties: { severity, options: optionsSchema(rule) },
          additionalProperties: false,
        },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment: 'Fichier créé par scripts/build-config-schema.ts. Ne le modifiez pas à la main.',
    title: 'Configuration du vérificateur FALC',
    description: 'Le fichier falc.config.json règle les règles du vérificateur.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'Adresse de ce schéma, pour l’éditeur.' },
      preset: {
        type: 'string',
        enum: Object.keys(PRESETS),
        description: Object.entries(PRESETS)
          .map(([name, preset]) => `${name} : ${preset.description}`)
          .join('\n'),
      },
      rules: {
        type: 'object',
        description: 'Le niveau et les options de chaque règle.',
        properties: ruleProperties,
        additionalProperties: false,
      },
      siteUrl: { type: 'string', description: 'Adresse du site publié, pour les liens vers les pages des règles.' },
      words: {
        type: 'array',
        items: { type: 'string' },
        description: 'Mots toujours acceptés : noms de lieux, noms propres…',
      },
    },
    additionalProperties: false,
  };
}

/** The file content: JSON with 2 spaces and a final line break. */
export function configSchemaText(rules: readonly AnyFalcRule[] = RULES): string {
  return `${JSON.stringify(buildConfigSchema(rules), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, configSchemaText());
  process.stdout.write(`falc.config.schema.json : ${RULES.length} règles.\n`);
}
