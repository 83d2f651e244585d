// Per-word facts are computed once per form and shared (src/language/word-memo.ts): the answers must be
// the same as without the memo, and the memo must stay bounded over a long run.
import { describe, expect, it } from 'vitest';
import { GENERATION_SIZE, memoizeWord } from '../../src/language/word-memo.ts';
import { normalizeWord } from '../../src/engine/normalize.ts';
import { mainPart, writtenMainPart } from '../../src/language/word-kinds.ts';
import { isAddressLike } from '../../rules/_shared/chunks.ts';

describe('memoizeWord', () => {
  it('computes each form once and gives the same answer each time', () => {
    const seen: string[] = [];
    const length = memoizeWord((word: string) => {
      seen.push(word);
      return word.length;
    });
    expect([length('mairie'), length('mairie'), length('CAF'), length('mairie')]).toEqual([6, 6, 3, 6]);
    expect(seen).toEqual(['mairie', 'CAF']);
  });

  it('remembers an undefined answer too', () => {
    let calls = 0;
    const nothing = memoizeWord(() => {
      calls++;
      return undefined;
    });
    nothing('papier');
    nothing('papier');
    expect(calls).toBe(1);
  });

  it('does not keep long texts (a sentence rarely comes back)', () => {
    let calls = 0;
    const count = memoizeWord((text: string) => {
      calls++;
      return text.length;
    });
    const sentence = 'Vous allez à la mairie avec votre carte d’identité et un justificatif de domicile.';
    expect(count(sentence)).toBe(sentence.length);
    expect(count(sentence)).toBe(sentence.length);
    expect(calls).toBe(2);
  });

  it('stays right after more forms than it keeps (it starts again when full)', () => {
    const double = memoizeWord((word: string) => `${word}${word}`);
    const wrong: string[] = [];
    for (let index = 0; index < 50_000; index++) if (double(`m${index}`) !== `m${index}m${index}`) wrong.push(`m${index}`);
    expect(wrong).toEqual([]);
    expect(double('m0')).toBe('m0m0');
  }, 30_000);

  it('keeps at most two generations of forms', () => {
    const double = memoizeWord((word: string) => `${word}${word}`);
    let largest = 0;
    for (let index = 0; index < 5 * GENERATION_SIZE; index++) {
      double(`m${index}`);
      largest = Math.max(largest, double.size);
    }
    expect(largest).toBeLessThanOrEqual(2 * GENERATION_SIZE);
    expect(largest).toBeGreaterThan(GENERATION_SIZE);
  });

  it('still knows a form of the previous generation, and keeps it when the memo turns over again', () => {
    const seen: string[] = [];
    const length = memoizeWord((word: string) => {
      seen.push(word);
      return word.length;
    });
    length('mairie');
    // The current generation fills up: « mairie » is now in the previous one.
    for (let index = 0; index < GENERATION_SIZE; index++) length(`a${index}`);
    expect(length('mairie')).toBe(6);
    expect(seen.filter((word) => word === 'mairie')).toHaveLength(1);
    // Asked again, it was copied into the current generation: it survives the next turn.
    for (let index = 0; index < GENERATION_SIZE - 1; index++) length(`b${index}`);
    expect(length('mairie')).toBe(6);
    expect(seen.filter((word) => word === 'mairie')).toHaveLength(1);
    // A form not asked for two generations is computed again, with the same answer.
    for (let index = 0; index < 2 * GENERATION_SIZE; index++) length(`c${index}`);
    expect(length('mairie')).toBe(6);
    expect(seen.filter((word) => word === 'mairie')).toHaveLength(2);
  });

  it('gives the same answers as the function without memo, over a long run with repeated forms', () => {
    const plain = (word: string) => (word.length % 3 === 0 ? undefined : word.toUpperCase());
    const memo = memoizeWord(plain);
    const wrong: string[] = [];
    for (let index = 0; index < 60_000; index++) {
      // Common forms come back often, rare ones once in a while.
      const word = index % 2 === 0 ? `w${index % 97}` : `r${(index * 7919) % 40_000}`;
      if (memo(word) !== plain(word)) wrong.push(word);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the memoised word facts', () => {
  it('give the same answers as the computation', () => {
    expect(normalizeWord('L’État')).toBe("l'état");
    expect(normalizeWord('L’État')).toBe("l'état");
    expect(mainPart("l'administration")).toBe('administration');
    expect(mainPart("l'administration.")).toBe('administration');
    expect(writtenMainPart('l’Administration')).toBe('Administration');
    expect(isAddressLike('www.caf.fr')).toBe(true);
    expect(isAddressLike('www.caf.fr')).toBe(true);
    expect(isAddressLike('mairie.')).toBe(false);
  });

  it('knows every kind of address, each with only the sign it needs (the quick test before the memo)', () => {
    for (const address of ['https://www.caf.fr', 'mailto:accueil', 'accueil@mairie.fr', 'service-public.fr', 'notice.pdf', '../dossier/guide', '~/guides', 'www.ameli.fr.', '(www.caf.fr)'])
      expect(isAddressLike(address), address).toBe(true);
    for (const word of ['mairie', 'l’État', 'rendez-vous', 'CAF', '15h30', 'etc.', 'a.m.']) expect(isAddressLike(word), word).toBe(false);
  });
});
