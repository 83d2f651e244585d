/**
 * Per-word facts computed once: a function of one word form (syllables, acronym test…) remembers its
 * answers, so that every rule that asks about the same form, in the same file or in the next files of
 * the run, gets the answer without computing it again. The answers are the same as without the memo.
 * Pure code: no Node-only API.
 */

/**
 * Forms kept per generation. The memo keeps two generations: the forms asked since the current one
 * started, and the forms of the previous one. When the current generation is full it becomes the
 * previous one (the older forms are dropped) and a new one starts; a form found only in the previous
 * generation is copied into the current one. The common words, asked all the time, thus stay known
 * when the memo turns over, and a memo never holds more than 2 × 8,192 forms (a run over thousands of
 * files stays flat; about fifteen functions are memoised in each thread: a few megabytes).
 */
export const GENERATION_SIZE = 8_192;

/** Longer texts (a sentence, a long address) are computed each time: they rarely come back. */
const MAX_LENGTH = 64;

/** Stands for an `undefined` answer in a generation (so that one lookup tells a known form from a new one). */
const NONE: unknown = Symbol('none');

/** A memoised function of a word, with the number of forms it keeps (for tests). */
export interface WordMemo<Value> {
  (word: string): Value;
  /** Forms kept now, both generations together (for tests). */
  readonly size: number;
}

export function memoizeWord<Value>(compute: (word: string) => Value): WordMemo<Value> {
  let current = new Map<string, unknown>();
  let previous = new Map<string, unknown>();
  const memo = (word: string): Value => {
    if (word.length > MAX_LENGTH) return compute(word);
    let stored = current.get(word);
    if (stored === undefined) {
      stored = previous.get(word);
      if (stored === undefined) {
        const value = compute(word);
        stored = value === undefined ? NONE : value;
      }
      if (current.size >= GENERATION_SIZE) {
        previous = current;
        current = new Map();
      }
      current.set(word, stored);
    }
    return (stored === NONE ? undefined : stored) as Value;
  };
  Object.defineProperty(memo, 'size', { get: () => current.size + previous.size });
  return memo as WordMemo<Value>;
}
