import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('liste', () => {
  it.each([
    ['Apportez vos papiers, votre carte, vos photos et votre livret.', 'vos papiers, votre carte, vos photos et votre livret'],
    ['Le bureau est ouvert le lundi, le mardi, le jeudi et le vendredi.', 'le lundi, le mardi, le jeudi et le vendredi'],
    ['Vous pouvez aller à Paris, Lyon, Marseille ou Nice.', 'Paris, Lyon, Marseille ou Nice'],
    ['Choisissez rouge, bleu, vert ou jaune.', 'rouge, bleu, vert ou jaune'],
    ['Pour la demande, apportez votre carte, vos photos, votre livret et un justificatif.', 'votre carte, vos photos, votre livret et un justificatif'],
    [
      'Vous pouvez demander une aide pour le loyer, pour l’électricité, pour l’eau ou pour le chauffage.',
      'pour le loyer, pour l’électricité, pour l’eau ou pour le chauffage',
    ],
    // 3 items with a single comma (the catalogue: « an enumeration of 3+ items »).
    ['Apportez vos papiers, votre carte et vos photos.', 'vos papiers, votre carte et vos photos'],
    ['Prenez votre carte vitale, votre attestation et un stylo.', 'votre carte vitale, votre attestation et un stylo'],
  ])('fires on an enumeration: %s', async (text, actual) => {
    const messages = await messagesFor('liste', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.actual).toBe(actual);
    expect(messages[0]!.reason).toMatch(/^Cette phrase donne une liste de \d choses/);
    expect(messages[0]!.severity).toBe('warning');
  });

  it.each([
    'Madame Dupont, assistante sociale, vous reçoit et vous aide.',
    'Le montant est de 1,5 euro et de 2 euros.',
    'Si vous êtes malade, appelez le médecin et restez chez vous.',
    'Le lundi, après le repas, le centre est fermé et les bureaux aussi.',
    'En 2025, à Paris, la mairie a ouvert un centre et une maison.',
    '- Apportez vos papiers, votre carte, vos photos et votre livret.',
    'Le matin, le CCAS ouvre et la mairie ferme.',
    'Je vois le médecin, la pharmacie est fermée et le CCAS aussi.',
    'Avec votre carte, vous payez moins et vous gagnez du temps.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('liste', text)).toEqual([]);
  });

  it('takes the length of an item from the options', async () => {
    const config = { rules: { liste: { options: { maxItemWords: 1 } } } };
    expect(await messagesFor('liste', 'Apportez vos papiers, votre carte, vos photos et votre livret.', { config })).toEqual([]);
  });
  it.each([
    'Apportez votre carte, votre photo et votre avis d’impôt.',
    'Je travaille à la cuisine, au jardin, au ménage et à la laverie.',
  ])('fires on items with « de » or « au »: %s', async (text) => {
    expect(await messagesFor('liste', text)).toHaveLength(1);
  });
});
