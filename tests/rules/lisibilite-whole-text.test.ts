/**
 * The readability of the whole text (`lisibilite`) is a message about the text, not about its first
 * sentence: before, that sentence was underlined and quoted as if it were the problem. Every face shows
 * it as about the text; JSON and other tools still get a place (line 1, column 1, a point).
 */
import { describe, expect, it } from 'vitest';
import { plainMessages } from '../../src/browser/plain-messages.ts';
import { messageHead } from '../../src/browser/message-item.ts';
import { reportGithub } from '../../src/report/github.ts';
import { toJsonFile } from '../../src/report/json.ts';
import { prettyFile } from '../../src/report/pretty.ts';
import { checkFile } from '../helpers.ts';

const FIRST = 'Le bénéficiaire doit communiquer préalablement les justificatifs administratifs nécessaires à l’instruction.';
const HARD = [
  FIRST,
  'La domiciliation permet à toute personne sans domicile stable de disposer d’une adresse administrative.',
  'Les organismes compétents sont les centres communaux d’action sociale et les organismes agréés.',
  'Vous êtes considéré comme étant sans domicile stable si vous n’avez pas d’adresse constante et confidentielle.',
].join('\n\n');
const GUIDE = `---\ntitle: Essai\n---\n\n${HARD}\n`;

async function wholeTextMessage(text: string) {
  const file = await checkFile(text, { rule: 'lisibilite', path: 'essai.md' });
  const message = file.messages.find((candidate) => candidate.ruleId === 'lisibilite' && candidate.fatal === false);
  return { file, message: message! };
}

describe('the readability of the whole text is about the text', () => {
  it('is placed at the start of the file, a point, and says it is about the whole text', async () => {
    for (const text of [HARD, GUIDE]) {
      const { message } = await wholeTextMessage(text);
      expect(message.reason).toMatch(/^Le texte /);
      expect(message.wholeText).toBe(true);
      expect(message.place).toEqual({ line: 1, column: 1, offset: 0 });
      expect(message.quote).toBeUndefined();
      expect(message.actual).toBeUndefined();
    }
  });

  it('is shown at the top, with no line, no quote and nothing to show in the text (/verifier/, dev panel, editor)', async () => {
    const { file } = await wholeTextMessage(`${FIRST.replace('Le bénéficiaire', 'Les bénéficiaires potentiellement éligibles')} ${'Vous communiquez l’intégralité des justificatifs administratifs nécessaires. '.repeat(3)}\n\n${HARD}`);
    const messages = plainMessages(file);
    const whole = messages[0]!;
    expect(whole.wholeText).toBe(true);
    expect(whole.quote).toBe('');
    expect(whole.start).toBeUndefined();
    expect(whole.end).toBeUndefined();
    expect(whole.line).toBe(1);
    expect(messageHead(whole)).toBe('Attention, tout le texte : ');
    expect(messages.slice(1).every((message) => !message.wholeText)).toBe(true);
    expect(messageHead(messages[1]!)).toMatch(/^Conseil, ligne \d+ : $/);
  });

  it('is about the text in the terminal, listed first with no quote of the first sentence', async () => {
    const { file } = await wholeTextMessage(HARD);
    const lines = prettyFile(file).split('\n');
    const index = lines.findIndex((line) => line.includes('Le texte est difficile'));
    expect(lines[index]).toMatch(/^ {2}texte {3}attention Le texte est difficile à lire/);
    expect(index).toBe(1);
    expect(lines[index + 1]).not.toContain('Texte :');
    expect(prettyFile(file)).not.toContain(`« ${FIRST.slice(0, 20)}`);
  });

  it('keeps a valid place for JSON, and is a file annotation for GitHub', async () => {
    const { file } = await wholeTextMessage(HARD);
    const json = toJsonFile(file).messages.find((message) => message.wholeText);
    expect(json).toMatchObject({ ruleId: 'lisibilite', line: 1, column: 1, endLine: 1, endColumn: 1, wholeText: true });
    expect(toJsonFile(file).messages.filter((message) => !message.wholeText).every((message) => !('wholeText' in message))).toBe(true);
    const github = reportGithub([file]).split('\n').find((line) => line.includes('Le texte est difficile'));
    expect(github).toMatch(/^::warning file=essai\.md,title=falc lisibilite::/);
  });

  it('a paragraph’s message still points at the paragraph', async () => {
    const { file } = await wholeTextMessage(`${'Conformément aux dispositions réglementaires applicables, l’administration procède systématiquement à l’instruction contradictoire des demandes. '.repeat(3)}\n`);
    const paragraph = file.messages.find((message) => message.ruleId === 'lisibilite' && message.fatal === undefined);
    expect(paragraph?.wholeText).toBeUndefined();
    expect(paragraph?.place && 'start' in paragraph.place).toBe(true);
  });
});
