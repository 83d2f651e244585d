import type { Processor } from 'unified';

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
 */

/** A construct of the parser, and the signs without which it never matches (one of them is needed). */
export const CONSTRUCT_SIGNS: ReadonlyArray<{ name: string; signs: readonly string[] }> = [
  { name: 'emailAutolink', signs: ['@'] },
  { name: 'table', signs: ['|', ':-', '-:'] },
];

/** The names of the constructs that cannot match in a text (none of their signs is in it). */
export function unusedConstructs(text: string): string[] {
  return CONSTRUCT_SIGNS.filter(({ signs }) => !signs.some((sign) => text.includes(sign))).map(({ name }) => name);
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
  const data = this.data() as { micromarkExtensions?: Array<Extension | Extension[]> };
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
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) => {
    if (Array.isArray(extension)) {
      return extension.map((one) => {
        const copy = { ...one };
        strip(copy);
        return copy;
      });
    }
    const copy = { ...extension };
    strip(copy);
    return copy;
  });
}
