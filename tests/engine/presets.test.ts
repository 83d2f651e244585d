import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.ts';
import { PRESETS, resolveConfig } from '../../src/engine/index.ts';

describe('presets', () => {
  const ids = new Set(RULES.map((rule) => rule.id));

  it.each(Object.entries(PRESETS))('%s only names rules of the registry', (_name, preset) => {
    const unknown = Object.keys(preset.rules).filter((id) => !ids.has(id));
    expect(unknown).toEqual([]);
  });

  it.each(Object.keys(PRESETS))('%s resolves with valid options', (name) => {
    expect(() => resolveConfig({ preset: name }, RULES)).not.toThrow();
  });

  it('langage-clair allows longer sentences and steps without pictograms', () => {
    const resolved = resolveConfig({ preset: 'langage-clair' }, RULES);
    const phrase = resolved.rules.find(({ rule }) => rule.id === 'phrase-longue');
    expect(phrase?.settings.options).toMatchObject({ max: 20 });
    expect(resolved.rules.some(({ rule }) => rule.id === 'etape-sans-picto')).toBe(false);
  });

  it('lets the project override the preset', () => {
    const resolved = resolveConfig({ preset: 'langage-clair', rules: { 'etape-sans-picto': 'error' } }, RULES);
    expect(resolved.rules.some(({ rule }) => rule.id === 'etape-sans-picto')).toBe(true);
  });
});
