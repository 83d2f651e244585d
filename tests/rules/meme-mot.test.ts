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

  // Real sentence of a service-public fiche (F10027), which never says « domiciliation »: the text does not
  // use 2 words, only the glossary of the site does.
  it('does not say « 2 mots » when the text never uses the glossary term', async () => {
    const text = "Si vous êtes sans domicile stable, vous pouvez obtenir une adresse administrative auprès d'un centre communal d'action sociale (CCAS) ou d'une association agréée.";
    const messages = await messagesFor('meme-mot', text, { language });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).not.toContain('Avec 2 mots');
    expect(messages[0]!.reason).toContain('Le glossaire du site appelle cette chose « domiciliation »');
  });

  it('says « 2 mots » when the text also uses the glossary term', async () => {
    const text = 'Demandez une domiciliation.\n\nVotre élection de domicile dure 1 an.';
    const messages = await messagesFor('meme-mot', text, { language });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('Avec 2 mots');
  });

  // Fiches F2547, F33312: the agent's « adresse administrative » is an office address, not a domiciliation.
  it.each([
    // Fiches F31847 and F32675: the fix kept « d’ » out and gave « attestation domiciliation ».
    ["Attestation d'élection de domicile auprès d'un organisme agréé par le préfet.", "d'élection de domicile", 'de domiciliation'],
    ['Il faut produire une attestation d’élection de domicile.', 'd’élection de domicile', 'de domiciliation'],
    // Before a vowel, the elided word stays: « l’adresse administrative » → « l’aide » would need no change.
    ['Votre demande d’adresse administrative est faite.', 'd’adresse administrative', 'de domiciliation'],
  ])('keeps the elided word before the term in the fix: %s', async (text, actual, fix) => {
    const messages = await messagesFor('meme-mot', text, { language });
    expect(messages).toMatchObject([{ actual, expected: [fix] }]);
    expect(messages[0]!.reason).toContain(`« ${actual.replace(/^d['’]/, '')} »`);
  });

  it('quotes the words as written, across a line break (fuzzing: « la𝐀 mairie »)', async () => {
    const messages = await messagesFor('meme-mot', 'Allez au centre social\nde la mairie.', { language });
    expect(messages).toMatchObject([{ actual: 'centre social\nde la mairie', expected: ['CCAS'] }]);
    expect(messages[0]!.reason).toContain('« centre social de la mairie »');
  });

  it('gives no fix when the elided word would need the term’s gender (« l’adresse administrative »)', async () => {
    const messages = await messagesFor('meme-mot', 'Vous recevez l’adresse administrative.', { language });
    expect(messages).toMatchObject([{ actual: 'l’adresse administrative', expected: [] }]);
    expect(messages[0]!.reason).toContain('« domiciliation »');
  });

  it('stays silent on the address of somebody else (« l’adresse administrative de l’agent »)', async () => {
    const text = "Le courrier reçu de l’administration doit indiquer le prénom, le nom, la qualité et l'adresse administrative de l'agent en charge de traiter votre demande.";
    expect(await messagesFor('meme-mot', text, { language })).toEqual([]);
  });

  it('still fires on the reader’s « adresse administrative » (fiche F10027)', async () => {
    const text = "Si vous êtes sans domicile stable, vous pouvez obtenir une adresse administrative auprès d'un centre communal d'action sociale (CCAS) ou d'une association agréée.";
    expect(await messagesFor('meme-mot', text, { language })).toMatchObject([{ actual: 'adresse administrative', expected: ['domiciliation'] }]);
  });

  it.each([
    ["Adressez-vous à l'organisme auprès duquel vous avez fait élection de domicile.", 'élection de domicile'],
    ['Le propriétaire doit avoir sa résidence principale en France ou y ayant fait élection de domicile.', 'élection de domicile'],
  ])('gives no replacement inside « faire élection de domicile » (fiches F870, F833, fifth reading): %s', async (text, actual) => {
    const messages = await messagesFor('meme-mot', text, { language });
    expect(messages).toMatchObject([{ actual, expected: [] }]);
    expect(messages[0]!.reason).toContain('Changez aussi les mots autour');
  });

  it('leaves a synonym in the sentence that names the term itself (fiche F17317, fourteenth reading)', async () => {
    const text = 'La domiciliation, appelée également élection de domicile, permet de disposer d’une adresse administrative.';
    expect(await messagesFor('meme-mot', text, { language })).toEqual([]);
    // In another sentence, the synonym is still told.
    expect(await messagesFor('meme-mot', `${text}\n\nVotre élection de domicile dure 1 an.`, { language })).toHaveLength(1);
  });
});
