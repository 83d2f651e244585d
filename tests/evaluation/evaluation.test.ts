/**
 * Evaluation of the rules on text their authors did not tune on:
 * - per rule, fresh sentences that must fire and traps that must stay silent (`phrases-par-regle.ts`);
 * - good FALC texts (`falc-textes.md`): few findings;
 * - administrative prose (`textes-administratifs.md`): many findings, from many rules.
 * The test prints tables (console.table) for the lead. Orthographe runs only on its own sentences.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FalcFacts } from '../../src/engine/types.ts';
import { severityOf } from '../../src/engine/index.ts';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { loadFrequencies, loadGlossary, loadSpellingLookup } from '../../src/node/load-resources.ts';
import { RULES } from '../../rules/index.ts';
import { checkFile } from '../helpers.ts';
import { testLanguage } from '../language/resources.ts';
import { CASES } from './phrases-par-regle.ts';
import { scoreRules, short } from './score.ts';

const FALC = readFileSync(new URL('./falc-textes.md', import.meta.url), 'utf8');
const ADMIN = readFileSync(new URL('./textes-administratifs.md', import.meta.url), 'utf8');

/**
 * Rules that need a whole guide, its header or its markup, not sentences: judged by their own tests
 * (tests/rules/<id>.test.ts). `code-interdit` and `mise-en-forme` read MDX markup; `relecture` and
 * `fraicheur` read the header of a guide.
 */
const STRUCTURE = new Set(['titre', 'but-en-premier', 'contact', 'etape-sans-picto', 'composant', 'lisibilite', 'code-interdit', 'mise-en-forme', 'relecture', 'fraicheur']);

let testLang: LanguageResources;
let spellLang: LanguageResources;
/** Real resources, as `falc check` reads them (without the spelling dictionary). */
let realLang: LanguageResources;

beforeAll(async () => {
  testLang = await testLanguage();
  spellLang = await testLanguage({ spelling: loadSpellingLookup });
  realLang = { frequencies: await loadFrequencies(), glossary: await loadGlossary('content/glossaire') };
});

/** The documents of a file, one per level-1 heading, with the line where each starts. */
function documents(text: string): Array<{ text: string; line: number }> {
  const lines = text.split('\n');
  const result: Array<{ text: string; line: number }> = [];
  lines.forEach((line, index) => {
    if (line.startsWith('# ') || result.length === 0) result.push({ text: '', line: index + 1 });
    result[result.length - 1]!.text += `${line}\n`;
  });
  return result;
}


describe('evaluation', () => {
  it('every rule of the catalogue (but the structure rules) has evaluation sentences', () => {
    const ids = RULES.map((rule) => rule.id).filter((id) => !STRUCTURE.has(id));
    expect(ids.filter((id) => !CASES[id])).toEqual([]);
    for (const id of ids) {
      expect(CASES[id]!.fire.length, id).toBeGreaterThanOrEqual(5);
      expect(CASES[id]!.silent.length, id).toBeGreaterThanOrEqual(5);
    }
  });

  it('per rule: fires on the sentences it should, stays silent on the traps', async () => {
    const { rows, fired, fireTotal, quiet, quietTotal } = await scoreRules(CASES, (cases) => {
      const language = cases.needs === 'spelling' ? spellLang : cases.needs === 'language' ? testLang : undefined;
      return { ...(language ? { language } : {}), ...(cases.kind ? { kind: cases.kind } : {}) };
    });
    console.table(rows);
    console.log(`Recall ${fired}/${fireTotal}, traps silent ${quiet}/${quietTotal}`);
    // Targets: the rules find almost every fresh case and almost never fire on a trap.
    expect(fired / fireTotal).toBeGreaterThanOrEqual(0.9);
    expect(quiet / quietTotal).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  it('good FALC texts get few findings', async () => {
    // The file holds several documents, each under its own level-1 heading: check each alone.
    const files = await Promise.all(
      documents(FALC).map(({ text }) => checkFile(text, { format: 'md', kind: 'texte', language: realLang, config: { rules: { orthographe: 'off' } } })),
    );
    const starts = documents(FALC).map(({ line }) => line);
    const sentences = files.reduce((sum, file) => sum + (file.data.falc as FalcFacts).sentences.length, 0);
    const messages = files.flatMap((file, index) => file.messages.map((message) => ({ message, offset: starts[index]! - 1 }))).map(({ message, offset }) => ({
      line: (message.line ?? 0) + offset,
      rule: message.ruleId,
      severity: severityOf(message),
      actual: short(String(message.actual ?? '')),
    }));
    const errors = messages.filter((message) => message.severity === 'error');
    const warnings = messages.filter((message) => message.severity === 'warning');
    console.table(messages.filter((message) => message.severity !== 'info'));
    console.log(`FALC texts: ${sentences} sentences, ${errors.length} errors, ${warnings.length} warnings, ${messages.length - errors.length - warnings.length} infos`);
    expect(sentences).toBeGreaterThanOrEqual(60);
    expect(errors).toEqual([]);
    expect(warnings.length).toBeLessThanOrEqual(Math.ceil(sentences / 10));
  });

  it('administrative texts get many findings from many rules', async () => {
    const file = await checkFile(ADMIN, {
      format: 'md',
      kind: 'texte',
      language: realLang,
      config: { rules: { orthographe: 'off' } },
    });
    const facts = file.data.falc as FalcFacts;
    const byRule = new Map<string, number>();
    for (const message of file.messages) byRule.set(String(message.ruleId), (byRule.get(String(message.ruleId)) ?? 0) + 1);
    console.table([...byRule].sort((a, b) => b[1] - a[1]).map(([rule, count]) => ({ rule, count })));
    const flagged = new Set(file.messages.map((message) => message.line));
    const paragraphs = ADMIN.split('\n').map((line, index) => ({ line, number: index + 1 })).filter(({ line }) => line.trim() !== '' && !line.startsWith('#'));
    const clean = paragraphs.filter(({ number }) => !flagged.has(number));
    console.log(`Administrative texts: ${facts.sentences.length} sentences, ${file.messages.length} findings, ${byRule.size} rules; lines with no finding: ${clean.map(({ line }) => short(line)).join(' ‖ ') || 'none'}`);
    expect(file.messages.length).toBeGreaterThanOrEqual(facts.sentences.length * 2);
    expect(byRule.size).toBeGreaterThanOrEqual(15);
    expect(clean.length).toBeLessThanOrEqual(2);
  });
});
