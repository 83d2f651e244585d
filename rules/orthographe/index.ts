import { isLiteral } from 'nlcst-is-literal';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { isAddressLike } from '../_shared/chunks.ts';
import type { FalcSentence, FalcWord } from '../../src/engine/types.ts';
import type { Lexicon } from '../../src/language/lexicon.ts';
import { isProperNoun, mainPart, wordForm } from '../../src/language/word-kinds.ts';
import { memoizeWord } from '../../src/language/word-memo.ts';
import { suggestSpelling } from './suggest.ts';

export const options = z
  .object({
    /** Number of suggestions given for a word. */
    suggestions: z.number().int().min(0).max(10).default(3),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** True when the word is known another way: frequency list, glossary, project words. */
function known(normal: string, language: Lexicon): boolean {
  const main = mainPart(normal);
  if (language.allowed.has(normal) || language.allowed.has(main)) return true;
  if (language.glossary.hasToken(main)) return true;
  const table = language.frequencies;
  if (table && (table.forms.has(main) || main.split('-').every((part) => part.length < 2 || table.forms.has(part)))) return true;
  return false;
}

/** `known`, computed once per form for a lexicon (its lists never change). */
const knownAnswers = new WeakMap<Lexicon, (normal: string) => boolean>();

function knownIn(language: Lexicon): (normal: string) => boolean {
  let answer = knownAnswers.get(language);
  if (!answer) knownAnswers.set(language, (answer = memoizeWord((normal) => known(normal, language))));
  return answer;
}

/** Numbers and times are not judged (as retext-spell does). */
const DIGITS = /^\d+$/;
const TIME = /^\d{1,2}:\d{2}(?:[ap]\.?m\.?)?$/i;

/**
 * Words of a file whose suggestions are searched two edits away; the next ones get only the near
 * suggestions (one edit, accents, glued words). A draft full of typos is still checked quickly.
 */
const FAR_SUGGESTIONS = 12;

/** `orthographe`: a word is not in the French dictionary (every form of the Hunspell dictionary `dictionary-fr`). */
export default defineRule({
  id: 'orthographe',
  title: 'Faute d’orthographe',
  severity: 'warning',
  options,
  check({ facts, options, report, language }) {
    if (!language.hasSpelling || facts.words.length === 0) return;
    // Words not to judge; their spellings are not judged anywhere in the file either.
    const skip = new Set<string>();
    const candidates: Array<{ sentence: FalcSentence; word: FalcWord }> = [];
    const isKnown = knownIn(language);
    for (const sentence of facts.sentences) {
      sentence.words.forEach((word, index) => {
        // A web or e-mail address (« www.caf.fr ») is not a French word.
        if (word.kind !== 'word' || word.quoted || wordForm(word.value).acronym || isAddressLike(word.value) || isKnown(word.normal) || isProperNoun(sentence, index, language.frequencies)) {
          skip.add(word.value.includes('’') ? word.value.replace(/’/g, "'") : word.value);
        } else if (!/\d/.test(word.value)) {
          candidates.push({ sentence, word });
        }
      });
    }
    if (candidates.length === 0) return;
    // The lookup is read at the first word that no other list knows.
    const lookup = language.spelling;
    if (!lookup) return;
    const irrelevant = (value: string) => skip.has(value) || DIGITS.test(value) || TIME.test(value);
    let far = FAR_SUGGESTIONS;
    for (const { sentence, word } of candidates) {
      const node = word.nodes[0]!;
      const position = sentence.node.children.indexOf(node);
      // A word between brackets or quotes, or a term being defined (« mot : … »), is mentioned, not used.
      if (position < 0 || isLiteral(sentence.node, position)) continue;
      const actual = word.value.replace(/’/g, "'");
      if (irrelevant(actual)) continue;
      let correct = lookup.correct(actual);
      if (!correct && node.children.length > 1) {
        // « rendez-vous », « l'État »: each part is judged.
        correct = node.children.every((child) => child.type !== 'TextNode' || irrelevant(child.value) || lookup.correct(child.value));
      }
      if (correct) continue;
      const suggestions = options.suggestions > 0 ? suggestSpelling(lookup, actual, options.suggestions, far-- > 0, language.frequencies) : [];
      report(
        `Le mot « ${word.value} » n’est pas dans le dictionnaire. Vérifiez son orthographe.${suggestions.length > 0 ? ` Vous vouliez peut-être écrire « ${suggestions[0]} » ?` : ''}`,
        { place: word.position, actual: word.value, ...(suggestions.length > 0 ? { expected: suggestions } : {}) },
      );
    }
  },
});
