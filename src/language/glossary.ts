/**
 * The glossary of the guides (`content/glossaire/*.mdx`), as the checker uses it.
 * Pure code: the Node adapter reads the files, this module parses and indexes them.
 */
import { parseDocument } from 'yaml';
import { glossarySchema } from '../schemas/guide.ts';
import { isSmallLatinLetter, normalizeWord, splitElision } from '../engine/normalize.ts';
import type { FalcWord } from '../engine/types.ts';
import { trimEnd, trimStart } from '../engine/trim.ts';
import { memoizeWord } from './word-memo.ts';

/** One glossary entry: a word, its other forms, the words not to use instead, its FALC definition. */
export interface GlossaryEntry {
  term: string;
  forms: string[];
  synonyms: string[];
  picto?: string;
  /** The FALC definition: the body of the entry, 1 or 2 sentences. */
  definition: string;
  /** Where the entry comes from, e.g. `content/glossaire/ccas.mdx`. */
  path?: string;
}

/** Splits a phrase into normalised tokens the way the checker sees words: « d’action » → [d', action]. */
export function phraseTokens(phrase: string): string[] {
  return normalizeWord(phrase)
    .split(/[\s\u00a0\u202f]+/)
    .map((token) => trimEnd(trimStart(token, /[^\p{L}\p{N}']/u), /[^\p{L}\p{N}']/u))
    .filter((token) => token !== '')
    .flatMap((token) => splitElision(token));
}

/** Removes punctuation stuck to a normalised word (`e-mail.` → `e-mail`); keeps an elision's apostrophe. */
export function cleanToken(normal: string): string {
  return trimEnd(trimStart(normal, /[^\p{L}\p{N}]/u), /[^\p{L}\p{N}']/u);
}

/** The tokens of one normalised word (computed once per form; the array is shared: never change it). */
const tokensOfWord = memoizeWord((normal: string): readonly string[] => splitElision(cleanToken(normal)));

/**
 * True when a normalised word is its own only token (`splitElision(cleanToken(normal))` is `[normal]`): small
 * letters a to z and those of Latin-1 (à to ÿ), digits, and hyphens inside the word. No apostrophe to split
 * at, no sign to trim at either end. Most words are such: this loop costs less than a look-up in a memo.
 */
export function isBareToken(normal: string): boolean {
  const length = normal.length;
  if (length === 0 || normal.charCodeAt(0) === 45 || normal.charCodeAt(length - 1) === 45) return false;
  for (let index = 0; index < length; index++) {
    const code = normal.charCodeAt(index);
    if (isSmallLatinLetter(code) || (code >= 48 && code <= 57) || code === 45) continue;
    return false;
  }
  return true;
}

/** The normalised tokens of a sentence's words, in two lists of the same length (no object per token). */
export interface SentenceTokens {
  /** The tokens, in order: « l’attestation » gives `l'` and `attestation`. */
  readonly tokens: readonly string[];
  /** For each token, the index of the word it comes from. */
  readonly words: readonly number[];
}

/** Tokens already computed, per sentence: the glossary and the vocabulary rules read the same sentence. */
const sentenceTokens = new WeakMap<readonly FalcWord[], SentenceTokens>();

/**
 * The normalised tokens of a sentence's words, each with the index of the word it comes from (computed
 * once per sentence; the lists are shared: never change them).
 */
export function wordTokens(words: readonly FalcWord[]): SentenceTokens {
  const cached = sentenceTokens.get(words);
  if (cached) return cached;
  const tokens: string[] = [];
  const wordOf: number[] = [];
  for (let index = 0; index < words.length; index++) {
    const normal = words[index]!.normal;
    if (isBareToken(normal)) {
      tokens.push(normal);
      wordOf.push(index);
      continue;
    }
    const parts = tokensOfWord(normal);
    for (let part = 0; part < parts.length; part++) {
      tokens.push(parts[part]!);
      wordOf.push(index);
    }
  }
  const result = { tokens, words: wordOf };
  sentenceTokens.set(words, result);
  return result;
}

/** A match of a glossary phrase in a sentence: words `start` to `end` (inclusive). */
export interface PhraseMatch<T> {
  value: T;
  phrase: string;
  start: number;
  end: number;
}

/** An index of phrases (one or more words) for constant-time lookups by first token. */
/** Words after which a noun is the complement of another noun: « attestation d’hébergement ». */
const COMPLEMENT_OF = new Set(['de', "d'", 'du', 'des']);

/** Elided articles and small words that start a phrase but are not part of a term: « d’hébergement » → hébergement. */
const LEADING_SMALL_WORDS = new Set(['de', "d'", 'du', 'des', 'le', 'la', 'les', "l'", 'un', 'une', 'au', 'aux']);

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<{ tokens: string[]; phrase: string; value: T; partial: boolean }>>();

  /**
   * Adds a phrase. A `partial` phrase is a part of a longer term (« hébergement » for « centre
   * d’hébergement »): it is not matched as the complement of another noun (« attestation d’hébergement »
   * is not a « centre d’hébergement »).
   */
  add(phrase: string, value: T, partial = false): void {
    const tokens = phraseTokens(phrase);
    if (tokens.length === 0) return;
    const list = this.byFirst.get(tokens[0]!) ?? [];
    list.push({ tokens, phrase, value, partial });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(tokens[0]!, list);
  }

  /** True when a single-token phrase equals this token. */
  hasToken(token: string): boolean {
    return this.byFirst.get(token)?.some((entry) => entry.tokens.length === 1) ?? false;
  }

  /** Matches already found, per sentence: several rules ask for the same sentence. */
  private readonly found = new WeakMap<readonly FalcWord[], readonly PhraseMatch<T>[]>();

  /** Every longest match in a sentence's words, left to right, without overlaps (computed once per sentence). */
  matches(words: readonly FalcWord[]): readonly PhraseMatch<T>[] {
    const cached = this.found.get(words);
    if (cached) return cached;
    const { tokens, words: wordOf } = wordTokens(words);
    const found: PhraseMatch<T>[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const candidates = this.byFirst.get(tokens[index]!);
      if (!candidates) continue;
      for (const candidate of candidates) {
        const length = candidate.tokens.length;
        if (index + length > tokens.length) continue;
        let same = true;
        for (let offset = 1; offset < length && same; offset++) same = tokens[index + offset] === candidate.tokens[offset];
        if (!same) continue;
        if (candidate.partial && index > 0 && COMPLEMENT_OF.has(tokens[index - 1]!)) continue;
        found.push({ value: candidate.value, phrase: candidate.phrase, start: wordOf[index]!, end: wordOf[index + length - 1]! });
        index += length - 1;
        break;
      }
    }
    this.found.set(words, found);
    return found;
  }
}

/** The glossary, indexed: terms and forms, and the synonyms not to use. */
export class Glossary {
  readonly entries: readonly GlossaryEntry[];
  /** Term and forms → entry. */
  readonly terms = new PhraseIndex<GlossaryEntry>();
  /** Synonyms → entry. */
  readonly synonyms = new PhraseIndex<GlossaryEntry>();
  /** Every normalised token that belongs to a term or a form (`tribunal`, `administratif`…). */
  private readonly termTokens = new Set<string>();
  private readonly byTerm = new Map<string, GlossaryEntry>();

  constructor(entries: readonly GlossaryEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      const termTokens = phraseTokens(entry.term);
      for (const phrase of [entry.term, ...entry.forms]) {
        const tokens = phraseTokens(phrase);
        // A form made only of words of a longer term (« hébergement » of « centre d’hébergement »).
        const partial = tokens.length < termTokens.length && tokens.every((token) => termTokens.includes(token));
        this.terms.add(phrase, entry, partial);
        this.byTerm.set(phraseTokens(phrase).join(' '), entry);
        for (const token of phraseTokens(phrase)) this.termTokens.add(token);
      }
      for (const synonym of entry.synonyms) this.synonyms.add(synonym, entry);
    }
  }

  /** The entry of a term or form written as a phrase (`Tribunal administratif` → its entry). */
  entryOf(phrase: string): GlossaryEntry | undefined {
    const tokens = phraseTokens(phrase);
    // « d’hébergement », « le CCAS »: the small words before a term are not part of it.
    while (tokens.length > 1 && LEADING_SMALL_WORDS.has(tokens[0]!)) tokens.shift();
    return this.byTerm.get(tokens.join(' '));
  }

  /** True when the normalised token is a glossary term or form on its own. */
  hasWord(token: string): boolean {
    return this.terms.hasToken(token);
  }

  /** True when the normalised token is part of a glossary term or form. */
  hasToken(token: string): boolean {
    return this.termTokens.has(token);
  }
}

/** Error in a glossary entry's file, in French. */
export class GlossaryError extends Error {
  override name = 'GlossaryError';
}

/**
 * Reads one glossary entry from the text of its `.mdx` file: YAML frontmatter (term, forms, picto,
 * synonyms) and the definition as body. Throws a GlossaryError when the frontmatter is wrong.
 */
export function parseGlossaryEntry(text: string, path?: string): GlossaryEntry {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) throw new GlossaryError(`${path ?? 'Glossaire'} : l’en-tête entre deux lignes --- manque.`);
  const data = parseDocument(match[1]!).toJS() as unknown;
  const parsed = glossarySchema.safeParse(data);
  if (!parsed.success) throw new GlossaryError(`${path ?? 'Glossaire'} : l’en-tête n’est pas valide. ${parsed.error.issues[0]?.message ?? ''}`);
  const definition = match[2]!
    .replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const entry: GlossaryEntry = { term: parsed.data.term, forms: parsed.data.forms, synonyms: parsed.data.synonyms, definition };
  if (parsed.data.picto) entry.picto = parsed.data.picto;
  if (path) entry.path = path;
  return entry;
}
