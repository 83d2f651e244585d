import { VFile } from 'vfile';
import { createChecker, resolveConfig, severityOf, type FalcConfig } from '../src/engine/index.ts';
import type { SourceFormat } from '../src/engine/checker.ts';
import type { DocumentKind, LanguageData } from '../src/engine/types.ts';
import { RULES } from '../rules/index.ts';

export interface CheckTextOptions {
  /** Only keep the messages of this rule (and run only it, unless `allRules`). */
  rule?: string;
  allRules?: boolean;
  format?: SourceFormat;
  kind?: DocumentKind;
  path?: string;
  config?: FalcConfig;
  /** Language resources (frequencies, glossary…), as `src/node/load-resources.ts` reads them. */
  language?: LanguageData;
}

/** Checks a French text and returns the file (messages and facts). */
export async function checkFile(text: string, options: CheckTextOptions = {}): Promise<VFile> {
  const config: FalcConfig = options.config ?? {};
  if (options.rule && !options.allRules && !options.config) {
    config.rules = Object.fromEntries(RULES.map((rule) => [rule.id, rule.id === options.rule ? (rule.severity === 'off' ? 'error' : rule.severity) : 'off']));
  }
  const checker = createChecker(resolveConfig(config, RULES), options.language, { keepFacts: true });
  const file = new VFile({ value: text, ...(options.path ? { path: options.path } : {}) });
  file.data.falcFormat = options.format ?? 'mdx';
  file.data.falcKind = options.kind ?? 'texte';
  await checker.check(file);
  return file;
}

/** The messages of one rule for a text: `{ line, column, reason, actual, expected, severity }`. */
export async function messagesFor(rule: string, text: string, options: Omit<CheckTextOptions, 'rule'> = {}) {
  const file = await checkFile(text, { ...options, rule });
  return file.messages
    .filter((message) => message.ruleId === rule)
    .map((message) => ({
      line: message.line,
      column: message.column,
      reason: message.reason,
      actual: message.actual,
      expected: message.expected,
      severity: severityOf(message),
    }));
}

/** The messages of one rule for a text, each with its quote and the text written at its place. */
export async function quotesAndPlaces(rule: string, text: string): Promise<Array<{ actual: string | null | undefined; written: string }>> {
  const file = await checkFile(text, { rule });
  return file.messages
    .filter((message) => message.ruleId === rule)
    .map((message) => {
      const place = message.place && 'start' in message.place ? message.place : undefined;
      return { actual: message.actual, written: text.slice(place?.start.offset, place?.end.offset) };
    });
}

/** A valid guide frontmatter, for tests that check whole guides. */
export const GUIDE_FRONTMATTER = `---
title: Avoir une adresse
description: Ce guide vous aide à avoir une adresse pour recevoir votre courrier.
lang: fr
updated: 2026-01-10
status: brouillon
sources:
  - label: Service public
    url: https://www.service-public.fr
---
`;
