import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.ts';
import { ConfigError, resolveConfig } from '../../src/engine/index.ts';

/** The message of the ConfigError thrown for a configuration. */
function messageOf(config: unknown): string {
  try {
    resolveConfig(config, RULES);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`configuration accepted: ${JSON.stringify(config)}`);
}

const ENGLISH = /invalid|expected|received|too small|too big|unrecognized|must be|input/i;

describe('configuration messages are in French', () => {
  const bad: Array<[string, unknown]> = [
    ['a wrong severity', { rules: { 'phrase-longue': 'grave' } }],
    ['a severity of the wrong type', { rules: { 'phrase-longue': 3 } }],
    ['a number given as a string', { rules: { 'phrase-longue': { options: { max: 'quinze' } } } }],
    ['a number too small', { rules: { 'phrase-longue': { options: { max: -4 } } } }],
    ['an unknown key', { regles: {} }],
    ['an unknown preset', { preset: 'facile' }],
    ['words that are not a list', { words: 'Kerbriand' }],
    ['a word that is not a text', { words: [3] }],
    ['rules that are not an object', { rules: [] }],
    ['a siteUrl that is a number', { siteUrl: 4 }],
    ['an unknown key in a rule entry', { rules: { 'phrase-longue': { niveau: 'error' } } }],
  ];
  for (const [name, config] of bad) {
    it(`explains ${name} without English`, () => {
      const message = messageOf(config);
      expect(message).toMatch(/configuration|règle/);
      expect(message).not.toMatch(ENGLISH);
    });
  }

  it('says which value is wrong and what is expected', () => {
    expect(messageOf({ rules: { 'phrase-longue': { options: { max: 'quinze' } } } })).toMatch(/max.*Il faut un nombre, pas un texte/);
    expect(messageOf({ rules: { 'phrase-longue': 'grave' } })).toMatch(/« off », « info », « warning » ou « error »/);
  });

  it('refuses a configuration that is null, a list or a text', () => {
    for (const config of [null, [], 'falc', 3]) expect(messageOf(config)).toMatch(/groupe de champs entre accolades/);
  });

  it('refuses names that reach the prototype', () => {
    const config = JSON.parse('{"rules":{"__proto__":"off"}}') as unknown;
    expect(messageOf(config)).toMatch(/« rules\.__proto__ ».*pas permis/);
    expect(messageOf({ rules: { constructor: 'off' } })).toMatch(/pas permis/);
  });

  it('still accepts a good configuration and no configuration', () => {
    expect(() => resolveConfig(undefined, RULES)).not.toThrow();
    expect(() => resolveConfig({ preset: 'falc', rules: { 'phrase-longue': { severity: 'warning', options: { max: 15 } } } }, RULES)).not.toThrow();
  });
});
