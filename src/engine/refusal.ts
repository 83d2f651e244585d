import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findMarkupProblems, type AllowListOptions, type MarkupProblem } from './allow-list.ts';
import { ruleUrl } from './config.ts';
import { INPUT_ERROR_IDS, severityOf } from './messages.ts';

declare module 'vfile' {
  interface DataMap {
    /** The allow-list refuses this guide: the build does not compile it, `astro dev` shows the French error page. */
    falcRefused: boolean;
  }
}

/** Adds a problem of the allow-list to a file as an error. */
export function addProblem(file: VFile, problem: MarkupProblem): void {
  const message = file.message(problem.reason, { place: problem.place, ruleId: problem.ruleId, source: 'falc' });
  message.fatal = true;
  message.actual = problem.actual;
  if (problem.expected) message.expected = problem.expected;
  message.url = ruleUrl(problem.ruleId);
}

function startOf(place: MarkupProblem['place']): { line?: number; column?: number } {
  return place?.start ?? {};
}

/**
 * The checker's side of the guard, after the rules ran: every problem of the allow-list is an error of
 * the file, whatever falc.config.json or a `falc-ignore` comment says (a rule turned off, `italique` as
 * a warning in the `langage-clair` preset…), because the build refuses the guide anyway. A message a
 * rule already gave becomes an error; a missing one is added. `falc check`, `astro build` and
 * `astro dev` take the same decision on a guide: this one.
 */
export function enforceAllowList(tree: Root, file: VFile, options: AllowListOptions = {}): void {
  const problems = findMarkupProblems(tree, options);
  for (const problem of problems) {
    const { line, column } = startOf(problem.place);
    const given = file.messages.find((message) => message.ruleId === problem.ruleId && message.line === line && message.column === column);
    if (given) given.fatal = true;
    else addProblem(file, problem);
  }
  file.data.falcRefused = problems.length > 0;
}


/**
 * The site cannot show this guide: its file cannot be read or parsed, its header is wrong (the site's
 * content schema refuses it), or the build's guard refuses its markup (`falcRefused`, set by
 * `enforceAllowList` and by the guard). The one decision behind `astro dev`'s French error page
 * (src/astro/dev-report.ts); tests/build/guard-agreement.test.ts checks it agrees with the build.
 */
export function cannotBeShown(file: VFile): boolean {
  if (file.data.falcUnreadable === true || file.data.falcRefused === true) return true;
  return file.messages.some((message) => (INPUT_ERROR_IDS.has(message.ruleId ?? '') || message.ruleId === 'frontmatter') && severityOf(message) === 'error');
}
