import { describe, expect, it } from 'vitest';
import { splitElision } from '../../src/engine/normalize.ts';
import { cleanToken, isBareToken, wordTokens } from '../../src/language/glossary.ts';
import { mainPart } from '../../src/language/word-kinds.ts';

const word = (normal: string) => ({ value: normal, normal, kind: 'word' as const, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, nodes: [], quoted: false });

const FORMS = [
  'état', "l'état", "d'aide", "qu'il", "aujourd'hui", "quelqu'un", 'rendez-vous', '-ment', 'dit-', 'été.', '«oui', '2025', 'f17317', 'straße',
  'œuvre', 'cœur', 'noël', 'ÿ', 'a÷b', 'Mot', 'caf', "l'", "jusqu'à", 'e-mail', '3-4', '', '.', "c'est-à-dire", 'x', 'àéèù',
];

describe('the tokens of a normalised word', () => {
  it.each(FORMS)('« %s »: a word is its own only token exactly when it is bare', (normal) => {
    const parts = splitElision(cleanToken(normal));
    if (isBareToken(normal)) expect(parts).toEqual([normal]);
    expect(wordTokens([word(normal)]).tokens).toEqual(parts);
    expect(mainPart(normal)).toBe(parts[parts.length - 1] ?? normal);
  });

  it('splits elisions and trims signs, word by word', () => {
    const { tokens, words } = wordTokens(["l'attestation", 'rendez-vous', 'été.', '-ment', 'caf'].map(word));
    expect(tokens).toEqual(["l'", 'attestation', 'rendez-vous', 'été', 'ment', 'caf']);
    expect(words).toEqual([0, 0, 1, 2, 3, 4]);
  });

  it('finds most words bare: small letters, digits and inner hyphens', () => {
    expect(['état', 'rendez-vous', '2025', 'straße', 'àéèù'].every(isBareToken)).toBe(true);
    expect(["l'état", '-ment', 'dit-', 'été.', 'Mot', 'œuvre', '', 'a÷b'].some(isBareToken)).toBe(false);
  });
});
