import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.ts';
import { buildConfigSchema, configSchemaText, SCHEMA_FILE } from '../../scripts/build-config-schema.ts';

describe('falc.config.schema.json', () => {
  it('is up to date with the rules (run: npx tsx scripts/build-config-schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(configSchemaText());
  });

  it('is a draft-07 schema that lists every rule, its severities and its options', () => {
    const schema = buildConfigSchema() as {
      $schema: string;
      properties: { rules: { properties: Record<string, { anyOf: Array<{ enum?: string[]; properties?: { options?: { type?: string; properties?: object } } }> }> } };
    };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(schema.properties.rules.properties)).toEqual(RULES.map((rule) => rule.id));
    const phrase = schema.properties.rules.properties['phrase-longue']!;
    expect(phrase.anyOf[0]!.enum).toEqual(['off', 'info', 'warning', 'error']);
    expect(phrase.anyOf[1]!.properties!.options).toMatchObject({ type: 'object', properties: { max: { type: 'integer' } } });
  });

  it('falc.config.json points to the schema', () => {
    const config = JSON.parse(readFileSync(new URL('../../falc.config.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect(config).toEqual({ $schema: './falc.config.schema.json', preset: 'falc' });
  });
});
