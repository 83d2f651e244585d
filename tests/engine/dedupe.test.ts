import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { dedupeMessages } from '../../src/engine/dedupe.ts';
import { checkFile } from '../helpers.ts';

/** A message of a rule on the characters `from`–`to` of `text` (one line). */
function message(text: string, ruleId: string, from: number, to: number, severity: 'error' | 'warning' | 'info', expected: string[] = []): VFileMessage {
  const result = new VFileMessage(`${ruleId} message`, {
    place: { start: { line: 1, column: from + 1, offset: from }, end: { line: 1, column: to + 1, offset: to } },
    ruleId,
    source: 'falc',
  });
  result.actual = text.slice(from, to);
  result.expected = expected;
  result.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  return result;
}

describe('dedupeMessages: one message per problem at one place', () => {
  const text = "Vous recevez le certificat d'immatriculation.";
  const start = text.indexOf("d'immatriculation");

  it('keeps the more serious of 2 messages on the same words', () => {
    const file = new VFile({ value: text });
    file.messages.push(message(text, 'mot-long', start, start + 17, 'info'), message(text, 'mot-difficile', start, start + 17, 'warning'));
    dedupeMessages(file);
    expect(file.messages.map((kept) => kept.ruleId)).toEqual(['mot-difficile']);
  });

  it('does not count the elided word at the start: « d’immatriculation » and « immatriculation » are the same words (seventh reading)', () => {
    const file = new VFile({ value: text });
    file.messages.push(message(text, 'mot-long', start + 2, start + 17, 'info'), message(text, 'mot-difficile', start, start + 17, 'warning'));
    dedupeMessages(file);
    expect(file.messages.map((kept) => kept.ruleId)).toEqual(['mot-difficile']);
  });

  it('keeps messages on different words', () => {
    const file = new VFile({ value: text });
    const certificate = text.indexOf('certificat');
    file.messages.push(message(text, 'mot-long', start + 2, start + 17, 'info'), message(text, 'mot-difficile', certificate, certificate + 10, 'warning'));
    dedupeMessages(file);
    expect(file.messages).toHaveLength(2);
  });

  it('gives one message on « d’immatriculation » with every rule on', async () => {
    const file = await checkFile('Vous recevez le certificat d’immatriculation de la voiture.', { allRules: true });
    const onWord = file.messages.filter((kept) => String(kept.actual ?? '').endsWith('immatriculation'));
    expect(onWord).toHaveLength(1);
  });
});
