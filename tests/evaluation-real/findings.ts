/**
 * Runs the checker, as `falc check` does (default preset, real frequencies and glossary, spelling
 * dictionary), on the published FALC excerpts of `falc/` and returns every finding with a stable key
 * (file, line, column, rule) so that each can be judged by hand in `jugements.tsv`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { createChecker, resolveConfig, severityOf } from '../../src/engine/index.ts';
import type { FalcFacts } from '../../src/engine/types.ts';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { loadFrequencies, loadGlossary, loadSpellingLookup } from '../../src/node/load-resources.ts';
import { RULES } from '../../rules/index.ts';

export const FALC_FOLDER = new URL('./falc/', import.meta.url);

export interface Finding {
  key: string;
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  actual: string;
  reason: string;
}

export interface TextResult {
  file: string;
  sentences: number;
  findings: Finding[];
}

export async function realLanguage(): Promise<LanguageResources> {
  return { frequencies: await loadFrequencies(), glossary: await loadGlossary('content/glossaire'), spelling: loadSpellingLookup };
}

/** Checks one text with the default preset. */
export async function checkText(text: string, name: string, language: LanguageResources): Promise<VFile> {
  // keepFacts: the sentences are counted after the check (the checker drops them by default since issue 10).
  const checker = createChecker(resolveConfig({}, RULES), language, { keepFacts: true });
  const file = new VFile({ value: text, path: name });
  file.data.falcFormat = 'md';
  file.data.falcKind = 'texte';
  await checker.check(file);
  return file;
}

/** Every finding on the published FALC excerpts. */
export async function falcFindings(language: LanguageResources): Promise<TextResult[]> {
  const names = readdirSync(FALC_FOLDER).filter((name) => name.endsWith('.md')).sort();
  const results: TextResult[] = [];
  for (const name of names) {
    const text = readFileSync(new URL(name, FALC_FOLDER), 'utf8');
    const file = await checkText(text, name, language);
    const facts = file.data.falc as FalcFacts | undefined;
    results.push({
      file: name,
      sentences: facts?.sentences.length ?? 0,
      findings: file.messages.map((message) => ({
        key: `${name}:${message.line ?? 0}:${message.column ?? 0}:${message.ruleId ?? ''}`,
        file: name,
        line: message.line ?? 0,
        column: message.column ?? 0,
        rule: message.ruleId ?? '',
        severity: severityOf(message),
        actual: String(message.actual ?? ''),
        reason: message.reason,
      })),
    });
  }
  return results;
}
