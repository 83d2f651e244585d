import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fixes.ts';
import { checkFile } from '../helpers.ts';

/** Applies the fixes the way `falc check --fix` does, until nothing changes. */
async function fixAll(text: string): Promise<string> {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const file = await checkFile(current, { allRules: true });
    const { output, applied } = applyFixes(current, file.messages);
    if (applied.length === 0) return current;
    current = output;
  }
  return current;
}

describe('mechanical fixes', () => {
  it.each([
    ['Apportez trois papiers.', 'Apportez 3 papiers.'],
    ['Trois personnes viennent.', '3 personnes viennent.'],
    ['Écrivez le n° 4 sur la lettre.', 'Écrivez le numéro 4 sur la lettre.'],
    ['Venez le 03/04/2026.', 'Venez le 3 avril 2026.'],
    ['Venez à 09:30.', 'Venez à 9 h 30.'],
    ['Prenez un RDV à la mairie.', 'Prenez un rendez-vous à la mairie.'],
    ['C’est votre 1ère demande.', 'C’est votre première demande.'],
    ['Cf. le guide de la mairie.', 'Voir le guide de la mairie.'],
    ['Le N°3 est prêt.', 'Le numéro 3 est prêt.'],
  ])('fixes « %s »', async (text, expected) => {
    expect(await fixAll(text)).toBe(expected);
  });

  it('gives the fix on the message, in ESLint’s shape, for the browser page too', async () => {
    const text = 'Apportez trois papiers.';
    const file = await checkFile(text, { rule: 'nombre-en-lettres' });
    expect(file.messages[0]!.fix).toEqual({ range: [9, 14], text: '3' });
  });

  it('leaves what needs the author: a long sentence, an acronym, words in capitals, a semicolon', async () => {
    const text =
      'Vous devez aller à la mairie de votre ville avec votre carte d’identité pour demander une adresse quand vous dormez dehors.\n\nLe CCAS vous aide ; venez VITE.\n';
    const file = await checkFile(text, { allRules: true });
    expect(file.messages.length).toBeGreaterThan(0);
    expect(file.messages.filter((message) => message.fix)).toEqual([]);
    expect(await fixAll(text)).toBe(text);
  });

  it('skips a fix whose words are no longer in the text, and overlapping fixes', async () => {
    const file = await checkFile('Apportez trois papiers à 09:30.', { allRules: true });
    // The author changed « trois » meanwhile: that fix is skipped, the other one still applies.
    const { output, applied } = applyFixes('Apportez seize papiers à 09:30.', file.messages);
    expect(applied.map((message) => message.ruleId)).toEqual(['heure']);
    expect(output).toBe('Apportez seize papiers à 9 h 30.');
    // Two fixes on the same words: the first one only, the other waits for the next pass.
    const [first] = file.messages.filter((message) => message.fix);
    const twin = Object.assign(Object.create(Object.getPrototypeOf(first)), first, { fix: { range: first!.fix!.range, text: 'III' } });
    expect(applyFixes('Apportez trois papiers.', [first!, twin]).output).toBe('Apportez 3 papiers.');
  });

  it('does not touch a quoted word: it is mentioned, not used', async () => {
    const text = 'Le mot « trois » s’écrit 3.';
    expect(await fixAll(text)).toBe(text);
  });
});
