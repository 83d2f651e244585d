import type { Root as NlcstRoot } from 'nlcst';
import retextSpell from 'retext-spell';
import { VFile } from 'vfile';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { isAddressLike } from '../_shared/chunks.ts';
import type { FalcSentence } from '../../src/engine/types.ts';
import type { Lexicon, SpellingDictionary } from '../../src/language/lexicon.ts';
import { isAcronymLike, isProperNoun, mainPart } from '../../src/language/word-kinds.ts';

export const options = z
  .object({
    /** Number of suggestions given for a word. */
    suggestions: z.number().int().min(0).max(10).default(3),
  })
  .strict();

export type Options = z.infer<typeof options>;

type Transform = (tree: NlcstRoot, file: VFile, next: (error?: Error) => void) => void;

/**
 * One retext-spell transformer per dictionary: building the Hunspell checker (nspell) takes seconds,
 * so it is done once per process, at the first check. Allowed words are filtered afterwards.
 */
const spellers = new WeakMap<SpellingDictionary, { transform: Transform; ignore: string[] }>();

function spellerFor(language: Lexicon): { transform: Transform; ignore: string[] } | undefined {
  const dictionary = language.spelling;
  if (!dictionary) return undefined;
  let speller = spellers.get(dictionary);
  if (!speller) {
    // retext-spell keeps this array: it is refilled for each file with the words not to judge, so that
    // no slow suggestion is computed for them. Suggestions are not limited (they are cached per word).
    const ignore: string[] = [];
    speller = { transform: retextSpell({ dictionary, ignore, max: Number.MAX_SAFE_INTEGER }) as unknown as Transform, ignore };
    spellers.set(dictionary, speller);
  }
  return speller;
}

/** True when the word is known another way: frequency list, glossary, project words. */
function known(normal: string, language: Lexicon): boolean {
  const main = mainPart(normal);
  if (language.allowed.has(normal) || language.allowed.has(main)) return true;
  if (language.glossary.hasToken(main)) return true;
  const table = language.frequencies;
  if (table && (table.forms.has(main) || main.split('-').every((part) => part.length < 2 || table.forms.has(part)))) return true;
  return false;
}

/** `orthographe`: a word is not in the French dictionary (Hunspell, dictionary-fr). */
export default defineRule({
  id: 'orthographe',
  title: 'Faute d’orthographe',
  severity: 'warning',
  options,
  check({ facts, options, report, language }) {
    if (!language.spelling || facts.words.length === 0) return;
    const skip = new Set<string>();
    let unknown = 0;
    for (const sentence of facts.sentences) {
      sentence.words.forEach((word, index) => {
        // A web or e-mail address (« www.caf.fr ») is not a French word.
        if (word.kind !== 'word' || word.quoted || isAcronymLike(word.value) || isAddressLike(word.value) || known(word.normal, language) || isProperNoun(sentence, index, language.frequencies)) {
          skip.add(word.value.replace(/’/g, "'"));
        } else {
          unknown++;
        }
      });
    }
    // Building the Hunspell checker takes seconds: only do it when a word is not known another way.
    if (unknown === 0) return;
    const speller = spellerFor(language);
    if (!speller) return;
    speller.ignore.length = 0;
    speller.ignore.push(...skip);
    const scratch = new VFile();
    speller.transform(facts.nlcst, scratch, () => {});
    if (scratch.messages.length === 0) return;
    // Word at each offset, to know its sentence and place.
    const byOffset = new Map<number, { sentence: FalcSentence; index: number }>();
    for (const sentence of facts.sentences) {
      sentence.words.forEach((word, index) => {
        for (const node of word.nodes) {
          const offset = node.position?.start.offset;
          if (offset !== undefined) byOffset.set(offset, { sentence, index });
        }
      });
    }
    for (const message of scratch.messages) {
      if (message.source !== 'retext-spell' || message.ruleId === 'overflow') continue;
      const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined;
      const at = offset === undefined ? undefined : byOffset.get(offset);
      if (!at) continue;
      const word = at.sentence.words[at.index]!;
      if (word.kind !== 'word' || word.quoted || isAcronymLike(word.value) || isAddressLike(word.value) || /\d/.test(word.value)) continue;
      if (known(word.normal, language) || isProperNoun(at.sentence, at.index, language.frequencies)) continue;
      const suggestions = (message.expected ?? []).slice(0, options.suggestions);
      report(
        `Le mot « ${word.value} » n’est pas dans le dictionnaire. Vérifiez son orthographe.${suggestions.length > 0 ? ` Vous vouliez peut-être écrire « ${suggestions[0]} » ?` : ''}`,
        { place: word.position, actual: word.value, ...(suggestions.length > 0 ? { expected: suggestions } : {}) },
      );
    }
  },
});
