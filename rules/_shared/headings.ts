import { normalizeWord } from '../../src/engine/normalize.ts';

/** A heading as compared with a list of expected headings: lower case, spaces folded, no final ? ! . : */
export function cleanHeading(text: string): string {
  return normalizeWord(text.replace(/\s+/g, ' ').trim()).replace(/[\s?!.:]+$/u, '');
}
