import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { messagesFor } from '../helpers.ts';
import { testLanguage } from '../language/resources.ts';

let language: LanguageResources;
beforeAll(async () => {
  language = await testLanguage();
});

describe('meme-mot', () => {
  it.each([
    ['Demandez une élection de domicile au CCAS.', 'élection de domicile', 'domiciliation'],
    ['Vous recevez une adresse administrative.', 'adresse administrative', 'domiciliation'],
    ['Allez au centre social de la mairie.', 'centre social de la mairie', 'CCAS'],
    ['Votre municipalité vous aide.', 'municipalité', 'commune'],
    ['Votre Élection de domicile dure 1 an.', 'Élection de domicile', 'domiciliation'],
  ])('reports a synonym of a glossary term: %s', async (text, actual, term) => {
    const messages = await messagesFor('meme-mot', text, { language });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, expected: [term] });
  });

  it.each([
    'Demandez une domiciliation au CCAS.',
    // Trap: the words of the synonym, but not together.
    'L’élection du maire a lieu à la mairie. Votre domicile est loin.',
    'Votre adresse est écrite sur le papier administratif.',
    'Le centre social vous aide.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('meme-mot', text, { language })).toEqual([]);
  });

  it('does not check glossary entries, which may name the synonyms', async () => {
    const text = '---\nterm: domiciliation\n---\n\nOn dit aussi élection de domicile.\n';
    expect(await messagesFor('meme-mot', text, { language, kind: 'glossaire' })).toEqual([]);
  });

  it('says nothing without a glossary', async () => {
    expect(await messagesFor('meme-mot', 'Demandez une élection de domicile.')).toEqual([]);
  });
});
