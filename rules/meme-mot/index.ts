import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { trimEnd } from '../../src/engine/trim.ts';
import type { FalcWord } from '../../src/engine/types.ts';
import { mainPart, writtenMainPart } from '../../src/language/word-kinds.ts';

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

/** Forms of « faire » before a noun with no article: « faire élection de domicile », « ayant fait élection ». */
const FAIRE = new Set(['faire', 'fait', 'faite', 'faits', 'faites', 'fais', 'font', 'faisant', 'fera', 'ferez', 'feront', 'ferait']);

/** Elided words that are written in full before a consonant: « d’élection » → « de domiciliation ». */
const FULL_CLITIC: Readonly<Record<string, string>> = { d: 'de', qu: 'que' };

/**
 * The glossary term in place of the synonym, with the elided word the synonym's first word starts with:
 * « d’élection de domicile » → « de domiciliation », « l’adresse » → « l’aide » (before a vowel). Undefined
 * when that word would need the term's gender (« l’adresse » → « la » or « le »?): the message then names
 * the term without a fix.
 */
export function withClitic(firstWord: string, term: string): string | undefined {
  const main = writtenMainPart(firstWord);
  const clitic = firstWord.slice(0, firstWord.length - main.length);
  if (clitic === '') return term;
  if (/^[aeiouyhàâäéèêëîïôöûü]/iu.test(term)) return clitic + term;
  const letters = clitic.slice(0, -1);
  const full = FULL_CLITIC[letters.toLowerCase()];
  if (!full) return undefined;
  return `${letters.charAt(0) === letters.charAt(0).toUpperCase() ? full.charAt(0).toUpperCase() + full.slice(1) : full} ${term}`;
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
  check({ facts, file, report, language }) {
    const source = String(file.value ?? '');
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
        // « La domiciliation, appelée également élection de domicile, permet … de disposer d'une adresse
        // administrative » (fiche F17317, fourteenth reading): the sentence names the term itself; it presents the
        // synonym (« appelée également domiciliation » was suggested).
        if (terms.some((term) => term.value.term === match.value.term)) continue;
        if (belongsToOther(sentence.words, match.end)) continue;
        const first = sentence.words[match.start]!;
        const last = sentence.words[match.end]!;
        // The words as written between the first and the last (a sign inside, as « la𝐀 mairie », stays in the quote).
        const written = source.slice(first.position.start.offset ?? 0, last.position.end.offset ?? 0);
        const actual = trimEnd(written || sentence.words.slice(match.start, match.end + 1).map((word) => word.value).join(' '), /[^\p{L}\p{N}’']/u);
        const term = match.value.term;
        // « vous avez fait élection de domicile » (fiches F870, F833, fifth reading): the synonym is part of a
        // verb; « vous avez fait domiciliation » is not French. No replacement: the author rewrites the words around.
        const inVerb = FAIRE.has(sentence.words[match.start - 1]?.normal ?? '');
        const replacement = inVerb ? undefined : withClitic(first.value, term);
        // The message names the synonym without the elided word before it (« élection de domicile »).
        const synonym = actual.slice(first.value.length - writtenMainPart(first.value).length).replace(/\s+/gu, ' ');
        const rewrite = inVerb ? ` Changez aussi les mots autour, par exemple : « votre ${term} ».` : '';
        // Without the term in the text, only the glossary of the site says the other word: say that.
        report(
          used.has(term)
            ? `Vous écrivez « ${synonym} » pour parler de « ${term} ». Utilisez toujours le même mot pour la même chose. Avec 2 mots, le lecteur pense que ce sont 2 choses différentes.${rewrite}`
            : `Vous écrivez « ${synonym} ». Le glossaire du site appelle cette chose « ${term} ». Écrivez « ${term} » : le lecteur trouve ce mot et son explication dans le glossaire.${rewrite}`,
          { place: { start: first.position.start, end: last.position.end }, actual, expected: replacement ? [replacement] : [] },
        );
      }
    }
  },
});
