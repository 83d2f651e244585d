import type { Position } from 'unist';
import { ELIDED_WORD } from '../../src/engine/normalize.ts';
import type { FalcWord } from '../../src/engine/types.ts';

/** An elided article or pronoun before a word: « l’ », « d’ », « qu’ » (group 1), then the word (group 2). */
export const ELIDED = new RegExp(`^(${ELIDED_WORD})(.+)$`, 'iu');

/** The place of a word without its first `skip` characters (on one line). */
export function shifted(word: FalcWord, skip: number): Position {
  const { start, end } = word.position;
  return { start: { ...start, column: start.column + skip, ...(start.offset !== undefined ? { offset: start.offset + skip } : {}) }, end };
}

/**
 * A word as a message quotes it: without the elided word glued before it (« d’immatriculation » →
 * « immatriculation »), with its place.
 */
export function withoutElision(word: FalcWord): { written: string; place: Position } {
  const elided = ELIDED.exec(word.value);
  return elided ? { written: elided[2]!, place: shifted(word, elided[1]!.length) } : { written: word.value, place: word.position };
}
