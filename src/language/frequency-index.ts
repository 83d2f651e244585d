/**
 * The frequency list as an index that is read without work: reading `frequences.tsv` fills four Maps of
 * 30,000 words at each start of the command (about 70 ms and a garbage collection, a tenth of a cold
 * check of one guide). The index holds the same four lookups, sorted, in typed arrays and one string: it
 * is read in a few milliseconds, and a word is found by binary search the first time it is asked for.
 * The Node adapter writes it from the Maps of the TSV (`src/node/load-resources.ts`, once per version of
 * the file) and reads it at the next starts. The answers are the Maps' answers, for every word
 * (`tests/language/frequency-index.test.ts` compares them on the whole list).
 * Pure code: no Node-only API.
 *
 * File layout (little-endian): uint32 header length N, N bytes of JSON header, padding to 8 bytes, then
 * the arrays, each padded to 8 bytes: pm (float64 × count), score (float64 × count), lemma (int32 × count),
 * offsets (uint32 × count + 1), flags (uint8 × count), part (uint8 × count), then the keys (UTF-8), one after
 * the other, in the order of JavaScript's `<` (code units), `offsets` in code units of the decoded text.
 */
import type { FrequencyMaps, FrequencyStore, Lookup } from './frequencies.ts';

const FORMAT = 'falc-frequencies-1';
/**
 * Version of what the index holds: the format, and the reading of the TSV (`parseFrequencyMaps`: trimmed
 * fields, last line wins, scores). It is in the index's file name: **add 1 when either changes**, or an
 * index written before keeps giving the old answers.
 */
export const FREQUENCY_INDEX_VERSION = 1;
/** `flags`: the key is a form of the list (it has a pm). */
const FORM = 1;
/** `flags`: the key is a lemma with a score. */
const SCORED = 2;

interface Header {
  format: typeof FORMAT;
  count: number;
  /** The parts of speech; `part` holds their index + 1 (0: none). */
  parts: string[];
  /** Byte length of the keys' text. */
  keysBytes: number;
  /** Sizes of the four lookups. */
  sizes: { forms: number; lemmas: number; parts: number; lemmaScores: number };
}

const align = (value: number) => (value + 7) & ~7;

/** Writes the index of the Maps read from the TSV. */
export function writeFrequencyIndex(maps: FrequencyMaps): Uint8Array {
  const keys = [...new Set([...maps.forms.keys(), ...maps.lemmaScores.keys(), ...maps.lemmas.values()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ids = new Map(keys.map((key, id) => [key, id]));
  const partNames = [...new Set(maps.parts.values())].sort();
  if (partNames.length > 255) throw new Error('Trop de natures de mots pour l’index des fréquences.');
  const count = keys.length;
  const pm = new Float64Array(count);
  const score = new Float64Array(count);
  const lemma = new Int32Array(count).fill(-1);
  const offsets = new Uint32Array(count + 1);
  const flags = new Uint8Array(count);
  const part = new Uint8Array(count);
  let offset = 0;
  keys.forEach((key, id) => {
    offsets[id] = offset;
    offset += key.length;
    const formPm = maps.forms.get(key);
    if (formPm !== undefined || maps.forms.has(key)) {
      flags[id]! |= FORM;
      pm[id] = formPm!;
    }
    const keyScore = maps.lemmaScores.get(key);
    if (keyScore !== undefined || maps.lemmaScores.has(key)) {
      flags[id]! |= SCORED;
      score[id] = keyScore!;
    }
    const keyLemma = maps.lemmas.get(key);
    if (keyLemma !== undefined) lemma[id] = ids.get(keyLemma)!;
    const keyPart = maps.parts.get(key);
    if (keyPart !== undefined) part[id] = partNames.indexOf(keyPart) + 1;
  });
  offsets[count] = offset;
  const text = new TextEncoder().encode(keys.join(''));
  const header = new TextEncoder().encode(JSON.stringify({ format: FORMAT, count, parts: partNames, keysBytes: text.byteLength, sizes: { forms: maps.forms.size, lemmas: maps.lemmas.size, parts: maps.parts.size, lemmaScores: maps.lemmaScores.size } } satisfies Header));
  const sections: Uint8Array[] = [pm, score, lemma, offsets, flags, part].map((array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  let size = align(4 + header.byteLength);
  for (const section of sections) size += align(section.byteLength);
  const bytes = new Uint8Array(size + text.byteLength);
  new DataView(bytes.buffer).setUint32(0, header.byteLength, true);
  bytes.set(header, 4);
  let at = align(4 + header.byteLength);
  for (const section of sections) {
    bytes.set(section, at);
    at += align(section.byteLength);
  }
  bytes.set(text, at);
  return bytes;
}

/**
 * Reads an index written by `writeFrequencyIndex`. Throws when the bytes are not such an index (the
 * adapter then reads the TSV).
 */
export function readFrequencyIndex(bytes: Uint8Array): FrequencyStore {
  // Typed arrays need aligned bytes: a copy when the file's bytes are not.
  const data = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const headerLength = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(data.subarray(4, 4 + headerLength))) as Header;
  if (header.format !== FORMAT) throw new Error('not a frequency index');
  const { count } = header;
  let at = data.byteOffset + align(4 + headerLength);
  const next = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number, size: number): T => {
    const array = make(data.buffer, at, length);
    at += align(length * size);
    return array;
  };
  const pm = next((buffer, offset, length) => new Float64Array(buffer, offset, length), count, 8);
  const score = next((buffer, offset, length) => new Float64Array(buffer, offset, length), count, 8);
  const lemma = next((buffer, offset, length) => new Int32Array(buffer, offset, length), count, 4);
  const offsets = next((buffer, offset, length) => new Uint32Array(buffer, offset, length), count + 1, 4);
  const flags = next((buffer, offset, length) => new Uint8Array(buffer, offset, length), count, 1);
  const part = next((buffer, offset, length) => new Uint8Array(buffer, offset, length), count, 1);
  if (at - data.byteOffset + header.keysBytes !== data.byteLength) throw new Error('not a frequency index');
  const text = new TextDecoder().decode(new Uint8Array(data.buffer, at, header.keysBytes));
  if (text.length !== offsets[count]) throw new Error('not a frequency index');

  /** Sign of `word` against key `id`, in the order of `<`. */
  const compare = (word: string, id: number): number => {
    const start = offsets[id]!;
    const length = offsets[id + 1]! - start;
    const shortest = Math.min(word.length, length);
    for (let index = 0; index < shortest; index++) {
      const difference = word.charCodeAt(index) - text.charCodeAt(start + index);
      if (difference !== 0) return difference;
    }
    return word.length - length;
  };
  // A word's place, found once (-1: not in the index): the rules ask about the same words again and again.
  const places = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = places.get(word);
    if (id !== undefined) return id;
    id = -1;
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const sign = compare(word, middle);
      if (sign === 0) {
        id = middle;
        break;
      }
      if (sign < 0) high = middle - 1;
      else low = middle + 1;
    }
    if (places.size >= 200_000) places.clear();
    places.set(word, id);
    return id;
  };
  // A lemma's text, made once.
  const keyTexts: Array<string | undefined> = [];
  const keyOf = (id: number): string => (keyTexts[id] ??= text.slice(offsets[id]!, offsets[id + 1]!));
  const lookup = <V>(size: number, has: (id: number) => boolean, value: (id: number) => V): Lookup<V> => ({
    size,
    has: (key) => {
      const id = idOf(key);
      return id >= 0 && has(id);
    },
    get: (key) => {
      const id = idOf(key);
      return id >= 0 && has(id) ? value(id) : undefined;
    },
  });
  const { sizes } = header;
  return {
    forms: lookup(sizes.forms, (id) => (flags[id]! & FORM) !== 0, (id) => pm[id]!),
    lemmas: lookup(sizes.lemmas, (id) => lemma[id]! >= 0, (id) => keyOf(lemma[id]!)),
    parts: lookup(sizes.parts, (id) => part[id]! > 0, (id) => header.parts[part[id]! - 1]!),
    lemmaScores: lookup(sizes.lemmaScores, (id) => (flags[id]! & SCORED) !== 0, (id) => score[id]!),
  };
}
