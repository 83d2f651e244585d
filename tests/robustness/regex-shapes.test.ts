import { readFileSync } from 'node:fs';
import { glob } from 'tinyglobby';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Regular expressions that take quadratic time on long runs of text, found by their shape in the
 * source (no clock: the same answer on any machine). Two shapes made rules slow before:
 *
 * - a run at the end that is not anchored at the start: `/[.;]+$/` tries every start inside a run of
 *   15,000 `;` and scans to its end each time. Use `trimEnd` of `rules/_shared/trim.ts`.
 * - a tag read with `[^>]*`: on `<u <u <u …` each `<` scans to the end of the text. Use `[^<>]*`.
 */

/** Every regular expression literal of a TypeScript file, with its line. */
function regexLiterals(path: string): Array<{ source: string; line: number }> {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: Array<{ source: string; line: number }> = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      found.push({ source: node.getText(file), line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The pattern without its slashes and flags. */
function patternOf(literal: string): string {
  return literal.slice(1, literal.lastIndexOf('/'));
}

/** True when every alternative is anchored at the start (`^…`), so the engine tries one start only. */
function anchoredAtStart(pattern: string): boolean {
  return pattern.startsWith('^') && !/(^|[^\\])\|/.test(pattern.replace(/\[[^\]]*\]/g, '').replace(/\([^()]*\)/g, ''));
}

/** A run (`+` or `*` on a class, `\s`, `.`…) right before the final `$`. */
const TRAILING_RUN = /(\]|\\[sSdDwWpP](\{[^}]*\})?|\.|\))[+*]\)*\$$/;

export function quadraticShapes(literal: string): string[] {
  const pattern = patternOf(literal);
  const problems: string[] = [];
  if (TRAILING_RUN.test(pattern) && !anchoredAtStart(pattern)) problems.push('a run before $ without ^');
  if (/\[\^>\][*+]/.test(pattern)) problems.push('[^>]* scans past the next tag');
  return problems;
}

describe('no regular expression with a quadratic shape', () => {
  it('the shapes are recognised', () => {
    expect(quadraticShapes('/[.;]+$/')).toHaveLength(1);
    expect(quadraticShapes('/\\s+$/')).toHaveLength(1);
    expect(quadraticShapes('/^[«"]+|[»"]+$/g')).toHaveLength(1);
    expect(quadraticShapes('/<[^>]*>/g')).toHaveLength(1);
    expect(quadraticShapes('/^\\d+$/')).toEqual([]);
    expect(quadraticShapes('/<[^<>]*>/g')).toEqual([]);
  });

  it('in the rules and the engine', async () => {
    const paths = (await glob(['rules/**/*.ts', 'src/engine/**/*.ts', 'src/language/**/*.ts'])).sort();
    expect(paths.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const path of paths) {
      // Verb tables built once from the project's own word list, never from a guide.
      if (path === 'rules/mot-difficile/jargon.ts') continue;
      for (const { source, line } of regexLiterals(path)) {
        for (const problem of quadraticShapes(source)) problems.push(`${path}:${line} ${source}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
