/**
 * Reads French numbers written in words: « trois », « dix-huit », « vingt et un », « quatre-vingt-dix »,
 * « deux cent cinquante », « trois mille ». Shared by `nombre-en-lettres` and `pourcentage`.
 */
import { memoizeWord } from '../../src/language/word-memo.ts';

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  cent: 100, cents: 100, mille: 1000,
};

/** Ordinal forms: « deuxième » → deux. « premier » and « second » are left alone. */
export const ORDINAL_STEMS: Readonly<Record<string, string>> = {
  unième: 'un', deuxième: 'deux', troisième: 'trois', quatrième: 'quatre', cinquième: 'cinq', sixième: 'six',
  septième: 'sept', huitième: 'huit', neuvième: 'neuf', dixième: 'dix', onzième: 'onze', douzième: 'douze',
  treizième: 'treize', quatorzième: 'quatorze', quinzième: 'quinze', seizième: 'seize', vingtième: 'vingt',
  trentième: 'trente', quarantième: 'quarante', cinquantième: 'cinquante', soixantième: 'soixante',
  centième: 'cent', millième: 'mille',
};

/** One piece of a number: its value, and whether it is an ordinal (« -ième »). */
export interface NumberPiece {
  word: string;
  value: number;
  ordinal: boolean;
  plural: boolean;
}

/** The piece a word stands for, or undefined: « vingts » → 20, « troisièmes » → 3 (ordinal, plural). */
export function piece(word: string): NumberPiece | undefined {
  // Own keys only: « constructor » is not a number (a plain object inherits it).
  const value = Object.hasOwn(NUMBER_WORDS, word) ? NUMBER_WORDS[word] : undefined;
  if (value !== undefined) return { word, value, ordinal: false, plural: false };
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  const stem = Object.hasOwn(ORDINAL_STEMS, singular) ? ORDINAL_STEMS[singular] : undefined;
  if (stem !== undefined) return { word, value: NUMBER_WORDS[stem]!, ordinal: true, plural: singular !== word };
  return undefined;
}

function isTens(value: number): boolean {
  return value >= 20 && value <= 60 && value % 10 === 0;
}

/**
 * Can `next` follow `previous` inside one number? « vingt » + « cinq » yes, « deux » + « trois » no
 * (« deux trois » are two numbers). `last` is the value of the number so far.
 */
export function canFollow(previous: NumberPiece, next: NumberPiece, soFar: number): boolean {
  if (previous.ordinal) return false;
  const p = previous.value;
  const n = next.value;
  if (n === 1000) return p !== 1000;
  if (n === 100) return p >= 2 && p <= 9 && soFar % 1000 < 10;
  if (p === 1000) return n !== 1000;
  if (p === 100) return n < 100;
  // quatre-vingt(s)
  if (p === 4 && n === 20) return true;
  if (p === 20 && soFar % 100 === 80) return n >= 1 && n <= 19;
  if (p === 10) return n >= 7 && n <= 9;
  if (isTens(p)) return (n >= 1 && n <= 9) || (p === 60 && n >= 10 && n <= 19);
  return false;
}

/** The value of a well-formed list of pieces. */
export function valueOf(pieces: NumberPiece[]): number {
  let total = 0;
  let current = 0;
  for (let index = 0; index < pieces.length; index++) {
    const item = pieces[index]!;
    const v = item.value;
    if (v === 1000) {
      total += Math.max(current, 1) * 1000;
      current = 0;
    } else if (v === 100) {
      current = Math.max(current, 1) * 100;
    } else if (v === 20 && pieces[index - 1]?.value === 4) {
      current += 76; // the 4 already added becomes 80
    } else {
      current += v;
    }
  }
  return total + current;
}

/**
 * Reads a number from a list of lower-case words, starting at `start`. « et » is allowed between tens and
 * « un » or « onze ». Returns the number of words used and the value, or undefined.
 * A hyphenated word (« dix-huit ») must be made only of number words.
 */
export function readNumber(words: readonly string[], start: number): { length: number; value: number; pieces: NumberPiece[] } | undefined {
  // Most words are not number words: a number starts only at a word made of number words (once per form).
  const firstWord = words[start];
  if (firstWord === undefined || !mayBeNumberWord(firstWord) || !isNumberWord(firstWord)) return undefined;
  const pieces: NumberPiece[] = [];
  let index = start;
  while (index < words.length) {
    const word = words[index]!;
    const parts = word.split('-');
    const wordPieces: NumberPiece[] = [];
    let ok = true;
    for (let part = 0; part < parts.length; part++) {
      const name = parts[part]!;
      if (name === 'et' && part > 0 && part < parts.length - 1) continue;
      const found = piece(name);
      if (!found) {
        ok = false;
        break;
      }
      wordPieces.push(found);
    }
    if (!ok || wordPieces.length === 0) break;
    // « et » between two words: « vingt et un », « soixante et onze ».
    const candidate = [...pieces, ...wordPieces];
    if (!isWellFormed(candidate)) break;
    pieces.push(...wordPieces);
    index++;
    if (wordPieces[wordPieces.length - 1]!.ordinal) break;
    if (words[index] === 'et' && isTens(pieces[pieces.length - 1]!.value)) {
      const after = words[index + 1];
      const next = after ? piece(after.split('-')[0]!) : undefined;
      if (next && (next.value === 1 || next.value === 11)) index++;
    }
  }
  if (pieces.length === 0) return undefined;
  // « un » and « une » alone are articles.
  if (pieces.length === 1 && pieces[0]!.value === 1) return undefined;
  return { length: index - start, value: valueOf(pieces), pieces };
}

/** The first 2 characters of every number word and ordinal stem (each has 2 characters or more). */
const NUMBER_PAIRS = new Set<number>(
  [...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINAL_STEMS)].map((word) => word.charCodeAt(0) * 0x10000 + word.charCodeAt(1)),
);

/**
 * A quick test before `isNumberWord`: the first part of a number word is a number word or an ordinal, so the
 * word starts with the first 2 characters of one of them. Most words start otherwise and need no lookup.
 */
export function mayBeNumberWord(word: string): boolean {
  return word.length >= 2 && NUMBER_PAIRS.has(word.charCodeAt(0) * 0x10000 + word.charCodeAt(1));
}

/** True when `readNumber` may start at this word (the exact test, once per form). */
export function isNumberStart(word: string): boolean {
  return isNumberWord(word);
}

/** True when every part of the word (split at its hyphens, « et » between them left out) is a number word. */
const isNumberWord = memoizeWord((word: string): boolean => {
  const parts = word.split('-');
  let found = 0;
  for (let part = 0; part < parts.length; part++) {
    const name = parts[part]!;
    if (name === 'et' && part > 0 && part < parts.length - 1) continue;
    if (!piece(name)) return false;
    found++;
  }
  return found > 0;
});

function isWellFormed(pieces: NumberPiece[]): boolean {
  for (let index = 1; index < pieces.length; index++) {
    if (!canFollow(pieces[index - 1]!, pieces[index]!, valueOf(pieces.slice(0, index)))) return false;
  }
  // « un » / « une » only after tens (vingt et un, quatre-vingt-un) or after cent / mille (cent un).
  for (let index = 0; index < pieces.length; index++) {
    if (pieces[index]!.value === 1 && index === 0 && pieces.length > 1 && pieces[1]!.value !== 1000 && pieces[1]!.value !== 100) return false;
  }
  return true;
}
