import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { violations } from '../fuzz/properties.ts';
import { checkFile, messagesFor } from '../helpers.ts';
import { testLanguage } from '../language/resources.ts';

let language: LanguageResources;
beforeAll(async () => {
  language = await testLanguage();
});

const guide = (body: string) => ({ text: body, options: { kind: 'guide' as const } });

describe('mot-non-explique', () => {
  it.each([
    // Used before it is explained.
    ['Vous recevez une attestation.\n\nGardez votre <Mot>attestation</Mot>.', 'attestation'],
    ['Demandez une domiciliation.\nLa <Mot>domiciliation</Mot> est une adresse.', 'domiciliation'],
    // Difficult word of the glossary, never marked.
    ['Le CCAS vous donne une attestation de domicile.', 'attestation'],
    // Acronym explained later.
    ['Allez au CCAS.\n\nLe <Mot>CCAS</Mot> est un service de la mairie.', 'CCAS'],
  ])('fires: %s', async (body, actual) => {
    const { text, options } = guide(body);
    const messages = await messagesFor('mot-non-explique', text, { language, ...options });
    expect(messages.map((message) => message.actual)).toContain(actual);
  });

  it('fires on a marked word that has no glossary entry', async () => {
    const messages = await messagesFor('mot-non-explique', 'Vous avez un <Mot>référent</Mot>.', { language, kind: 'guide' });
    // `actual` is the text at the message's place as written (the whole <Mot> tag); the message names the word.
    expect(messages).toMatchObject([{ actual: '<Mot>référent</Mot>' }]);
    expect(messages[0]!.reason).toMatch(/glossaire/);
    expect(messages[0]!.reason).toContain('référent');
  });

  it.each([
    'Le CCAS vous donne une <Mot>attestation</Mot>.\nGardez votre attestation.',
    // Trap: a common glossary word need not be marked.
    'Votre commune a une mairie.',
    // Trap: the form of a multi-word term is marked.
    'Vous pouvez aller au <Mot>tribunal administratif</Mot>.\nLe tribunal administratif vous répond.',
    // Trap: the marked plural form belongs to the same entry.
    'Gardez vos <Mot>attestations</Mot>.\nUne attestation dure 1 an.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('mot-non-explique', text, { language, kind: 'guide' })).toEqual([]);
  });

  it('checks guides only', async () => {
    expect(await messagesFor('mot-non-explique', 'Le CCAS vous donne une attestation.', { language, kind: 'texte' })).toEqual([]);
  });

  it('takes the component name from the options', async () => {
    const config = { rules: { 'mot-non-explique': { options: { component: 'Definition' } } } };
    const text = 'Le CCAS vous donne une <Definition>attestation</Definition>.';
    expect(await messagesFor('mot-non-explique', text, { language, kind: 'guide', config })).toEqual([]);
  });

  it('does not ask for <Mot> in a title of the en-tête or an attribute, where it cannot be written', async () => {
    const text =
      '---\ntitle: Demander une domiciliation\n---\n\n<Etape titre="Demander la domiciliation" picto="courrier">\nLa <Mot>domiciliation</Mot> est une adresse.\n</Etape>\n';
    expect(await messagesFor('mot-non-explique', text, { language, kind: 'guide' })).toEqual([]);
  });
});

describe('mot-non-explique: whole terms and elided forms (issue 11)', () => {
  let hebergement: LanguageResources;
  beforeAll(async () => {
    const { parseGlossaryEntry } = await import('../../src/language/glossary.ts');
    hebergement = {
      ...(await testLanguage()),
      glossary: [parseGlossaryEntry('---\nterm: centre d’hébergement\nforms: [centres d’hébergement, hébergement]\n---\nUn lieu pour dormir.\n', 'centre-hebergement.mdx')],
    };
  });

  it('does not take « attestation d’hébergement » for a « centre d’hébergement »', async () => {
    const messages = await messagesFor('mot-non-explique', 'Demandez une attestation d’hébergement à votre ami.', { language: hebergement, kind: 'guide' });
    expect(messages.map((message) => message.actual)).not.toContain('d’hébergement');
    expect(messages.map((message) => message.actual)).not.toContain('hébergement');
  });

  it('finds the glossary entry of a marked word with its elided article: <Mot>d’hébergement</Mot>', async () => {
    const messages = await messagesFor('mot-non-explique', 'Vous cherchez une place d’<Mot>hébergement</Mot>.\n\nVous demandez une solution <Mot>d’hébergement</Mot>.', { language: hebergement, kind: 'guide' });
    expect(messages.filter((message) => /glossaire/.test(message.reason))).toEqual([]);
  });

  it('asks to mark the word without its elided article', async () => {
    const messages = await messagesFor('mot-non-explique', 'L’hébergement est gratuit.\n\nVotre <Mot>hébergement</Mot> dure 1 mois.', { language: hebergement, kind: 'guide' });
    expect(messages).toMatchObject([{ actual: 'hébergement' }]);
    expect(messages[0]!.reason).toContain('<Mot>hébergement</Mot>');
  });

  it('places the word after its elided article, where <Mot> goes (found by fuzzing)', async () => {
    // The place started at « L’ » while the quote started at « hébergement »: with a tag inside the word,
    // the quote was not the text at the place.
    expect(await messagesFor('mot-non-explique', 'L’hébergement est gratuit.\n\nVotre <Mot>hébergement</Mot> dure 1 mois.', { language: hebergement, kind: 'guide' })).toMatchObject([
      { line: 1, column: 3, actual: 'hébergement' },
    ]);
    const file = await checkFile('L’héber<i>gement est gratuit.\n\nVotre <Mot>hébergement</Mot> dure 1 mois.\n', { language: hebergement, kind: 'guide', format: 'md', rule: 'mot-non-explique' });
    expect(file.messages.filter((message) => message.ruleId === 'mot-non-explique')).toMatchObject([{ line: 1, column: 3, actual: 'héber<i>gement' }]);
    expect(violations(file)).toEqual([]);
  });
});

describe('mot-non-explique and mot-difficile agree on a marked word (issue 11)', () => {
  it('a word marked with <Mot> gets no message from mot-difficile', async () => {
    const language = await testLanguage();
    const text = 'Demandez une attestation <Mot>d’hébergement</Mot>.\n\nVotre <Mot>hébergement</Mot> dure 1 mois.';
    expect(await messagesFor('mot-difficile', text, { language, kind: 'guide' })).toEqual([]);
  });
});
