/**
 * Per-word facts computed once: a function of one word form (syllables, acronym test…) remembers its
 * answers, so that every rule that asks about the same form, in the same file or in the next files of
 * the run, gets the answer without computing it again. The answers are the same as without the memo.
 * Pure code: no Node-only API.
 */

/**
 * Forms kept per function; when full, the memo starts again (a run over thousands of files stays flat).
 * About fifteen functions are memoised, in each thread that checks files: 5,000 forms each cover most
 * words of a text (the common ones come back all the time) and keep the memos to a few megabytes.
 */
const MAX_FORMS = 5_000;

/** Longer texts (a sentence, a long address) are computed each time: they rarely come back. */
const MAX_LENGTH = 64;

export function memoizeWord<Value>(compute: (word: string) => Value): (word: string) => Value {
  const known = new Map<string, Value>();
  return (word: string) => {
    if (word.length > MAX_LENGTH) return compute(word);
    let value = known.get(word);
    if (value === undefined && !known.has(word)) {
      value = compute(word);
      if (known.size >= MAX_FORMS) known.clear();
      known.set(word, value);
    }
    return value as Value;
  };
}
