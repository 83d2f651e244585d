import type { Nodes, Root as MdastRoot } from 'mdast';
import type { VFile } from 'vfile';
import { inputError } from './messages.ts';

/**
 * Limits that keep the checker safe on any input: a guide is a few kilobytes of short lines and
 * shallow lists. Input far outside that shape (thousands of nested list markers, quotes or tags)
 * would overflow the parsers' stacks or take minutes to parse: it gets a French error at its line
 * instead, and the file is not checked further (exit 2 for that file only).
 */

/** Deepest nesting of lists and quotes a line may open (a guide uses 2 or 3 levels). */
export const MAX_LINE_NESTING = 64;

/** Longest run of `*` or `_` in a line of text: the parser pairs them in quadratic time. */
export const MAX_EMPHASIS_RUN = 200;

/** Longest run of signs without a space: the longest web addresses are a few hundred signs. */
export const MAX_TOKEN_LENGTH = 2_000;

/**
 * Most headings underlined with `=` or `-` (setext headings): the Markdown parser copies every event of
 * the text for each one, quadratic in their number (2,500 lines of `=` took 6 s). A guide writes its
 * titles with `#`, and has a few dozen at most.
 */
export const MAX_SETEXT_HEADINGS = 200;

/** Id of the error about a run of thousands of signs without a space. */
export const LONG_TOKEN_RULE_ID = 'suite-sans-espace';

/** Deepest tree the rules may walk (each list level is 2 nodes: the list and its item). */
export const MAX_TREE_DEPTH = 300;

/** Id of the error about a text nested too deeply. */
export const NESTING_RULE_ID = 'structure-trop-profonde';

/** Id of the error raised when the checker itself fails on a file. */
export const INTERNAL_RULE_ID = 'erreur-interne';

const NESTING_MESSAGE =
  'Le texte a trop de niveaux imbriqués (listes, citations ou balises les unes dans les autres). Un guide FALC a au plus 2 ou 3 niveaux. Supprimez les tirets, signes > ou balises en trop.';

/**
 * The input as the parsers read it, with the same length and the same lines and columns as the file:
 * the byte order mark (BOM) is dropped, since editors do not count it as a column, and a lone carriage
 * return (old Mac line ending) becomes a line feed, which every part of the checker counts as a line.
 */
export function prepareInput(file: VFile): string {
  let text = String(file.value ?? '');
  // Every byte order mark at the start: the Markdown parser drops them too (a second one would shift
  // every offset of the file by one against the text).
  if (text.charCodeAt(0) === 0xfeff) text = text.replace(/^\uFEFF+/, '');
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  if (text !== file.value) file.value = text;
  return text;
}

/** How many lists and quotes the start of the line opens: `- - > 1. ` is 4. Linear in the line. */
export function lineNesting(text: string, start: number, end: number): number {
  let depth = 0;
  let index = start;
  let indent = 0;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code === 32 /* space */ || code === 9 /* tab */) {
      indent += code === 9 ? 4 : 1;
      index++;
      continue;
    }
    if (code === 62 /* > */) {
      depth++;
      index++;
      continue;
    }
    const spaceAfter = (at: number) => at >= end || text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9;
    if ((code === 45 /* - */ || code === 42 /* * */ || code === 43 /* + */) && spaceAfter(index + 1)) {
      depth++;
      index++;
      continue;
    }
    if (code >= 48 && code <= 57) {
      let digit = index;
      while (digit < end && digit - index < 10 && text.charCodeAt(digit) >= 48 && text.charCodeAt(digit) <= 57) digit++;
      const mark = text.charCodeAt(digit);
      if ((mark === 46 /* . */ || mark === 41 /* ) */) && spaceAfter(digit + 1)) {
        depth++;
        index = digit + 1;
        continue;
      }
    }
    break;
  }
  // Indentation nests too: a list item indented by 2 or more spaces under another one.
  return depth + Math.floor(indent / 2);
}

/** Length of the longest run of `*` or `_` in the line, unless the line is only such signs (a separator). */
export function longestEmphasisRun(text: string, start: number, end: number): number {
  let longest = 0;
  let run = 0;
  let other = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 42 /* * */ || code === 95 /* _ */) {
      run++;
      if (run > longest) longest = run;
    } else {
      run = 0;
      if (code !== 32 && code !== 9 && code !== 45 /* - */) other = true;
    }
  }
  return other ? longest : 0;
}

/** Length of the longest run of signs without a space or tab in the line. */
export function longestToken(text: string, start: number, end: number): number {
  let longest = 0;
  let run = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9 || code === 13 || code === 0xa0) run = 0;
    else if (++run > longest) longest = run;
  }
  return longest;
}

/** True when the line has only spaces, tabs or a carriage return. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}

/** True when the line is only `=` or only `-` (after at most 3 spaces, trailing spaces allowed): a setext underline. */
export function isUnderline(text: string, start: number, end: number): boolean {
  let index = start;
  while (index < end && index - start < 3 && text.charCodeAt(index) === 32) index++;
  const marker = text.charCodeAt(index);
  if (marker !== 61 /* = */ && marker !== 45 /* - */) return false;
  while (index < end && text.charCodeAt(index) === marker) index++;
  while (index < end && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9 || text.charCodeAt(index) === 13)) index++;
  return index === end;
}

/**
 * Checks the shape of the input before it is parsed. Returns true (and reports an error) when a line
 * nests lists or quotes too deeply for the parsers. Linear in the size of the input.
 */
export function checkInputShape(file: VFile, text: string, format: 'mdx' | 'md' | 'txt' = 'md'): boolean {
  let line = 1;
  let start = 0;
  /** Lines of `=` or `-` under a line of text, and whether the line before was blank. */
  let underlines = 0;
  let afterBlank = true;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (format !== 'txt' && !afterBlank && isUnderline(text, start, end) && ++underlines > MAX_SETEXT_HEADINGS) {
      inputError(
        file,
        NESTING_RULE_ID,
        `Le texte a plus de ${MAX_SETEXT_HEADINGS} lignes de signes = ou - sous une ligne de texte. Chacune fait de la ligne au-dessus un titre. Écrivez les titres avec # (« ## Titre ») et supprimez ces lignes.`,
        { line, column: 1 },
      );
      file.data.falcUnreadable = true;
      return true;
    }
    afterBlank = isBlank(text, start, end);
    if (format !== 'txt' && lineNesting(text, start, end) > MAX_LINE_NESTING) {
      inputError(file, NESTING_RULE_ID, NESTING_MESSAGE, { line, column: 1 });
      file.data.falcUnreadable = true;
      return true;
    }
    // A run or a token is never longer than its line: short lines (nearly all) skip these scans.
    if (format !== 'txt' && end - start > MAX_EMPHASIS_RUN && longestEmphasisRun(text, start, end) > MAX_EMPHASIS_RUN) {
      inputError(
        file,
        NESTING_RULE_ID,
        `Cette ligne a plus de ${MAX_EMPHASIS_RUN} signes * ou _ à la suite. Ces signes servent à écrire en gras : supprimez ceux en trop.`,
        { line, column: 1 },
      );
      file.data.falcUnreadable = true;
      return true;
    }
    if (end - start > MAX_TOKEN_LENGTH && longestToken(text, start, end) > MAX_TOKEN_LENGTH) {
      inputError(
        file,
        LONG_TOKEN_RULE_ID,
        `Cette ligne a une suite de plus de ${MAX_TOKEN_LENGTH} signes sans espace. Ce n’est pas un texte à lire : coupez-la ou supprimez-la.`,
        { line, column: 1 },
      );
      file.data.falcUnreadable = true;
      return true;
    }
    line++;
    start = end + 1;
  }
  return false;
}

/**
 * Checks the depth of the parsed tree without recursion (emphasis in emphasis, tags in tags…). Returns
 * true (and reports an error at the deepest node) when the rules could not walk it safely.
 */
export function checkTreeDepth(tree: MdastRoot, file: VFile): boolean {
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_TREE_DEPTH) {
      const start = node.position?.start;
      inputError(file, NESTING_RULE_ID, NESTING_MESSAGE, start ? { line: start.line, column: start.column } : { line: 1, column: 1 });
      file.data.falcUnreadable = true;
      return true;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth + 1]);
  }
  return false;
}

/** True when the error is a stack overflow (an input nested too deeply for a parser). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Reports that a file was nested too deeply for the parser. */
export function reportNesting(file: VFile): void {
  inputError(file, NESTING_RULE_ID, NESTING_MESSAGE, { line: 1, column: 1 });
  file.data.falcUnreadable = true;
}

/**
 * Wraps a checker's `check` so that a failure on one file never stops the others: the file gets a
 * French error (exit 2 for it), with the technical detail in the message's note.
 */
export function neverThrow(check: (file: VFile) => Promise<VFile>): (file: VFile) => Promise<VFile> {
  return async (file) => {
    try {
      return await check(file);
    } catch (error) {
      if (isStackOverflow(error)) {
        reportNesting(file);
        return file;
      }
      const message = inputError(
        file,
        INTERNAL_RULE_ID,
        'Le vérificateur n’a pas pu lire ce fichier jusqu’au bout. Vérifiez qu’il contient bien un texte en Markdown ou MDX. Si le problème continue, signalez-le à l’équipe du projet avec ce fichier.',
        { line: 1, column: 1 },
      );
      message.note = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      file.data.falcUnreadable = true;
      return file;
    }
  };
}
