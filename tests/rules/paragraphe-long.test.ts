import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

const SIX = 'Vous allez au centre. Vous dites bonjour. Vous donnez votre nom. Vous attendez. Une personne vous appelle. Vous entrez.';
const FIVE = 'Vous allez au centre. Vous dites bonjour. Vous donnez votre nom. Vous attendez. Une personne vous appelle.';
const LINES = 'Vous allez au centre.\nVous dites bonjour.\nVous donnez votre nom.\nVous attendez.\nUne personne vous appelle.\nVous entrez.';
const WORDY = [
  'Vous pouvez demander une aide au centre de votre ville pour payer le loyer.',
  'Le centre regarde votre situation avec vous et vous donne une réponse écrite.',
  'La réponse arrive dans les 2 mois qui suivent votre demande complète.',
  'Vous gardez une copie de tous les papiers que vous donnez au centre.',
  'Vous pouvez aussi demander une aide pour payer les factures de votre logement.',
].join(' ');

describe('paragraphe-long', () => {
  it.each([SIX, LINES, `- ${SIX}`, `<Etape titre="Venir">\n\n${SIX}\n\n</Etape>`])('fires on 6 sentences: %s', async (text) => {
    const messages = await messagesFor('paragraphe-long', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/^Ce paragraphe a 6 phrases\./);
    expect(messages[0]!.severity).toBe('warning');
  });

  it('fires on more than 60 words', async () => {
    const messages = await messagesFor('paragraphe-long', WORDY);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/^Ce paragraphe a \d+ mots\./);
  });

  it('gives the line of the paragraph', async () => {
    const messages = await messagesFor('paragraphe-long', `# Venir\n\n${FIVE}\n\n${SIX}\n`);
    expect(messages).toMatchObject([{ line: 5, column: 1 }]);
  });

  it.each([
    FIVE,
    `${FIVE}\n\n${FIVE}`,
    `# ${SIX}`,
    'Vous allez au centre.',
    'Venez avec 1 500 €, le 03/04/2026 à 9 h 30. Appelez le 01 23 45 67 89.',
    `| A | B |\n|---|---|\n| ${SIX} | x |`,
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('paragraphe-long', text)).toEqual([]);
  });

  it('takes its thresholds from the options', async () => {
    const loose = { rules: { 'paragraphe-long': { options: { maxSentences: 6, maxWords: 100 } } } };
    expect(await messagesFor('paragraphe-long', SIX, { config: loose })).toEqual([]);
    expect(await messagesFor('paragraphe-long', WORDY, { config: loose })).toEqual([]);
    const strict = { rules: { 'paragraphe-long': { options: { maxSentences: 3 } } } };
    expect(await messagesFor('paragraphe-long', FIVE, { config: strict })).toHaveLength(1);
  });
});
