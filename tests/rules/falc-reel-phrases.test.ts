import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

/**
 * Texts written in FALC by others (tests/fixtures/falc-reel/phrases-*.md, their source is at the top of
 * each file): the sentence and structure rules should have little to say. Sentences of 16 to 24 words are
 * reported by phrase-longue (the limit is 15 words), and one « n’ … pas » by negation: those are not counted
 * here. One sentence of 21 words with « qui » and « quand » is reported by une-idee: it is in `EXPECTED`.
 */
const FIXTURES = ['phrases-vedia.md', 'phrases-urapei.md', 'phrases-inclusion-europe.md', 'phrases-inria.md'];
const QUIET_RULES = [
  'une-idee', 'voix-passive', 'temps-complexe', 'si-alors', 'vous', 'meme-personne', 'ponctuation', 'meme-mot', 'grammaire',
  'liste', 'titre', 'paragraphe-long', 'lien-peu-clair', 'gras-excessif', 'but-en-premier', 'note-de-bas-de-page', 'mise-en-forme',
];

/** Messages that a FALC editor would also give: file → rule → count. */
const EXPECTED: Record<string, Record<string, number>> = { 'phrases-inclusion-europe.md': { 'une-idee': 1 } };

describe('real FALC texts', () => {
  for (const name of FIXTURES) {
    const text = readFileSync(new URL(`../fixtures/falc-reel/${name}`, import.meta.url), 'utf8');
    it.each(QUIET_RULES)(`${name}: only the expected messages from %s`, async (rule) => {
      expect(await messagesFor(rule, text, { format: 'md' })).toHaveLength(EXPECTED[name]?.[rule] ?? 0);
    });
  }
});
