import { normalizeWord, splitElision } from '../../src/engine/normalize.ts';
import type { JargonEntry } from './jargon.ts';

/** A multi-word entry (or multi-word form), split into normalised words. */
export interface JargonPhrase {
  words: string[];
  entry: JargonEntry;
}

export interface JargonIndex {
  /** Single words, keyed by the term and by every form. */
  single: Map<string, JargonEntry>;
  /** Phrases, longest first. */
  phrases: JargonPhrase[];
  /** The same phrases grouped by their first word, longest first in each group. */
  byFirstWord: Map<string, JargonPhrase[]>;
}

/**
 * Splits a text into the normalised words used by the index: NFC, lower case,
 * typographic apostrophes as `'`, elided words kept with their apostrophe
 * (`l'issue` → `l'`, `issue`), hyphenated words kept whole (`vis-à-vis`).
 */
export function tokenizeJargon(text: string): string[] {
  const words: string[] = [];
  for (const raw of normalizeWord(text).split(/[^\p{L}\p{N}'-]+/u)) {
    const token = raw.replace(/^[-']+|-+$/g, '');
    if (token === '') continue;
    words.push(...splitElision(token));
  }
  return words;
}

/** Builds the lookup tables. Single-word lookups are one `Map.get`. */
export function buildJargonIndex(entries: readonly JargonEntry[]): JargonIndex {
  const single = new Map<string, JargonEntry>();
  const phrases: JargonPhrase[] = [];
  for (const entry of entries) {
    const keys = new Set([entry.term, ...(entry.forms ?? [])]);
    for (const key of keys) {
      const words = tokenizeJargon(key);
      if (words.length === 0) continue;
      if (words.length === 1) {
        const word = words[0] as string;
        if (!single.has(word)) single.set(word, entry);
      } else {
        phrases.push({ words, entry });
      }
    }
  }
  phrases.sort((a, b) => b.words.length - a.words.length);
  const byFirstWord = new Map<string, JargonPhrase[]>();
  for (const phrase of phrases) {
    const first = phrase.words[0] as string;
    const group = byFirstWord.get(first);
    if (group) group.push(phrase);
    else byFirstWord.set(first, [phrase]);
  }
  return { single, phrases, byFirstWord };
}

/**
 * The longest entry starting at `words[i]`: a phrase first, then a single word.
 * `words` are normalised as `tokenizeJargon` does.
 */
export function matchJargon(
  index: JargonIndex,
  words: string[],
  i: number,
): { entry: JargonEntry; length: number } | undefined {
  const first = words[i];
  if (first === undefined) return undefined;
  return matchStartingWith(index.byFirstWord.get(first), index.single.get(first), words, i);
}

/**
 * The longest entry starting at `words[i]`, given the phrases that start with that word (longest first)
 * and its single-word entry, as the index gives them (a caller that kept them per word form skips the lookups).
 * A phrase must end before `end` (a caller stops phrases at punctuation: « personnes, physiques » is not
 * « personnes physiques »).
 */
export function matchStartingWith(
  phrases: readonly JargonPhrase[] | undefined,
  single: JargonEntry | undefined,
  words: readonly string[],
  i: number,
  end = words.length,
): { entry: JargonEntry; length: number } | undefined {
  if (phrases) for (const phrase of phrases) {
    if (phrase.words.length > end - i) continue;
    let ok = true;
    for (let k = 1; k < phrase.words.length; k++) {
      if (words[i + k] !== phrase.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { entry: phrase.entry, length: phrase.words.length };
  }
  return single ? { entry: single, length: 1 } : undefined;
}
