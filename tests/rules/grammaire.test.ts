import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { messagesFor } from '../helpers.ts';
import { testLanguage } from '../language/resources.ts';

let language: LanguageResources;
beforeAll(async () => {
  language = await testLanguage();
});

describe('grammaire', () => {
  it.each([
    ['Vous avez une carte a remplir.', 'a', ['à']],
    ['Le texte est facile a comprendre.', 'a', ['à']],
    ['Il reste des papiers a signer.', 'a', ['à']],
  ])('fires on « a » before an infinitive: %s', async (text, actual, expected) => {
    expect(await messagesFor('grammaire', text, { language })).toMatchObject([{ actual, expected, severity: 'warning' }]);
  });

  it.each([
    ['Le FALC, c’est permet à tout le monde de lire.', 'c’est permet'],
    ['Cette aide, c’est donne de l’argent.', 'c’est donne'],
  ])('fires on « c’est » before a conjugated verb: %s', async (text, actual) => {
    expect(await messagesFor('grammaire', text, { language })).toMatchObject([{ actual }]);
  });

  it.each([
    'Il a mangé.',
    'Elle a 3 enfants.',
    'Il a fallu partir.',
    'Il a pu venir.',
    'C’est fait.',
    'C’est écrit sur la lettre.',
    'C’est ouvert le lundi.',
    'C’est important.',
    'C’est une aide.',
    'C’est peut-être fermé.',
    'Le mot « a remplir » est mal écrit.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('grammaire', text, { language })).toEqual([]);
  });

  it('needs the frequency list: without it, it says nothing', async () => {
    expect(await messagesFor('grammaire', 'Vous avez une carte a remplir.')).toEqual([]);
  });

  it('asks to remove the 2nd « est » of « C’est est », not « c’est » (fiche F2368, eleventh reading)', async () => {
    const [message] = await messagesFor('grammaire', 'Le livret remplace le Codevi. C’est est un produit d’épargne.', { language });
    expect(message!.reason).toContain('Enlevez le 2e « est »');
  });
});
