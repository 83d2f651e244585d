import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { loadSpellingLookup } from '../../src/node/load-resources.ts';
import { checkFile } from '../helpers.ts';
import { testLanguage } from '../language/resources.ts';

/** The word-level rules: a text already written in FALC by others should get (almost) none of their messages. */
const WORD_RULES = new Set([
  'mot-difficile', 'mot-long', 'sigle', 'abreviation', 'orthographe', 'nombre-en-lettres', 'grand-nombre', 'date', 'heure',
  'pourcentage', 'chiffre-romain', 'caractere-special', 'majuscules', 'italique', 'souligne', 'mot-non-explique',
]);

let language: LanguageResources;
beforeAll(async () => {
  language = await testLanguage({ spelling: loadSpellingLookup });
});

async function wordMessages(name: string): Promise<string[]> {
  const text = readFileSync(new URL(`../fixtures/falc-reel/${name}`, import.meta.url), 'utf8');
  const file = await checkFile(text, { allRules: true, language });
  // A rare word (« dyslexiques », « isoloirs ») may still be worth explaining: it is not counted here.
  return file.messages
    .filter((message) => WORD_RULES.has(message.ruleId ?? '') && !(message.ruleId === 'mot-difficile' && message.reason.includes('est rare')))
    .map((message) => `${message.ruleId}: ${message.actual}`);
}

describe('word-level rules on simple texts written by others (tests/fixtures/falc-reel)', () => {
  it('give no message on a FALC text checked by a certified reader (vedia.be)', async () => {
    expect(await wordMessages('vedia-le-falc-cest-quoi.md')).toEqual([]);
  }, 60_000);

  it('give no message but rare words on a simple text about FALC (inria)', async () => {
    expect(await wordMessages('inria-methode-falc.md')).toEqual([]);
  }, 60_000);

  it('give no message but rare words on a news text for children (1jour1actu)', async () => {
    expect(await wordMessages('1jour1actu-bureau-de-vote.md')).toEqual([]);
  }, 60_000);
});
