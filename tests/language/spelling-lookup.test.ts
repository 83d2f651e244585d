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
});
