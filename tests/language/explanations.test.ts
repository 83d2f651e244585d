import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../helpers.ts';
import type { FalcFacts } from '../../src/engine/types.ts';
import { explanationsOf } from '../../src/language/explanations.ts';
import { Glossary, parseGlossaryEntry } from '../../src/language/glossary.ts';

async function explained(text: string): Promise<string[]> {
  const file: VFile = await checkFile(text, { rule: 'phrase-longue' });
  return [...explanationsOf(file.data.falc as FalcFacts).words].sort();
}

describe('explanation detector', () => {
  it.each([
    ['La curatelle veut dire qu’une personne vous aide.', 'curatelle'],
    ['Curatelle, ça veut dire une aide pour les papiers.', 'curatelle'],
    ['Le mandataire, c’est la personne qui vous aide.', 'mandataire'],
    ['Mon mandataire est la personne qui va m’aider.', 'mandataire'],
    ['Une personne gère votre argent. On appelle ça une tutelle.', 'tutelle'],
    ['Ce dessin s’appelle le pictogramme.', 'pictogramme'],
    ['Votre mandataire (une personne désignée par le juge) vous aide.', 'mandataire'],
    ['Convention : un accord entre plusieurs pays.', 'convention'],
    ['Convention :\n\nC’est un accord entre plusieurs pays.', 'convention'],
    ['Vous avez un mandataire.\n\nC’est la personne qui gère votre argent.', 'mandataire'],
    // A long s « ſ » reads as « s » in the patterns (tried with « ignore case », as before).
    ['Le mandataire ſignifie la perſonne qui vous aide.', 'mandataire'],
    ['Une perſonne gère votre argent. Cela s’appelle une tutelle.', 'tutelle'],
    ['Vous avez un mandataire.\n\nC’eſt la perſonne qui gère votre argent.', 'mandataire'],
    // A combining iota subscript (U+0345) is part of the word for « ignore case », as before.
    ['Le curateur\u0345 veut dire une personne qui vous aide.', 'curateur'],
  ])('finds the word explained in « %s »', async (text, word) => {
    expect(await explained(text)).toContain(word);
  });

  it.each([
    'La protection des majeurs, c’est compliqué à comprendre.',
    'Le CCAS est ouvert le lundi.',
    'Allez au CCAS. Il est ouvert le lundi.',
    'Le juge décide de la durée.',
  ])('finds no explanation in « %s »', async (text) => {
    const words = await explained(text);
    expect(words.filter((word) => ['majeurs', 'ccas', 'juge', 'durée', 'protection'].includes(word))).toEqual([]);
  });
});

describe('explanation in the next sentence', () => {
  it.each([
    // The last 3 meaningful words: small words, elided articles and emphasis left out.
    ['Vous écrivez au **service d’aide à domicile** de la ville.\n\nC’est un service de la mairie.', ['aide', 'domicile', 'ville']],
    ['Allez à la « maison départementale » des personnes handicapées !\n\nElle verse les aides.', ['départementale', 'handicapées', 'personnes']],
    ['Voyez l’assistante-sociale.\n\nElle vous aide.', ['assistante-sociale', 'voyez']],
    ['Le CCAS.\n\nC’est un service de la mairie.', ['ccas']],
  ])('marks the last meaningful words of « %s »', async (text, words) => {
    const found = await explained(text);
    for (const word of words) expect(found).toContain(word);
    // Words before the last 3 are not marked.
    if (words.length === 3) expect(found).not.toContain('écrivez');
  });
});

describe('glossary matching: whole terms', () => {
  const glossary = new Glossary([parseGlossaryEntry('---\nterm: centre d’hébergement\nforms: [hébergement]\n---\nUn lieu pour dormir.\n')]);
  const words = (text: string) => text.split(' ').map((value) => ({ value, normal: value.toLowerCase().replace(/’/g, "'"), kind: 'word' as const, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, nodes: [], quoted: false }));

  it('matches the whole term, and a part of it alone, but not a part that completes another noun', () => {
    expect(glossary.terms.matches(words('un centre d’hébergement')).map((match) => match.phrase)).toEqual(['centre d’hébergement']);
    expect(glossary.terms.matches(words('votre hébergement')).map((match) => match.phrase)).toEqual(['hébergement']);
    expect(glossary.terms.matches(words('une attestation d’hébergement'))).toEqual([]);
  });

  it('finds an entry written with its elided article', () => {
    expect(glossary.entryOf('d’hébergement')?.term).toBe('centre d’hébergement');
    expect(glossary.entryOf('le centre d’hébergement')?.term).toBe('centre d’hébergement');
  });
});
