import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { trimEnd } from '../../src/engine/trim.ts';
import type { FalcWord } from '../../src/engine/types.ts';
import { mainPart } from '../../src/language/word-kinds.ts';

export const options = z.object({}).strict();

export type Options = z.infer<typeof options>;

/** People and bodies that have their own address, phone…: « l'adresse administrative de l'agent ». */
const OWNERS = new Set(['agent', 'agente', 'agents', 'fonctionnaire', 'fonctionnaires', 'service', 'administration', 'employeur', 'entreprise', 'société', 'organisme']);

/**
 * True when the words after the synonym say whose it is, and it is somebody else than the reader:
 * « l'adresse administrative de l'agent en charge de votre demande » is the agent's office, not a domiciliation.
 */
function belongsToOther(words: readonly FalcWord[], end: number): boolean {
  const next = words[end + 1];
  if (!next || next.kind !== 'word') return false;
  if (next.normal === 'du') return OWNERS.has(words[end + 2]?.normal ?? '');
  if (next.normal !== 'de' && next.normal !== 'des') return false;
  const owner = words[end + 2];
  if (!owner) return false;
  if (owner.normal === 'la' || owner.normal === 'votre' || owner.normal === 'cet' || owner.normal === 'cette') return OWNERS.has(words[end + 3]?.normal ?? '');
  return OWNERS.has(mainPart(owner.normal));
}

/**
 * `meme-mot`: a text uses a synonym of a glossary term (the `synonyms` of `content/glossaire/*.mdx`).
 * Glossary entries themselves may name the synonyms: they are not checked.
 */
export default defineRule({
  id: 'meme-mot',
  title: 'Toujours le même mot',
  severity: 'warning',
  options,
  check({ facts, report, language }) {
    if (facts.kind === 'glossaire') return;
    const found = facts.sentences.map((sentence) => ({
      sentence,
      terms: language.glossary.terms.matches(sentence.words),
      synonyms: language.glossary.synonyms.matches(sentence.words),
    }));
    if (!found.some((entry) => entry.synonyms.length > 0)) return;
    // The terms that the text itself uses: with a synonym, the text has 2 words for one thing.
    const used = new Set(found.flatMap((entry) => entry.terms.map((term) => term.value.term)));
    for (const { sentence, terms, synonyms } of found) {
      for (const match of synonyms) {
        // A synonym that is also a term or form of an entry is not a synonym here.
        if (terms.some((term) => term.start <= match.start && term.end >= match.end)) continue;
        if (belongsToOther(sentence.words, match.end)) continue;
        const first = sentence.words[match.start]!;
        const last = sentence.words[match.end]!;
        const actual = trimEnd(sentence.words.slice(match.start, match.end + 1).map((word) => word.value).join(' '), /[^\p{L}\p{N}’']/u);
        const term = match.value.term;
        // Without the term in the text, only the glossary of the site says the other word: say that.
        report(
          used.has(term)
            ? `Vous écrivez « ${actual} » pour parler de « ${term} ». Utilisez toujours le même mot pour la même chose. Avec 2 mots, le lecteur pense que ce sont 2 choses différentes.`
            : `Vous écrivez « ${actual} ». Le glossaire du site appelle cette chose « ${term} ». Écrivez « ${term} » : le lecteur trouve ce mot et son explication dans le glossaire.`,
          { place: { start: first.position.start, end: last.position.end }, actual, expected: [term] },
        );
      }
    }
  },
});
