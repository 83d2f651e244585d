import { describe, expect, it } from 'vitest';
import { checkFile } from '../helpers.ts';

async function words(text: string) {
  const file = await checkFile(text);
  return file.data.falc!.words.map((word) => [word.value, word.kind]);
}

describe('French word counting', () => {
  it('counts elisions and hyphenated words as one word', async () => {
    expect(await words('Aujourd’hui, l’État paie le rendez-vous. Vérifiez-les.')).toEqual([
      ['Aujourd’hui', 'word'],
      ['l’État', 'word'],
      ['paie', 'word'],
      ['le', 'word'],
      ['rendez-vous', 'word'],
      ['Vérifiez-les', 'word'],
    ]);
  });

  it.each([
    ['Payez 1 500 € maintenant.', '1 500', 3],
    ['Il y a 10 000 000 personnes.', '10 000 000', 5],
    ['Appelez le 01 23 45 67 89 demain.', '01 23 45 67 89', 4],
    ['Venez à 9 h 30 demain.', '9 h 30', 4],
    ['Venez à 14 h demain.', '14 h', 4],
    ['Payez 1,5 € demain.', '1,5', 3],
    ['Venez le 03/04/2026 demain.', '03/04/2026', 4],
    ['Venez à 09:30 demain.', '09:30', 4],
    ['Payez 1\u00a0500\u00a0€ maintenant.', '1\u00a0500', 3],
  ])('counts a number written with spaces or signs as one word: %s', async (text, number, count) => {
    const found = await words(text);
    expect(found).toContainEqual([number, 'number']);
    expect(found).toHaveLength(count);
  });

  it('does not count symbols and punctuation', async () => {
    expect(await words('Payez 5 € ! Oui : 50 %.')).toEqual([
      ['Payez', 'word'],
      ['5', 'number'],
      ['Oui', 'word'],
      ['50', 'number'],
    ]);
  });

  it('keeps two numbers apart when they are not one amount', async () => {
    expect(await words('En 2026 12 personnes.')).toEqual([
      ['En', 'word'],
      ['2026', 'number'],
      ['12', 'number'],
      ['personnes', 'word'],
    ]);
  });

  it('normalises words for lookups: lower case and straight apostrophe', async () => {
    const file = await checkFile('L’État.');
    expect(file.data.falc!.words[0]!.normal).toBe("l'état");
  });
});

describe('word positions', () => {
  it('stay exact after a backslash escape', async () => {
    const file = await checkFile('Le formulaire Cerfa 16029\\*01 est ici. Venez vite.');
    const venez = file.data.falc!.words.find((word) => word.value === 'Venez')!;
    expect(venez.position.start).toMatchObject({ line: 1, column: 40 });
    expect(file.data.falc!.words.find((word) => word.value === 'ici')!.position.start.column).toBe(35);
  });

  it('stay exact on continuation lines of block quotes and list items', async () => {
    const file = await checkFile('> Première ligne.\n> Deuxième ligne.\n\n- Un papier\n  qui prouve.\n');
    const words = file.data.falc!.words;
    expect(words.find((word) => word.value === 'Deuxième')!.position.start).toMatchObject({ line: 2, column: 3 });
    expect(words.find((word) => word.value === 'prouve')!.position.start).toMatchObject({ line: 5, column: 7 });
  });

  it('stay exact after a character reference', async () => {
    const file = await checkFile('Paul &amp; Marie viennent.');
    expect(file.data.falc!.words.find((word) => word.value === 'Marie')!.position.start.column).toBe(12);
  });
});

describe('numbers at the end of a sentence', () => {
  it.each([
    ['Appelez le 01 23 45 67 89.', '01 23 45 67 89'],
    ['Venez à 9 h 30.', '9 h 30'],
    ['Payez 1 500.', '1 500'],
  ])('leave the final full stop out of the number: %s', async (text, number) => {
    expect((await words(text)).at(-1)).toEqual([number, 'number']);
  });
});
