// The scores' figures in French (« 42,5 », « 1 500 ») are written by hand, without making the French
// number format at each start: the text must be exactly what `Intl.NumberFormat('fr-FR')` writes.
import { describe, expect, it } from 'vitest';
import { frenchNumber } from '../../src/report/readability.ts';

const intl = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 0, maximumFractionDigits: 1 });

/** A small deterministic generator (the same numbers at each run). */
function* randomNumbers(count: number): Generator<number> {
  let state = 20261202;
  for (let index = 0; index < count; index++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const scale = 10 ** ((state % 9) - 3);
    yield ((state / 2147483648) * 2 - 1) * scale * 1000;
  }
}

describe('frenchNumber', () => {
  it('writes scores as French readers do', () => {
    expect(frenchNumber(42.5)).toBe('42,5');
    expect(frenchNumber(64)).toBe('64');
    expect(frenchNumber(1500)).toBe('1\u202f500');
    expect(frenchNumber(-3.04)).toBe('-3');
  });

  it('writes what the French number format writes, on every hundredth from -2,000 to 2,000', () => {
    const differences: string[] = [];
    for (let hundredths = -200_000; hundredths <= 200_000; hundredths++) {
      const value = hundredths / 100;
      if (frenchNumber(value) !== intl.format(value)) differences.push(`${value}: ${frenchNumber(value)} ≠ ${intl.format(value)}`);
    }
    expect(differences.slice(0, 5)).toEqual([]);
  });

  it('writes what the French number format writes on awkward numbers', () => {
    const values = [0, -0, 0.05, 0.15, 0.25, 0.95, 1.05, 1.45, 2.675, 9.95, 99.95, 999.95, 9999.95, 123456.78, 1e15 + 0.5, 2 ** 53, 1e20, 1e21, 1e-7, -1e-7, 0.1 + 0.2, 1 / 3, -2 / 3, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE, Number.MIN_VALUE];
    for (const value of values) expect(frenchNumber(value), String(value)).toBe(intl.format(value));
  });

  it('writes what the French number format writes on 100,000 random numbers of every size', () => {
    const differences: string[] = [];
    for (const value of randomNumbers(100_000)) if (frenchNumber(value) !== intl.format(value)) differences.push(`${value}`);
    expect(differences.slice(0, 5)).toEqual([]);
  });
});
