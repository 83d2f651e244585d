import { describe, expect, it } from 'vitest';
import { violations } from '../fuzz/properties.ts';
import { checkFile } from '../helpers.ts';

/** A text with messages of several rules on several lines. */
const TEXT = [
  '# Vos droits',
  '',
  'Vous devez remplir le formulaire de demande avec votre nom, votre prénom et la date de votre naissance avant le rendez-vous à la mairie.',
  '',
  'Le rendez-vous est à 9h30 *vite*, etc.',
  '',
  'Appelez le CCAS[^1].',
  '',
  '[^1]: Centre communal.',
  '',
].join('\n');

/** Line, column and rule of every message. */
async function places(text: string, format: 'md' | 'mdx' = 'md') {
  const file = await checkFile(text, { format, allRules: true });
  expect(violations(file)).toEqual([]);
  return file.messages.map((message) => `${message.ruleId} ${message.line}:${message.column}-${message.place && 'end' in message.place ? `${message.place.end.line}:${message.place.end.column}` : ''}`);
}

describe('messages are at the same place whatever the line endings', () => {
  it('LF, CRLF, CR only, and a BOM give the same lines and columns', async () => {
    const expected = await places(TEXT);
    expect(expected.length).toBeGreaterThan(3);
    expect(await places(TEXT.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(await places(TEXT.replace(/\n/g, '\r'))).toEqual(expected);
    expect(await places(`\uFEFF${TEXT}`)).toEqual(expected);
    expect(await places(`\uFEFF${TEXT.replace(/\n/g, '\r')}`)).toEqual(expected);
  });

  it('a BOM followed by a blank line keeps messages on their line', async () => {
    const file = await checkFile('\uFEFF\nLe rendez-vous est à 9h30.\n', { rule: 'heure', format: 'md' });
    expect(file.messages.map((message) => [message.line, message.column])).toEqual([[2, 22]]);
    expect(violations(file)).toEqual([]);
  });
});
