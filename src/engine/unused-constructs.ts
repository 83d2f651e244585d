import type { Processor } from 'unified';
import { editExtensions } from './micromark-shapes.ts';

/**
 * Two constructs of `remark-gfm` cost as much as the rest of the Markdown parser on French prose:
 * - the e-mail address (`nom@mairie.fr`) is tried at the start of every word: the parser reads each
 *   word's letters before it finds no `@` after them (about 45 % of the parse of the service-public
 *   fiches);
 * - the table is tried at the start of every line of text (about 25 %).
 * Neither can match a text without its signs: an address needs an `@`; a table needs a `|`, or a
 * delimiter row with an alignment colon (micromark reads `a b` over `:-` as a table of one column),
 * which is `:-` or `-:`. A file without them is read by a parser without the construct: the tree is
 * the same, only faster (tests/engine/unused-constructs.test.ts compares the trees).
 *
 * The rarer constructs of GFM are left out the same way (together about a fifth of what is left of the
 * parse of the fiches): the web addresses `www.…` (tried at each word starting with `w`) and
 * `http://…` (each word starting with `h`), the strikethrough `~~`, the footnotes `[^1]` and the task
 * list boxes `- [ ]`. The parser reads the characters of the file as they are written (a character
 * reference such as `&#64;` is still `&`, `#`, `6`, `4`, `;` for it), so a sign missing from the file
 * is missing for the parser.
 */

/** Constructs of the parser, and the signs without which none of them matches (a regular expression). */
export const CONSTRUCT_SIGNS: ReadonlyArray<{ names: readonly string[]; signs: RegExp }> = [
  { names: ['emailAutolink'], signs: /@/ },
  { names: ['table'], signs: /\||:-|-:/ },
  // `www.` in any case, then a domain.
  { names: ['wwwAutolink'], signs: /www\./i },
  // `http://` or `https://` in any case.
  { names: ['protocolAutolink'], signs: /https?:\/\//i },
  { names: ['strikethrough'], signs: /~/ },
  // A definition `[^1]: …`, a call `[^1]` or `![^1]`.
  { names: ['gfmFootnoteDefinition', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall'], signs: /\[\^/ },
  // `[ ]`, `[x]` or `[X]` (a tab or a line ending counts as the space).
  { names: ['tasklistCheck'], signs: /\[[\t\n\r xX]/ },
];

/** The names of the constructs that cannot match in a text (none of their signs is in it). */
export function unusedConstructs(text: string): string[] {
  const unused: string[] = [];
  for (const { names, signs } of CONSTRUCT_SIGNS) if (!signs.test(text)) unused.push(...names);
  return unused;
}

interface Construct {
  name?: string;
}
type ConstructRecord = Record<string, Construct | Construct[] | undefined>;
type Extension = Record<string, ConstructRecord | unknown>;

/**
 * unified plugin, after `remark-gfm`: removes the named constructs from the parser's syntax extensions.
 * Lists are replaced, not changed in place: the extensions of other parsers are left as they are.
 */
export function withoutConstructs(this: Processor, names: readonly string[] = []): void {
  if (names.length === 0) return;
  const strip = (extension: Extension): void => {
    for (const [field, record] of Object.entries(extension)) {
      if (!record || typeof record !== 'object' || Array.isArray(record) || field === 'disable') continue;
      const constructs = record as ConstructRecord;
      const kept: ConstructRecord = {};
      for (const [code, value] of Object.entries(constructs)) {
        const list = Array.isArray(value) ? value : value ? [value] : [];
        const left = list.filter((construct) => !names.includes(construct.name ?? ''));
        if (left.length === list.length) kept[code] = value;
        else if (left.length > 0) kept[code] = left;
      }
      extension[field] = kept;
    }
  };
  editExtensions<Extension>(this, strip);
}
