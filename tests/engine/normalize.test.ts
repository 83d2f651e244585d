import { describe, expect, it } from 'vitest';
import { isNormalForm, normalizeForm, normalizeWord } from '../../src/engine/normalize.ts';
import { startsWithLetterOrDigit } from '../../src/engine/words.ts';

// Shortcuts that skip work must give the same answers as the work they skip.

/** A small generator of numbers in [0, 1) from a seed (the same strings at each run). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SIGNS = [...'abcxyzAZÉéèàâçœÿßÀÖ×÷0189-\'’ʼ‘`´.,;:!? \u00a0', 'e\u0301', 'E\u0301', 'ǅ', 'İ', 'ﬁ', '😀'];

describe('normalizeWord', () => {
  it('answers every single character as the full normalisation does', () => {
    for (let code = 0; code < 0x3000; code++) {
      const value = String.fromCharCode(code);
      expect(normalizeWord(value), `U+${code.toString(16)}`).toBe(normalizeForm(value));
      if (isNormalForm(value)) expect(normalizeForm(value)).toBe(value);
    }
  });

  it('answers 20,000 random words as the full normalisation does, short and long', () => {
    const next = random(3);
    let shortcuts = 0;
    for (let index = 0; index < 20_000; index++) {
      let word = '';
      const length = 1 + Math.floor(next() * (index % 10 === 0 ? 100 : 12));
      const signs = index % 2 ? SIGNS.slice(0, 14) : SIGNS;
      for (let sign = 0; sign < length; sign++) word += signs[Math.floor(next() * signs.length)];
      if (isNormalForm(word)) shortcuts++;
      expect(normalizeWord(word), JSON.stringify(word)).toBe(normalizeForm(word));
    }
    expect(shortcuts).toBeGreaterThan(100);
  });

  it('takes the shortcut for plain French words only', () => {
    expect(isNormalForm('déclaration')).toBe(true);
    expect(isNormalForm("aujourd'hui")).toBe(true);
    expect(isNormalForm('Déclaration')).toBe(false);
    expect(isNormalForm('aujourd’hui')).toBe(false);
    expect(isNormalForm('e\u0301te\u0301')).toBe(false);
    expect(normalizeWord('État')).toBe('état');
  });
});

describe('the first sign of a word', () => {
  it('is a letter or a digit for the Unicode test whenever the shortcut says so', () => {
    for (let code = 0; code < 0x3000; code++) {
      const value = String.fromCharCode(code);
      if (startsWithLetterOrDigit(code)) expect(/[\p{L}\p{N}]/u.test(value), `U+${code.toString(16)}`).toBe(true);
    }
    expect(startsWithLetterOrDigit('É'.charCodeAt(0))).toBe(true);
    expect(startsWithLetterOrDigit('×'.charCodeAt(0))).toBe(false);
  });
});
