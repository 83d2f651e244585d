import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

const LONG =
  'Vous devez remplir le formulaire de demande avec votre nom, votre prénom et la date de votre naissance avant le rendez-vous.';

describe('phrase-longue', () => {
  it.each([
    LONG,
    'Pour avoir une adresse, vous allez au centre communal de votre ville et vous demandez un rendez-vous avec une personne.',
    'Le centre vous donne une réponse écrite dans les 2 mois qui suivent votre demande de domiciliation, même en été.',
    'Quand vous avez votre attestation, vous pouvez demander vos aides, votre carte de santé, votre carte d’identité et voter.',
  ])('fires on a sentence of more than 15 words: %s', async (text) => {
    const messages = await messagesFor('phrase-longue', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/^Cette phrase a \d+ mots\./);
    expect(messages[0]!.actual).toBe(text);
  });

  it.each([
    'Vous allez au CCAS de votre commune.',
    'Vous remplissez le formulaire. Vous le signez. Vous le donnez au CCAS.',
    'Le rendez-vous dure 30 minutes.',
    'Appelez le 01 23 45 67 89 à 9 h 30 pour payer 1 500 € avant le 3 avril 2026.',
    'M. Dupont et Mme Martin vous reçoivent à la mairie, art. 4 du règlement.',
  ])('stays silent on a short sentence: %s', async (text) => {
    expect(await messagesFor('phrase-longue', text)).toEqual([]);
  });

  it('gives the line and column of the sentence', async () => {
    const messages = await messagesFor('phrase-longue', `# Titre\n\nUne phrase courte. ${LONG}\n`);
    expect(messages).toMatchObject([{ line: 3, column: 20 }]);
  });

  it('reads text inside MDX components', async () => {
    const messages = await messagesFor('phrase-longue', `<Etape titre="Remplir">\n\n${LONG}\n\n</Etape>\n`);
    expect(messages).toHaveLength(1);
  });

  it('gives a warning, not an error, for 16 to 20 words (15 is a guide: proofread FALC texts go a little over)', async () => {
    const sixteen = 'Vous allez au centre communal de votre ville et vous demandez un rendez-vous avec une personne.';
    expect(await messagesFor('phrase-longue', sixteen)).toMatchObject([{ severity: 'warning' }]);
    expect(await messagesFor('phrase-longue', LONG)).toMatchObject([{ severity: 'error' }]);
    const config = { rules: { 'phrase-longue': { options: { tolerance: 0 } } } };
    expect(await messagesFor('phrase-longue', sixteen, { config })).toMatchObject([{ severity: 'error' }]);
  });

  it('takes its threshold from the options', async () => {
    const config = { rules: { 'phrase-longue': { options: { max: 25 } } } };
    const messages = await messagesFor('phrase-longue', LONG, { config });
    expect(messages).toEqual([]);
  });

  it('takes its severity from the configuration', async () => {
    const config = { rules: { 'phrase-longue': 'warning' as const } };
    const messages = await messagesFor('phrase-longue', LONG, { config });
    expect(messages[0]!.severity).toBe('warning');
  });

  it('counts « n°16097 », « 1^er » and « époux(se) » as one word each (eleventh and twelfth readings)', async () => {
    // 15 words for the reader; the engine sees 18 pieces.
    const text = 'Appelez le n°16097 avant le 1^er mars avec votre époux(se) pour avoir votre carte demain.';
    expect(await messagesFor('phrase-longue', text)).toEqual([]);
    // 16 words: still reported, with the reader's count.
    const longer = 'Appelez le n°16097 avant le 1^er mars avec votre époux(se) pour avoir votre carte demain ici.';
    expect((await messagesFor('phrase-longue', longer))[0]!.reason).toContain('16 mots');
  });
});
