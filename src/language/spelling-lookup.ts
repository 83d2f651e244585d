/**
 * The French spelling lookup: every inflected form of `dictionary-fr` (the Hunspell words with their
 * affixes applied, about 3 million forms) stored as a minimal automaton (a DAWG: shared prefixes and
 * shared endings). It is built once, when the project is installed (`scripts/build-spelling.mjs`), so
 * that no Hunspell checker is built when the checker starts. Pure code: no Node-only API; a browser
 * fetches the file as bytes and hands them to `readSpellingLookup`.
 *
 * File layout (little-endian): uint32 header length N, N bytes of JSON header (padded to 4 bytes), then
 * one uint32 per edge: bits 0–7 letter (index in `alphabet`), bit 8 « a word ends here », bit 9 « last
 * edge of its node », bits 10–31 index of the first edge of the target node (0: no edge).
 */

import { memoizeWord } from './word-memo.ts';

export interface SpellingLookupHeader {
  format: 'falc-dawg-1';
  /** Version of `dictionary-fr` the forms come from. */
  dictionary: string;
  alphabet: string;
  /** Index of the root's first edge. */
  root: number;
  words: number;
  /** Hunspell input conversions (ICONV): e.g. `’` → `'`. */
  iconv: Array<[string, string]>;
}

export interface SpellingLookup {
  header: SpellingLookupHeader;
  /** True when the form is in the dictionary, exactly as written. */
  has(form: string): boolean;
  /** True when the word is correct as Hunspell (nspell) judges it: exact, sentence case of an upper-case word, or lower case. */
  correct(word: string): boolean;
  /**
   * Forms at most `distance` edits away (insert, delete, replace, swap), best first, at most `limit`.
   * The walk stops after `steps` letters of the automaton (a bound in work, not in time: the same word
   * always gets the same answer).
   */
  near(word: string, distance: number, limit: number, steps?: number): string[];
}

const LETTER = 0xff;
const FINAL = 1 << 8;
const LAST = 1 << 9;
const TARGET_SHIFT = 10;

/** Reads the lookup from the bytes of the file. */
export function readSpellingLookup(bytes: Uint8Array): SpellingLookup {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as SpellingLookupHeader;
  if (header.format !== 'falc-dawg-1') throw new Error('Le fichier du dictionnaire d’orthographe n’a pas le bon format.');
  const start = 4 + headerLength + ((4 - (headerLength % 4)) % 4);
  const count = (bytes.byteLength - start) / 4;
  // Copy when the bytes are not aligned for a Uint32Array view.
  const edges = (bytes.byteOffset + start) % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + start, count) : new Uint32Array(bytes.slice(start).buffer);
  const alphabet = [...header.alphabet];
  const codes = new Map<string, number>(alphabet.map((letter, index) => [letter, index]));
  const iconv = header.iconv.map(([from, to]) => [new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), to] as const);
  // A conversion can only apply to a word that holds the last character of its `from` (`’`, a ligature, a
  // combining accent): a word with none of them is read as it is.
  const iconvLast = new Set(header.iconv.map(([from]) => from.charCodeAt(from.length - 1)));
  const mayConvert = (word: string): boolean => {
    for (let index = 0; index < word.length; index++) if (iconvLast.has(word.charCodeAt(index))) return true;
    return false;
  };

  /** Index of the edge for `code` among the edges starting at `first`, or -1. */
  function edge(first: number, code: number): number {
    if (first === 0) return -1;
    for (let index = first; ; index++) {
      const value = edges[index]!;
      if ((value & LETTER) === code) return index;
      if (value & LAST) return -1;
    }
  }

  function has(form: string): boolean {
    let first = header.root;
    let value = 0;
    for (const letter of form) {
      const code = codes.get(letter);
      if (code === undefined) return false;
      const index = edge(first, code);
      if (index < 0) return false;
      value = edges[index]!;
      first = value >>> TARGET_SHIFT;
    }
    return form !== '' && (value & FINAL) !== 0;
  }

  function judge(word: string): boolean {
    let normal = word.trim();
    if (normal === '') return false;
    if (mayConvert(normal)) for (const [pattern, to] of iconv) normal = normal.replace(pattern, to);
    if (has(normal)) return true;
    if (normal.toUpperCase() === normal) {
      const sentence = normal.charAt(0) + normal.slice(1).toLowerCase();
      if (has(sentence)) return true;
    }
    const lower = normal.toLowerCase();
    return lower !== normal && has(lower);
  }

  /** `judge`, once per form (the same words come back in every file). */
  const correct = memoizeWord(judge);

  /** Bounded Levenshtein walk of the automaton (with swaps of two neighbouring letters). */
  function near(word: string, distance: number, limit: number, maxSteps = Infinity): string[] {
    const target = [...word];
    // The word as indexes in the alphabet (-1: a letter the automaton never holds): the walk compares numbers.
    const codesOfTarget = Int32Array.from(target, (letter) => codes.get(letter) ?? -1);
    const found = new Map<string, number>();
    const width = target.length + 1;
    // One row of distances per depth of the walk, reused: a node's row is read only by the nodes under it.
    const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, index) => index)];
    let steps = 0;
    const walk = (node: number, prefix: string[], depth: number, codeBefore: number): void => {
      if (node === 0) return;
      const previous = rows[depth]!;
      const before = depth > 0 ? rows[depth - 1] : undefined;
      const row = (rows[depth + 1] ??= new Int32Array(width));
      for (let index = node; ; index++) {
        const value = edges[index]!;
        const code = value & LETTER;
        row[0] = previous[0]! + 1;
        let best = row[0];
        for (let column = 1; column < width; column++) {
          const cost = codesOfTarget[column - 1] === code ? 0 : 1;
          let cell = Math.min(row[column - 1]! + 1, previous[column]! + 1, previous[column - 1]! + cost);
          if (before && column > 1 && codesOfTarget[column - 1] === codeBefore && codesOfTarget[column - 2] === code) cell = Math.min(cell, before[column - 2]! + 1);
          row[column] = cell;
          if (cell < best) best = cell;
        }
        prefix.push(alphabet[code]!);
        if (value & FINAL && row[width - 1]! <= distance) {
          const form = prefix.join('');
          const old = found.get(form);
          if (old === undefined || row[width - 1]! < old) found.set(form, row[width - 1]!);
        }
        if (best <= distance && ++steps <= maxSteps) walk(value >>> TARGET_SHIFT, prefix, depth + 1, code);
        prefix.pop();
        if (value & LAST) break;
      }
    };
    walk(header.root, [], 0, -1);
    return [...found.entries()]
      .filter(([form]) => form !== word)
      .sort((a, b) => a[1] - b[1])
      .slice(0, limit)
      .map(([form]) => form);
  }

  return { header, has, correct, near };
}
