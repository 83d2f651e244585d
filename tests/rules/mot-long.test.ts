import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { messagesFor, quotesAndPlaces } from '../helpers.ts';
import { testLanguage } from '../language/resources.ts';

let language: LanguageResources;
beforeAll(async () => {
  language = await testLanguage();
});

describe('mot-long', () => {
  it.each([
    ['Vous avez une aide juridictionnelle.', 'juridictionnelle'],
    ['Le dossier est administrativement complet.', 'administrativement'],
    ['Le dossier est incontestablement complet.', 'incontestablement'],
    ['Cette règle est anticonstitutionnelle.', 'anticonstitutionnelle'],
  ])('fires on a very long word: %s', async (text, actual) => {
    const messages = await messagesFor('mot-long', text, { language });
    expect(messages.map((message) => message.actual)).toEqual([actual]);
    expect(messages[0]!.severity).toBe('info');
  });

  it.each([
    // Ordinary FALC words of 4 or 5 syllables.
    'L’administration vous répond. Votre domiciliation dure 1 an.',
    // Trap: common long words are known whole; a hyphenated word is measured part by part.
    'Vous avez des responsabilités. Voici votre rendez-vous de renseignements.',
    // Trap: proper nouns and glossary terms.
    'Vous habitez à Villeneuve-lès-Maguelone ou à Saint-Rémy-de-Provence.',
    'Les tribunaux administratifs répondent par écrit.',
    // Service-public fiche F11534: a web address is typed as written.
    'Consultez le site diplomatie.gouv.fr pour avoir des informations par pays et des réponses aux questions fréquentes.',
    // Fiche F2117 (seventh reading): an address with an accent (a typo of the fiche) is still an address.
    'Les règles à connaître pour pêcher sont disponibles sur le site génerationpeche.fr .',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('mot-long', text, { language })).toEqual([]);
  });

  it('counts every letter in the message, the plural « s » too (fiche F31960: « caractéristiques », 16 lettres)', async () => {
    const messages = await messagesFor('mot-long', 'Voici les caractéristiques techniques du véhicule.', { language });
    expect(messages).toMatchObject([{ actual: 'caractéristiques' }]);
    expect(messages[0]!.reason).toContain('16 lettres');
  });

  it('reports a word once per file', async () => {
    const messages = await messagesFor('mot-long', 'Aide juridictionnelle. Encore une aide juridictionnelle.', { language });
    expect(messages).toHaveLength(1);
  });

  it('takes its thresholds from the options', async () => {
    const config = { rules: { 'mot-long': { options: { maxSyllables: 4, commonAbove: 0 } } } };
    const messages = await messagesFor('mot-long', 'Votre administration répond.', { language, config });
    expect(messages.map((message) => message.actual)).toEqual(['administration']);
  });

  it('quotes the long word without the elided word before it (seventh reading: « d’immatriculation »)', async () => {
    const text = 'Vous recevez le certificat d’immatriculation du véhicule.';
    const [message] = await quotesAndPlaces('mot-long', text);
    expect(message).toEqual({ actual: 'immatriculation', written: 'immatriculation' });
  });
});
