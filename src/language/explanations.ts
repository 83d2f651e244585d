/**
 * Words that a text explains itself, as the FALC method asks: a difficult word is explained where the reader
 * meets it. Every vocabulary rule (`mot-difficile`, `mot-non-explique`, `mot-long`, `sigle`) leaves an explained
 * word alone, at every use in the text. Pure code: no Node-only API.
 *
 * Explanations found (French, any case, ’ or '):
 * - « X veut dire … », « X, ça veut dire … », « X signifie … », and « X : » followed by « veut dire … »;
 * - « X, c’est … », « X c’est … »;
 * - « X est la personne qui … », « X est un accord … » (X is a subject: a determiner and 1 or 2 words,
 *   and the definition has at least 2 words after its determiner);
 * - « On appelle ça X », « Cela s’appelle X », « C’est ce qu’on appelle X », « X s’appelle aussi … »;
 * - « X (une personne désignée par …) »: words in brackets right after the word;
 * - « X : … »: a term of 1 to 4 words, then a colon and its explanation;
 * - an explanation in the next sentence: « … le mandataire. C’est la personne qui … », « … la CAF. Elle
 *   verse les aides. ».
 */
import type { FalcFacts, FalcSentence } from '../engine/types.ts';
import { normalizeWord, splitElision } from '../engine/normalize.ts';
import { trimEnd, trimStart } from '../engine/trim.ts';

/** Small words that never carry the meaning of a term: they are not marked explained. */
const FUNCTION_WORDS = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'et', 'ou', 'à', 'en', 'ce', 'cet', 'cette', 'ces',
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'ça', 'cela', 'ceci',
  'qui', 'que', "qu'", 'est', 'sont', 'être', 'c\'', 'il', 'elle', 'ils', 'elles', 'on', 'y', 'a', 'pour', 'par', 'sur', 'dans',
]);

/**
 * A pattern in two forms. The texts it is tried on are in lower case, so it is written in lower case and
 * needs no « ignore case »: that form (`plain`) is the one used. Only two signs that lower case keeps make
 * a difference: a long s « ſ », that « ignore case » matches as « s », and the combining iota subscript
 * (U+0345), that it counts as a letter (it folds to « ι »). A text with one is tried with `folded` (see
 * `FOLDED`; every sign was compared, pattern sign by pattern sign). Why two:
 * with « ignore case », V8 builds the case closure of every letter class (`\p{L}`) at the first use, about
 * 1.5 ms per pattern at each start of the command.
 */
interface TwoWays {
  plain: RegExp;
  folded: RegExp;
}

function twoWays(source: string, flags = ''): TwoWays {
  return { plain: new RegExp(source, `${flags}u`), folded: new RegExp(source, `${flags}iu`) };
}

const DETERMINER = "(?:(?:le|la|les|un|une|des|du|de|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|ce|cet|cette|ces)\\s+|[ld]')";
const WORD = "[\\p{L}\\p{N}'-]+";
/** Determiners that start a definition: « est une petite cabine », « est la personne qui » (not « est de 5 euros »). */
const NOUN_DETERMINER = "(?:(?:le|la|les|un|une|des)\\s+|l')";

/** « X veut dire … », « X, ça veut dire … », « X signifie … ». */
const MEANS = twoWays(`^(?:${DETERMINER})?(${WORD}(?:\\s+${WORD}){0,3}?)\\s*(?:,\\s*)?(?:(?:ça|cela|ce mot|ce sigle)\\s+)?(?:veut dire|veulent dire|signifie|signifient)\\s`);
/** « X, c’est … » (X at the start of the sentence, 1 to 4 words). */
const IT_IS = twoWays(`^(?:${DETERMINER})?(${WORD}(?:\\s+${WORD}){0,3}?)\\s*,?\\s*c'est\\s+(?:${NOUN_DETERMINER}|quand\\s|ce\\s+qui\\s|quelqu'un\\s)\\S+\\s+\\S`);
/** « X est la personne qui … », « L’isoloir est une petite cabine »: a subject defined by a noun phrase. */
const DEFINED_SUBJECT = twoWays(`^${DETERMINER}(${WORD}(?:\\s+${WORD})?)\\s+(?:est|sont)\\s+(?:${NOUN_DETERMINER}|quelqu'un\\s+qui|ce\\s+qui)${WORD}\\s+${WORD}`);
/** « On appelle ça X », « Cela s’appelle X », « C’est ce qu’on appelle X », « on dit aussi X ». */
const CALLED = twoWays(`(?:on\\s+(?:l'|les\\s+|la\\s+|le\\s+)?appelle(?:\\s+(?:ça|cela|cette personne|ce papier|ce lieu))?|s'appellen?t?(?:\\s+aussi)?|qu'on\\s+appelle|on\\s+dit\\s+aussi|est\\s+appelée?s?)\\s+(?:${DETERMINER})?(${WORD}(?:\\s+${WORD}){0,3})\\s*[.!,]?$`);
/** « X : » a term, then a colon (its explanation follows, in the sentence or the next one). */
const TERM_COLON = twoWays(`^(?:${DETERMINER})?(${WORD}(?:\\s+${WORD}){0,3})\\s*:\\s*(.*)$`);
/** « X (une personne désignée par …) »: a word followed by 2 words or more in brackets. */
const BRACKETED = twoWays(`(${WORD})\\s*\\((?:${DETERMINER})?[\\p{L}'-]+\\s+[^)]+\\)`, 'g');
/**
 * A sentence that explains the one before: « C’est la personne qui … », « Veut dire … », « Elle verse les
 * aides. » (what it does), « Il est un service de la mairie. » (« Il est ouvert le lundi. » explains nothing).
 */
const EXPLAINS_PREVIOUS = twoWays(
  "^(?:c'est\\s+(?:un|une|le|la|les|des|l'|quand|ce\\s+qui|quelqu'un)\\b|ça\\s+veut\\s+dire|cela\\s+veut\\s+dire|veut\\s+dire|veulent\\s+dire|cela\\s+signifie|il\\s+s'agit\\s+d|(?:il|elle|ils|elles|ce\\s+service|cet\\s+organisme|cette\\s+association)\\s+(?:(?:est|sont)\\s+(?:un|une|le|la|les|des|l')\\b|(?:vous\\s+|nous\\s+|les\\s+|leur\\s+)?(?:permet|permettent|aide|aident|donne|donnent|verse|versent|paie|paient|s'occupe|s'occupent|défend|défendent|accompagne|accompagnent|protège|protègent|gère|gèrent|rembourse|remboursent)\\b))",
);

/** Answers already found, per sentence: `explanationsOf` and `sigle` ask about the same sentences. */
const explaining = new WeakMap<FalcSentence, boolean>();

/** True when the sentence explains the sentence before it (« … la CAF. Elle verse les aides. »). */
export function explainsPrevious(sentence: FalcSentence | undefined): boolean {
  if (sentence === undefined) return false;
  let value = explaining.get(sentence);
  if (value === undefined) {
    const text = plainOf(sentence);
    // Every beginning of the pattern starts with one of these letters (the text is in lower case).
    value = FOLDED.test(text) ? EXPLAINS_PREVIOUS.folded.test(text) : /^[cçvie]/.test(text) && EXPLAINS_PREVIOUS.plain.test(text);
    explaining.set(sentence, value);
  }
  return value;
}

/**
 * The signs that « ignore case » reads otherwise in lower-case text: a long s « ſ » (as « s ») and the
 * combining iota subscript U+0345 (as a letter). A text with one is always tested in full, with the
 * patterns that ignore case (the shortcuts below compare plain lower-case text).
 */
const FOLDED = /[ſ\u0345]/;

/** The plain text of each sentence, made once. */
const plainTexts = new WeakMap<FalcSentence, string>();

function plainOf(sentence: FalcSentence): string {
  let text = plainTexts.get(sentence);
  if (text === undefined) {
    text = plain(sentence.text);
    plainTexts.set(sentence, text);
  }
  return text;
}

/**
 * The text of a sentence, compared: NFC, `'` apostrophes, Markdown emphasis and quotes removed. One pass:
 * each run of white space, emphasis signs and quotes becomes one space.
 */
function plain(text: string): string {
  return normalizeWord(text).replace(/[*_`«»“”"\s\u00a0\u202f]+/g, ' ').trim();
}

/** The meaningful words of a term, normalised without elided articles: « l’hébergeant » → hébergeant. */
export function termKeys(term: string): string[] {
  return keysOfPlain(plain(term));
}

/** `termKeys` of a text already made plain. */
function keysOfPlain(text: string): string[] {
  return text.split(' ').flatMap(tokenKeys).filter(isKey);
}

/** The normalised parts of one token of a plain text, without the signs around it. */
function tokenKeys(token: string): string[] {
  return splitElision(trimEnd(trimStart(token, /[^\p{L}\p{N}']/u), /[^\p{L}\p{N}]/u));
}

function isKey(token: string): boolean {
  return token !== '' && !FUNCTION_WORDS.has(token) && !token.endsWith("'");
}

/**
 * The last `count` meaningful words of a sentence: `termKeys(sentence.text).slice(-count)`, read from the end of
 * its plain text (made once per sentence).
 */
export function lastKeys(sentence: FalcSentence, count: number): string[] {
  const tokens = plainOf(sentence).split(' ');
  const found: string[] = [];
  for (let index = tokens.length - 1; index >= 0 && found.length < count; index--) {
    const parts = tokenKeys(tokens[index]!);
    for (let part = parts.length - 1; part >= 0 && found.length < count; part--) if (isKey(parts[part]!)) found.unshift(parts[part]!);
  }
  return found;
}

/** The explanations of a text: the normalised words and phrases it explains. */
export interface Explanations {
  /** Normalised words (without articles) that the text explains somewhere. */
  words: ReadonlySet<string>;
  /** True when the word (normalised, elision allowed: « l'usager ») is explained in the text. */
  has(normal: string): boolean;
}

const cache = new WeakMap<FalcFacts, Explanations>();

/** The words a sentence explains on its own (patterns 1 to 6 of the module comment). */
function explainedIn(sentence: FalcSentence, next: FalcSentence | undefined): string[] {
  const text = plainOf(sentence);
  const found: string[] = [];
  // Each pattern is tried only when the words it needs are in the sentence (most sentences explain nothing).
  const all = FOLDED.test(text);
  const way = all ? 'folded' : 'plain';
  const tried = [
    (all || text.includes('veut dire') || text.includes('veulent dire') || text.includes('signifie')) && MEANS[way],
    (all || text.includes("c'est")) && IT_IS[way],
    (all || text.includes(' est ') || text.includes(' sont ')) && DEFINED_SUBJECT[way],
    (all || text.includes('appel') || text.includes('dit aussi')) && CALLED[way],
  ];
  for (const pattern of tried) {
    if (!pattern) continue;
    const match = pattern.exec(text);
    if (match?.[1]) found.push(match[1]);
  }
  if (!all && !text.includes(':') && !text.includes('(')) return found;
  // Each pattern needs its sign: « : » for the first, « ( » for the second.
  const colon = text.includes(':') ? TERM_COLON[way].exec(text) : null;
  // « Convention : c’est un accord entre pays. », or « Convention : » alone, then « C’est un accord … ».
  if (colon?.[1] && ((colon[2] ?? '').split(' ').filter((word) => word !== '').length >= 2 || explainsPrevious(next))) {
    found.push(colon[1]);
  }
  if (text.includes('(')) for (const match of text.matchAll(BRACKETED[way])) if (match[1]) found.push(match[1]);
  return found;
}

/**
 * The words a text explains. A sentence followed by a sentence that explains it (« … le mandataire.
 * C’est la personne qui … ») explains its own difficult words: every meaningful word of it counts as explained.
 */
export function explanationsOf(facts: FalcFacts): Explanations {
  const cached = cache.get(facts);
  if (cached) return cached;
  const words = new Set<string>();
  facts.sentences.forEach((sentence, index) => {
    const next = facts.sentences[index + 1];
    for (const term of explainedIn(sentence, next)) for (const key of termKeys(term)) words.add(key);
    if (explainsPrevious(next)) {
      // The last words of the sentence are the ones the next sentence explains (« … avec la CAF. Elle … »):
      // the last 3 meaningful words.
      for (const key of lastKeys(sentence, 3)) words.add(key);
    }
  });
  const result: Explanations = {
    words,
    has(normal) {
      const parts = splitElision(trimEnd(trimStart(normalizeWord(normal), /[^\p{L}\p{N}']/u), /[^\p{L}\p{N}]/u));
      const main = parts[parts.length - 1] ?? '';
      return words.has(main);
    },
  };
  cache.set(facts, result);
  return result;
}
