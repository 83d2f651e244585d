import { normalizeWord } from '../../src/engine/normalize.ts';
import { trimEnd } from '../../src/engine/trim.ts';

/** A heading as compared with a list of expected headings: lower case, spaces folded, no final ? ! . : */
export function cleanHeading(text: string): string {
  return trimEnd(normalizeWord(text.replace(/\s+/g, ' ').trim()), /[\s?!.:]/u);
}
