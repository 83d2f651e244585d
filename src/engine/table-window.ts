import type { Processor } from 'unified';
import { editExtensions, type Construct, type Extension } from './micromark-shapes.ts';
import { followParsedText } from './parsed-text.ts';

/**
 * The table of `remark-gfm` is tried at the start of every line of text: the parser reads the whole
 * line as a head row, then looks at the next line for a delimiter row (`| --- |`). A file with one
 * table pays that on all its lines (the service-public fiches all have tables: about a fifth of their
 * parse). A table starts with two lines that hold a `|`, or an alignment colon of the delimiter row
 * (`:-` or `-:`, as in unused-constructs.ts): the head row and the delimiter row. This plugin, used
 * after `remark-gfm`, tries the table only where these two lines of the file hold one of the signs;
 * elsewhere it fails at once, as the table would after reading them. The rows after the head (which
 * need no sign) are always tried. The tree is the same (tests/engine/unused-constructs.test.ts).
 */

/** The signs without which two lines cannot start a table. */
const TABLE_SIGNS = /\||:-|-:/;

/**
 * True when the text from `offset` to the end of the next line holds a sign of a table (a little
 * more is read when in doubt: reading too much only tries the table for nothing).
 */
export function mayStartTable(source: string, offset: number): boolean {
  const first = source.indexOf('\n', offset);
  if (first === -1) return TABLE_SIGNS.test(source.slice(offset));
  const second = source.indexOf('\n', first + 1);
  return TABLE_SIGNS.test(source.slice(offset, second === -1 ? source.length : second + 1));
}


/** unified plugin, after `remark-parse` and `remark-gfm`: tries the table only where it may start. */
export function tableWindow(this: Processor): void {
  if (!this.parser) return;
  const parsedText = followParsedText(this);
  const windowed = (construct: Construct): Construct => ({
    ...construct,
    tokenize(effects, ok, nok) {
      const start = construct.tokenize.call(this, effects, ok, nok);
      const text = parsedText();
      // A byte order mark shifts the parser's offsets: such a text is read without the shortcut.
      if (text === undefined || text.charCodeAt(0) === 0xfeff) return start;
      return (code) => {
        // After a head or a row, the next line is a body row, which needs no sign (as the table's start).
        let index = this.events.length - 1;
        while (index > -1 && (this.events[index]![1].type === 'lineEnding' || this.events[index]![1].type === 'linePrefix')) index--;
        const tail = index > -1 ? this.events[index]![1].type : undefined;
        if (tail === 'tableHead' || tail === 'tableRow' || mayStartTable(text, this.now().offset)) return start(code);
        return nok(code);
      };
    },
  });
  const replace = (extension: Extension): void => {
    const constructs = extension.flow?.null;
    if (!extension.flow || !constructs) return;
    const list = Array.isArray(constructs) ? constructs : [constructs];
    if (!list.some((construct) => construct.name === 'table')) return;
    // A new record: the extension object of `remark-gfm` may be shared with other parsers.
    extension.flow = { ...extension.flow, null: list.map((construct) => (construct.name === 'table' ? windowed(construct) : construct)) };
  };
  editExtensions<Extension>(this, replace);
}
