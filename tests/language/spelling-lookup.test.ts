// The prebuilt spelling lookup holds every form of dictionary-fr and judges words as Hunspell does.
import { describe, expect, it } from 'vitest';
import { loadFrequencies, loadSpellingLookup } from '../../src/node/load-resources.ts';
import { suggestSpelling } from '../../rules/orthographe/suggest.ts';

const lookup = loadSpellingLookup()!;
// Suggestions put the most frequent French words first, as the rule does.
const frequencies = await loadFrequencies();

describe('the spelling lookup', () => {
  it('knows inflected forms made from the Hunspell affixes', () => {
    for (const word of ['signerons', 'envoyées', 'bâtiments', "l'État", 'aujourd\'hui', 'rendez-vous', 'domiciliation']) expect(lookup.correct(word), word).toBe(true);
  });

  it('accepts a capital at the start and words in capitals, as Hunspell does', () => {
    expect(lookup.correct('Signez')).toBe(true);
    expect(lookup.correct('MAIRIE')).toBe(true);
    expect(lookup.correct('Mairie')).toBe(true);
  });

  it('refuses misspelt words', () => {
    for (const word of ['courier', 'adrese', 'démarhce', 'queles', 'batiment']) expect(lookup.correct(word), word).toBe(false);
  });

  it('suggests the right word first for common typos', () => {
    expect(suggestSpelling(lookup, 'batiment', 3, true, frequencies)[0]).toBe('bâtiment');
    expect(suggestSpelling(lookup, 'adrese', 3, true, frequencies)).toContain('adresse');
    expect(suggestSpelling(lookup, 'démarhce', 3, true, frequencies)[0]).toBe('démarche');
    expect(suggestSpelling(lookup, 'queles', 3, true, frequencies)).toContain('que les');
    expect(suggestSpelling(lookup, 'Courier', 3, true, frequencies)).toContain('Courrier');
  });

  it('gives at most the number of suggestions asked', () => {
    expect(suggestSpelling(lookup, 'gouvernemnt', 2, true).length).toBeLessThanOrEqual(2);
  });

  it('finds the forms a few edits away, each at its true distance, nearest first', () => {
    // Edits as the walk counts them: insert, delete, replace, swap two neighbouring letters.
    const distance = (a: string, b: string): number => {
      const x = [...a];
      const y = [...b];
      const rows = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= x.length; i++) {
        for (let j = 1; j <= y.length; j++) {
          rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) rows[i]![j] = Math.min(rows[i]![j]!, rows[i - 2]![j - 2]! + 1);
        }
      }
      return rows[x.length]![y.length]!;
    };
    for (const [typo, expected] of [['démarhce', 'démarche'], ['dosier', 'dossier'], ['mariie', 'mairie'], ['justificatfi', 'justificatif']] as const) {
      for (const limit of [1, 2]) {
        const found = lookup.near(typo, limit, 400);
        expect(found, typo).toContain(expected);
        const distances = found.map((form) => distance(typo, form));
        expect(distances.every((value) => value <= limit), typo).toBe(true);
        expect([...distances].sort((a, b) => a - b), typo).toEqual(distances);
      }
    }
  });
});

describe('the spelling lookup, asked many times (answers kept per form)', () => {
  it('gives the same answer each time a word comes back', () => {
    for (let round = 0; round < 3; round++) {
      for (const word of ['mairie', 'bâtiment', 'Bâtiment', 'BÂTIMENT', ' mairie ']) expect(lookup.correct(word), word).toBe(true);
      for (const word of ['batiment', 'courier', 'xyzzy', '']) expect(lookup.correct(word), word).toBe(false);
    }
  });

  it('converts the characters of the dictionary’s input conversions before looking a word up', () => {
    // Typographic apostrophe, a ligature, an accent written as a letter and a combining sign.
    for (const word of ['l’État', 'aujourd’hui', '\ufb01nancement', 'ba\u0302timent']) {
      expect(lookup.correct(word), word).toBe(true);
      expect(lookup.correct(word), word).toBe(true);
    }
    expect(lookup.correct('ba\u0302timen')).toBe(false);
  });

  it('suggests the same words as before for common French typos', () => {
    const cases: Array<[string, boolean, string[]]> = [
      ['batiment', true, ['bâtiment', 'aiment', 'battent']],
      ['adrese', true, ['adresse', 'adores', 'adresser']],
      ['démarhce', false, ['démarche']],
      ['papiés', true, ['papiers', 'pariés', 'parlés']],
      ['domicille', true, ['domicile', 'domicilie', 'codicille']],
      ['alocation', true, ['a location', 'location', 'allocation']],
      ['rensegnements', true, ['renseignements', 'renseignement', 'enseignements']],
      ['justificatfi', true, ['justificatif', 'justificatifs']],
      ['formulère', false, []],
    ];
    for (const [typo, far, expected] of cases) expect(suggestSpelling(lookup, typo, 3, far, frequencies), typo).toEqual(expected);
  });

  it('finds the same forms near a word', () => {
    expect(lookup.near('démarhce', 1, 200)).toEqual(['démarche']);
    expect(lookup.near('justificatfi', 2, 400, 60_000).slice(0, 2)).toEqual(['justificatif', 'justificatifs']);
    expect(lookup.near('dosier', 2, 400)).toHaveLength(108);
  });
});
