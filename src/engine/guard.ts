import { VFileMessage } from 'vfile-message';
import type { VFile } from 'vfile';
import { findMarkupProblems, type AllowListOptions } from './allow-list.ts';
import { addProblem } from './refusal.ts';
import { formatOf, parserOf } from './checker.ts';
import { frenchMdxError, placeInReason } from './mdx-errors.ts';
import { inputError } from './messages.ts';

/**
 * The build's guard: parses a guide with the checker's parser and adds an error for everything the
 * allow-list refuses (src/engine/allow-list.ts), whatever the configuration says (a rule turned off
 * in falc.config.json must not let code run). A file that cannot be parsed is refused too: what the
 * checker cannot read, the build must not compile. Returns true when the file is refused.
 */
export function guardGuide(file: VFile, options: AllowListOptions = {}): boolean {
  const format = formatOf(file.path);
  let tree;
  try {
    tree = parserOf(format === 'txt' ? 'md' : format).parse(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const place = (error instanceof VFileMessage ? error.place : undefined) ?? placeInReason(reason);
    inputError(file, 'syntaxe-mdx', frenchMdxError(reason), place ?? { line: 1, column: 1 }).note = reason;
    file.data.falcRefused = true;
    return true;
  }
  const problems = findMarkupProblems(tree, options);
  for (const problem of problems) addProblem(file, problem);
  file.data.falcRefused = problems.length > 0;
  return problems.length > 0;
}
