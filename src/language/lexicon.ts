/**
 * The language resources prepared once per checker: frequencies, glossary, allowed words and the
 * spelling dictionary. Rules read it as `context.language`. Pure code: no Node-only API.
 */
import { normalizeWord } from '../engine/normalize.ts';
import type { FrequencyTable } from './frequencies.ts';
import { Glossary, type GlossaryEntry } from './glossary.ts';
import type { SpellingLookup } from './spelling-lookup.ts';

/**
 * The French spelling lookup (`src/language/spelling-lookup.ts`), or a function that loads it: it is
 * then loaded at the first word that no other list knows (a text with no such word never loads it).
 */
export type SpellingDictionary = SpellingLookup | (() => SpellingLookup | undefined);

/** Language data handed to the engine by its adapter (Node reads it from disk, a browser fetches it). */
export interface LanguageResources {
  /** French word frequencies (`rules/mot-difficile/data/frequences.tsv`). */
  frequencies?: FrequencyTable;
  /** The entries of `content/glossaire/`. */
  glossary?: readonly GlossaryEntry[];
  /** Spelling lookup (every form of `dictionary-fr`) for the spelling rule, or its loader. */
  spelling?: SpellingDictionary;
  /** The project's word list (`rules/orthographe/mots-du-projet.txt`): local names… */
  projectWords?: readonly string[];
}

/** What rules read: the resources, indexed. */
export interface Lexicon {
  frequencies: FrequencyTable | undefined;
  glossary: Glossary;
  /** True when a spelling lookup was handed in (it may not be loaded yet). */
  hasSpelling: boolean;
  /** The spelling lookup, loaded at the first read. */
  readonly spelling: SpellingLookup | undefined;
  /** Words never flagged as difficult or misspelt: `words` of the configuration and the project list (normalised). */
  allowed: ReadonlySet<string>;
  /** The same words as written (for the spelling dictionary). */
  allowedWords: readonly string[];
}

/** Builds the lexicon once, from the resources and the configuration's `words`. */
export function createLexicon(resources: LanguageResources = {}, words: readonly string[] = []): Lexicon {
  const allowedWords = [...(resources.projectWords ?? []), ...words].map((word) => word.trim()).filter((word) => word !== '');
  const source = resources.spelling;
  let spelling: SpellingLookup | undefined;
  return {
    frequencies: resources.frequencies,
    glossary: new Glossary(resources.glossary ?? []),
    hasSpelling: source !== undefined,
    get spelling() {
      if (!spelling && source) spelling = typeof source === 'function' ? source() : source;
      return spelling;
    },
    allowed: new Set(allowedWords.map(normalizeWord)),
    allowedWords,
  };
}

/** The lexicon of a checker created without resources. */
export const EMPTY_LEXICON: Lexicon = createLexicon();
