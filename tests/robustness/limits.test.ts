import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { isUnreadable } from '../../src/engine/index.ts';
import { checkFile } from '../helpers.ts';

const GUIDE_HEADER = `---
title: Avoir une adresse
description: Ce guide vous aide à avoir une adresse pour vos lettres.
lang: fr
updated: 2026-11-25
status: brouillon
sources:
  - label: Service public
    url: https://www.service-public.fr/
---
`;

/** The input errors of a file: rule id, line, column. */
function inputErrors(file: VFile) {
  return file.messages.filter((message) => message.fatal).map((message) => ({ ruleId: message.ruleId, line: message.line, column: message.column, reason: message.reason }));
}

/** Asserts the file got one French error at a real line of its text, and exit 2. */
function expectFrenchStop(file: VFile, ruleId: string, line = 1) {
  expect(isUnreadable(file)).toBe(true);
  const errors = inputErrors(file);
  expect(errors.map((error) => error.ruleId)).toContain(ruleId);
  const error = errors.find((candidate) => candidate.ruleId === ruleId)!;
  expect(error.line).toBe(line);
  expect(error.reason).not.toMatch(/[Ee]rror|stack|Maximum|undefined/);
  expect(error.reason).toMatch(/[éèàêÉ]/);
}

describe('deep nesting gets a French error, never a crash', () => {
  const cases: Array<[string, string, 'md' | 'mdx']> = [
    ['2,000 nested list markers', `${'- '.repeat(2000)}Vous.\n`, 'mdx'],
    ['3,000 quote markers', `${'>'.repeat(3000)} Vous.\n`, 'md'],
    ['3,000 ordered list markers', `${'1. '.repeat(3000)}Vous.\n`, 'md'],
    ['32 KB of "- " on one line', `${'- '.repeat(16_000)}\n`, 'mdx'],
  ];
  for (const [name, text, format] of cases) {
    it(name, async () => {
      const file = await checkFile(`Vous allez à la mairie.\n\n${text}`, { format });
      expectFrenchStop(file, 'structure-trop-profonde', 3);
    });
  }

  it('nesting by indentation, line after line', async () => {
    const text = Array.from({ length: 400 }, (_, level) => `${'  '.repeat(level)}- Vous.`).join('\n');
    const file = await checkFile(text, { format: 'md' });
    expect(isUnreadable(file)).toBe(true);
    expect(inputErrors(file)[0]!.ruleId).toBe('structure-trop-profonde');
  });

  it('emphasis and tags nested thousands of times', async () => {
    for (const [text, format] of [
      [`${'*'.repeat(3000)}Vous${'*'.repeat(3000)}\n`, 'md'],
      [`${'<Etape titre="a">\n'.repeat(1500)}Vous.\n`, 'mdx'],
      [`${'['.repeat(5000)}Vous${']'.repeat(5000)}\n`, 'md'],
    ] as const) {
      const file = await checkFile(text, { format });
      // Either checked, or stopped with a French message: never a crash.
      for (const error of inputErrors(file)) expect(error.reason).toMatch(/[éèà]/);
      expect(file.messages.every((message) => message.ruleId !== 'erreur-interne')).toBe(true);
    }
  });

  it('a normal guide with 3 levels of lists is still checked', async () => {
    const file = await checkFile('- Vous allez à la mairie.\n  - Vous donnez la lettre.\n    - Vous signez.\n\n> Vous gardez la lettre.\n', { format: 'md' });
    expect(isUnreadable(file)).toBe(false);
  });
});

describe('the header (en-tête) has limits', () => {
  it('a billion-laughs header is refused in French', async () => {
    const header = `---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
---
Vous allez à la mairie.
`;
    const file = await checkFile(header, { format: 'mdx', kind: 'guide' });
    expectFrenchStop(file, 'syntaxe-yaml', 2);
  });

  it('2,000 "? " in the header and a huge header', async () => {
    expectFrenchStop(await checkFile(`---\n${'? '.repeat(2000)}a\n---\nVous.\n`, { format: 'mdx', kind: 'guide' }), 'syntaxe-yaml', 2);
    expectFrenchStop(await checkFile(`---\ntitle: ${'a '.repeat(15_000)}\n---\nVous.\n`, { format: 'mdx', kind: 'guide' }), 'syntaxe-yaml', 2);
  });

  it('a field of the wrong type stops the file (exit 2) with a French message', async () => {
    const file = await checkFile(GUIDE_HEADER.replace('title: Avoir une adresse', 'title: [Avoir, une, adresse]') + '\nVous allez à la mairie.\n', { format: 'mdx', kind: 'guide' });
    expect(isUnreadable(file)).toBe(true);
    const error = file.messages.find((message) => message.ruleId === 'frontmatter')!;
    expect(error.line).toBe(2);
    expect(error.reason).toMatch(/titre/);
  });

  it('a field with a wrong value (not a wrong type) stays an error of the text (exit 1)', async () => {
    const file = await checkFile(GUIDE_HEADER.replace('status: brouillon', 'status: fini') + '\nVous allez à la mairie.\n', { format: 'mdx', kind: 'guide' });
    expect(isUnreadable(file)).toBe(false);
    expect(file.messages.some((message) => message.ruleId === 'frontmatter' && message.line === 6)).toBe(true);
  });

  it('zod messages without a message of our own are French', async () => {
    const file = await checkFile(GUIDE_HEADER.replace('status: brouillon', 'status: brouillon\naudience: A\norder: 1.5') + '\nVous allez à la mairie.\n', { format: 'mdx', kind: 'guide' });
    const reasons = file.messages.filter((message) => message.ruleId === 'frontmatter').map((message) => message.reason);
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    for (const reason of reasons) expect(reason).not.toMatch(/Too small|expected|Invalid/);
  });
});

describe('the limits at their bounds (short lines skip the scans: the answer is the same)', async () => {
  const { checkInputShape, longestEmphasisRun, longestToken, MAX_EMPHASIS_RUN, MAX_TOKEN_LENGTH } = await import('../../src/engine/limits.ts');
  const { VFile } = await import('vfile');
  const stops = (text: string) => checkInputShape(new VFile({ value: text }), text, 'md');

  it('a run of exactly 200 * or _ in a line passes, 201 stops', () => {
    expect(stops(`a${'*'.repeat(MAX_EMPHASIS_RUN)}\nb`)).toBe(false);
    expect(stops(`a${'*'.repeat(MAX_EMPHASIS_RUN + 1)}\nb`)).toBe(true);
    expect(stops(`b\n${'_'.repeat(MAX_EMPHASIS_RUN + 1)}a`)).toBe(true);
  });

  it('a token of exactly 2,000 signs passes, 2,001 stops', () => {
    expect(stops(`Un mot ${'x'.repeat(MAX_TOKEN_LENGTH)}`)).toBe(false);
    expect(stops(`Un mot ${'x'.repeat(MAX_TOKEN_LENGTH + 1)}`)).toBe(true);
    expect(stops(`${'x'.repeat(MAX_TOKEN_LENGTH + 1)}\nUn mot`)).toBe(true);
  });

  it('no run nor token is longer than its line', () => {
    for (const line of ['', '*', '**a', '__**__', 'a b c', 'x'.repeat(50), '* * *']) {
      expect(longestEmphasisRun(line, 0, line.length)).toBeLessThanOrEqual(line.length);
      expect(longestToken(line, 0, line.length)).toBeLessThanOrEqual(line.length);
    }
  });
});
