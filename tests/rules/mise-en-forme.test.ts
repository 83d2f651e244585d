import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('mise-en-forme', () => {
  it.each([
    ['bullets pasted from a word processor', 'Apportez ces papiers :\n• votre carte d’identité\n• une photo de vous\n', 2, 1, '•'],
    ['bullets inside Papiers', '<Papiers titre="Les papiers à apporter">\n• votre carte d’identité\n• une photo de vous\n</Papiers>\n', 2, 1, '•'],
    ['square bullets', 'Vous apportez :\n\n▪ votre carte d’identité\n▪ une photo de vous\n', 3, 1, '▪'],
    ['triangle bullets', '‣ votre carte d’identité\n‣ une photo de vous\n', 1, 1, '‣'],
    ['dashes on several lines', 'Vous apportez :\n– votre carte d’identité\n– une photo de vous\n', 2, 1, '–'],
  ])('fires once on %s, at the first bullet', async (_label, text, line, column, bullet) => {
    const messages = await messagesFor('mise-en-forme', text);
    expect(messages).toMatchObject([{ line, column, actual: bullet, expected: ['- '], severity: 'error' }]);
    expect(messages[0]!.reason).toMatch(/Commencez chaque ligne par un tiret -/);
  });

  it('says that a star must be written \\* and leaves italique silent', async () => {
    const text = 'Remplissez le Cerfa 12100*03 ou 12101*02.\n';
    const messages = await messagesFor('mise-en-forme', text);
    expect(messages).toMatchObject([{ line: 1, column: 26, actual: '*03 ou 12101*', expected: ['\\*03 ou 12101\\*'] }]);
    expect(messages[0]!.reason).toContain('Pour écrire une étoile, écrivez \\*');
    expect(await messagesFor('italique', text)).toEqual([]);
  });

  it('reports one problem once when every rule runs', async () => {
    const { checkFile } = await import('../helpers.ts');
    const file = await checkFile('Remplissez le Cerfa 12100*03 ou 12101*02.\n', { allRules: true, config: {} });
    const here = file.messages.filter((message) => message.line === 1 && message.column === 26);
    expect(here.map((message) => message.ruleId)).toEqual(['mise-en-forme']);
  });

  it.each([
    'Apportez ces papiers :\n\n- votre carte d’identité\n- une photo de vous\n',
    '– Oui, vous pouvez venir.\n',
    'Le Cerfa 16029\\*01 est au CCAS.\n',
    'Le Cerfa 16029*01 est au CCAS.\n',
    'Apportez votre *carte d’identité*.\n',
    'Le prix : 2 € • 3 €.\n',
    'Les salarié·e·s sont là.\n',
  ])('stays silent on lists, escaped stars and real italics: %s', async (text) => {
    expect(await messagesFor('mise-en-forme', text)).toEqual([]);
  });

  it('leaves real italics to italique', async () => {
    expect(await messagesFor('italique', 'Apportez votre *carte*.\n')).toHaveLength(1);
  });
});
