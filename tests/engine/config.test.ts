import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.ts';
import { ConfigError, resolveConfig } from '../../src/engine/index.ts';

describe('configuration', () => {
  it('names a mistyped rule and suggests the right one, in French', () => {
    expect(() => resolveConfig({ rules: { 'phrase-long': 'error' } }, RULES)).toThrow(ConfigError);
    expect(() => resolveConfig({ rules: { 'phrase-long': 'error' } }, RULES)).toThrow(/« phrase-long » n’existe pas\. Vous vouliez peut-être écrire « phrase-longue »/);
  });

  it('refuses a wrong severity and wrong options with the field', () => {
    expect(() => resolveConfig({ rules: { 'phrase-longue': 'grave' } }, RULES)).toThrow(/configuration n’est pas valide.*rules\.phrase-longue/);
    expect(() => resolveConfig({ rules: { 'phrase-longue': { options: { max: 'quinze' } } } }, RULES)).toThrow(/options de la règle « phrase-longue ».*max/);
  });

  it('applies rule defaults, then the preset, then the project settings', () => {
    const severityOf = (config: unknown) => resolveConfig(config, RULES).rules.find((entry) => entry.rule.id === 'phrase-longue')!.settings;
    expect(severityOf({}).options).toMatchObject({ max: 15 });
    expect(severityOf({ preset: 'langage-clair' }).options).toMatchObject({ max: 20 });
    expect(severityOf({ preset: 'langage-clair', rules: { 'phrase-longue': { options: { max: 18 } } } }).options).toMatchObject({ max: 18 });
  });

  it('keeps the project words for the vocabulary rules', () => {
    expect(resolveConfig({ words: ['Kerbriand'] }, RULES).words).toEqual(['Kerbriand']);
  });
});
