/**
 * Second, independent evaluation:
 * - per sentence-level rule, fresh sentences that must fire and traps that must stay silent (`phrases.ts`);
 * - 4 MDX guides (`guides/`): 2 good ones pass with 0 errors and very few warnings,
 *   2 bad ones trigger exactly the structure rules we expect.
 * The guides are not under content/ (the site would publish them): they are checked with kind 'guide'.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { severityOf } from '../../src/engine/index.ts';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { loadFrequencies, loadGlossary } from '../../src/node/load-resources.ts';
import { checkFile } from '../helpers.ts';
import { testLanguage } from '../language/resources.ts';
import { CASES2 } from './phrases.ts';
import { scoreRules, short } from '../evaluation/score.ts';

const guide = (name: string) => readFileSync(new URL(`./guides/${name}.mdx`, import.meta.url), 'utf8');

/** The structure rules, judged on whole guides. */
const STRUCTURE = ['titre', 'but-en-premier', 'contact', 'etape-sans-picto', 'composant', 'image-sans-alternative', 'lien-peu-clair', 'lisibilite'];

let testLang: LanguageResources;
let realLang: LanguageResources;

beforeAll(async () => {
  testLang = await testLanguage();
  realLang = { frequencies: await loadFrequencies(), glossary: await loadGlossary('content/glossaire') };
});


async function checkGuide(name: string) {
  const file = await checkFile(guide(name), {
    kind: 'guide',
    path: `tests/evaluation-2/guides/${name}.mdx`,
    language: realLang,
    config: { rules: { orthographe: 'off' } },
  });
  return file.messages.map((message) => ({
    line: message.line,
    rule: String(message.ruleId),
    severity: severityOf(message),
    actual: short(String(message.actual ?? '')),
  }));
}

describe('evaluation 2', () => {
  it('per rule: 6 new sentences fire, 6 new traps stay silent', async () => {
    for (const [rule, cases] of Object.entries(CASES2)) {
      expect(cases.fire.length, rule).toBeGreaterThanOrEqual(6);
      expect(cases.silent.length, rule).toBeGreaterThanOrEqual(6);
    }
    const { rows, fired, fireTotal, quiet, quietTotal } = await scoreRules(CASES2, (cases) => ({
      ...(cases.needs ? { language: testLang } : {}),
      ...(cases.kind ? { kind: cases.kind } : {}),
    }));
    console.table(rows);
    console.log(`Evaluation 2: recall ${fired}/${fireTotal}, traps silent ${quiet}/${quietTotal}`);
    expect(fired / fireTotal).toBeGreaterThanOrEqual(0.9);
    expect(quiet / quietTotal).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  for (const name of ['carte-identite', 'voter-premiere-fois']) {
    it(`good guide "${name}": 0 errors, very few warnings`, async () => {
      const messages = await checkGuide(name);
      console.table(messages.filter((message) => message.severity !== 'info'));
      expect(messages.filter((message) => message.severity === 'error')).toEqual([]);
      expect(messages.filter((message) => message.severity === 'warning').length).toBeLessThanOrEqual(2);
      expect(messages.filter((message) => STRUCTURE.includes(message.rule))).toEqual([]);
    });
  }

  const BAD: Record<string, string[]> = {
    // No intro, skipped heading, step without picto, "cliquez ici", image without alt, no place to go.
    'mauvais-logement': ['but-en-premier', 'titre', 'etape-sans-picto', 'lien-peu-clair', 'image-sans-alternative', 'contact', 'lisibilite'],
    // Unknown component and picto, bare URL link, heading that says nothing, long administrative prose.
    'mauvais-transport': ['composant', 'lien-peu-clair', 'titre', 'lisibilite'],
  };
  for (const [name, expected] of Object.entries(BAD)) {
    it(`bad guide "${name}": exactly the expected structure rules fire`, async () => {
      const messages = await checkGuide(name);
      const byRule = new Map<string, number>();
      for (const message of messages) byRule.set(message.rule, (byRule.get(message.rule) ?? 0) + 1);
      console.table([...byRule].map(([rule, count]) => ({ rule, count })));
      const structure = [...new Set(messages.map((message) => message.rule).filter((rule) => STRUCTURE.includes(rule)))].sort();
      expect(structure).toEqual([...expected].sort());
      // Sentence rules find the realistic mistakes too.
      expect(byRule.size).toBeGreaterThanOrEqual(expected.length + 4);
    });
  }
});
