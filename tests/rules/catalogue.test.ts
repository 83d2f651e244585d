import { existsSync, readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.ts';
import { resolveConfig, severityOf } from '../../src/engine/index.ts';
import { createChecker } from '../../src/engine/checker.ts';
import { loadResources } from '../../src/node/load-resources.ts';

const root = new URL('../../', import.meta.url);

/** The ids that other tools and the site link to (issue 3 and 4): none may disappear or be renamed. */
const REQUIRED_IDS = [
  'phrase-longue', 'une-idee', 'voix-passive', 'negation', 'temps-complexe', 'si-alors', 'vous', 'ponctuation',
  'nombre-en-lettres', 'pourcentage', 'grand-nombre', 'date', 'heure', 'chiffre-romain', 'caractere-special',
  'note-de-bas-de-page', 'italique', 'souligne', 'majuscules', 'gras-excessif', 'sigle', 'abreviation',
  'paragraphe-long', 'liste', 'titre', 'but-en-premier', 'etape-sans-picto', 'image-sans-alternative',
  'lien-peu-clair', 'contact', 'mot-difficile', 'mot-non-explique', 'meme-mot', 'mot-long', 'lisibilite', 'orthographe',
];

describe('the rule catalogue', () => {
  it('has every rule id of the catalogue, in kebab-case, once', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s has a French page for authors, a test file and valid defaults', (id, rule) => {
    const readme = new URL(`rules/${id}/README.md`, root);
    expect(existsSync(readme)).toBe(true);
    const text = readFileSync(readme, 'utf8');
    for (const section of ['## La règle', '## Pourquoi ?', '## Exemple à éviter', '## Exemple à suivre', '## Réglages']) {
      expect(text, `${id}: section « ${section} »`).toContain(section);
    }
    expect(existsSync(new URL(`tests/rules/${id}.test.ts`, root))).toBe(true);
    expect(rule.title.length).toBeGreaterThan(3);
    expect(['off', 'info', 'warning', 'error']).toContain(rule.severity);
    expect(rule.options.safeParse({}).success).toBe(true);
  });

  it('every rule page is a FALC text itself: 0 errors from the checker', async () => {
    const checker = createChecker(resolveConfig({}, RULES), await loadResources({ spelling: false }));
    for (const rule of RULES) {
      const path = `rules/${rule.id}/README.md`;
      const file = await checker.check(new VFile({ path, value: readFileSync(new URL(path, root), 'utf8') }));
      const errors = file.messages.filter((message) => severityOf(message) === 'error').map((message) => `${path}:${message.line}:${message.column} ${message.ruleId} ${message.reason}`);
      expect(errors).toEqual([]);
    }
  }, 120_000);

  it('each severity can be changed in the configuration', () => {
    for (const rule of RULES) {
      const resolved = resolveConfig({ rules: { [rule.id]: 'info' } }, RULES);
      expect(resolved.rules.find((entry) => entry.rule.id === rule.id)?.settings.severity).toBe('info');
      expect(resolveConfig({ rules: { [rule.id]: 'off' } }, RULES).rules.some((entry) => entry.rule.id === rule.id)).toBe(false);
    }
  });
});
