import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { normalizeWord, splitElision, stripAccents } from '../../src/engine/normalize.ts';
import type { FalcSentence, FalcWord } from '../../src/engine/types.ts';
import { COMMON_WORDS } from '../majuscules/common-words.ts';
import { explainsPrevious, explanationsOf } from '../../src/language/explanations.ts';
import { KNOWN_ACRONYMS } from './known.ts';
import { memoizeWord } from '../../src/language/word-memo.ts';
import { NORM_PARTS } from '../_shared/norms.ts';
import { ELIDED, shifted } from '../_shared/elision.ts';
import { acronymLetters, followsItsWords, followsItsWordsInAnyOrder, plainLetters } from '../_shared/acronym-words.ts';
import { sourceBetween } from '../_shared/chunks.ts';

/** How a written word counts in a title: 0 no letters to read, 1 a word, 2 a word in capitals (once per form). */
const titleWeight = memoizeWord((value: string): 0 | 1 | 2 => {
  if (!/\p{L}{2}/u.test(value)) return 0;
  return /^[\p{Lu}'’-]+$/u.test(value.replace(/^\p{Lu}['’]/u, '')) ? 2 : 1;
});

/** True when most words of the sentence are in capitals: a title in capitals (« LE DROIT DE VOTE »). */
function inCapitalsTitle(sentence: FalcSentence): boolean {
  let words = 0;
  let capitals = 0;
  for (const word of sentence.words) {
    if (word.kind !== 'word') continue;
    const weight = titleWeight(word.value);
    if (weight > 0) words++;
    if (weight === 2) capitals++;
  }
  if (words < 3) return false;
  return capitals / words >= 0.7;
}

/**
 * A long word in capitals that can be read aloud as a word (« UNAPEI », « COACTIS »): a name, often a
 * publisher's or an association's, written in capitals. Acronyms of the known list stay acronyms (URSSAF).
 */
function isNameInCapitals(acronym: string): boolean {
  if (acronym.length < 6 || /\d/.test(acronym)) return false;
  const vowels = (acronym.match(/[AEIOUYÀÂÉÈÊËÎÏÔÛÙ]/gu) ?? []).length;
  return vowels >= 2 && vowels / acronym.length >= 0.3;
}

/** A word in capitals that reads like a word: 2 vowels or more, 4 letters or more (« DUMAS », « ALAIN »; not « CPAM »). */
function sayable(acronym: string): boolean {
  return acronym.length >= 4 && !/\d/.test(acronym) && (acronym.match(/[AEIOUYÀÂÉÈÊËÎÏÔÛÙ]/gu) ?? []).length >= 2;
}

/** True when a name in capitals (`isNameInCapitals`) stands right before or after the word, with only a space between. */
function nextToName(words: readonly FalcWord[], at: number, source: string): boolean {
  const word = words[at]!;
  return [words[at - 1], words[at + 1]].some((other) => {
    if (other === undefined || other.kind !== 'word' || !/^\p{Lu}+$/u.test(other.value) || !isNameInCapitals(other.value)) return false;
    return /^ +$/.test(other === words[at - 1] ? sourceBetween(source, other, word) : sourceBetween(source, word, other));
  });
}

export const options = z
  .object({
    /** Acronyms that every reader knows: never flagged. */
    allow: z.array(z.string()).default(['OK', 'SMS', 'MMS', 'TV', 'WC', 'BD', 'CD', 'DVD', 'PC', 'USB', 'GPS', 'SOS', 'SNCF', 'ADN', 'QR', 'HLM', 'PDF', 'JPG', 'JPEG', 'PNG']),
    /**
     * Acronyms with their words in full, to suggest the explanation. They are added to the list of the rule
     * (`known.ts`: CAF, CCAS, MDPH…), or replace it when `replaceKnown` is true.
     */
    known: z.record(z.string(), z.string()).default({}),
    /** Use only the acronyms of `known`, not the list of the rule. */
    replaceKnown: z.boolean().default(false),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** Small words skipped when matching an acronym's letters: « centre communal d’action sociale ». */
const SMALL_WORDS = new Set(['de', "d'", 'du', 'des', 'la', 'le', "l'", 'les', 'et', 'à', 'au', 'aux', 'pour', 'en', 'sur', 'par']);

/** A word written in capitals that looks like an acronym: CCAS, RSA, C2S. */
export function isAcronym(value: string): boolean {
  return /^\p{Lu}[\p{Lu}\d]*\p{Lu}$/u.test(value) && value.length >= 2 && value.length <= 8;
}

/** True for a word in capitals that is a common French word: « GRATUIT », « ALLER », « OÙ ». */
function isCommonInCapitals(word: FalcWord | undefined): boolean {
  return word !== undefined && word.kind === 'word' && /^[\p{Lu}'’-]+$/u.test(word.value) && COMMON_WORDS.has(word.normal);
}

/** « OUI » and « NON » in capitals: answers in a table or a form. */
const YES_NO = new Set(['OUI', 'NON']);

/**
 * A word in capitals that is not an acronym but shouting: a common word of 5 letters or more
 * (« GRATUIT »; « CAP » or « BAC » may be acronyms), or a word next to a common word in capitals
 * (« OÙ ALLER »).
 */
function isShouted(words: FalcWord[], index: number): boolean {
  const word = words[index];
  if (isCommonInCapitals(word) && [...word!.normal].length >= 5) return true;
  // « **NON** vous ne pouvez pas… », « **OUI** si… » (fiche F32384): an answer, never an acronym.
  if (word?.kind === 'word' && YES_NO.has(word.value)) return true;
  const neighbours = [words[index - 1], words[index + 1]].filter((other) => other?.kind === 'word' && /^[\p{Lu}'’-]{2,}$/u.test(other.value));
  if (neighbours.length === 0) return false;
  // « DÉLIVRANCE DE LA CNI »: a small word (de, la, à…) in capitals between capitals is shouting.
  // « (DDPP OU DDCSPP selon votre département) » (fiche F34922, sixteenth session): « OU » between 2 acronyms.
  if (word?.kind === 'word' && (SMALL_WORDS.has(word.normal) || word.normal === 'ou')) return true;
  return isCommonInCapitals(word) || neighbours.some(isCommonInCapitals);
}

/** Categories of the driving licence with a digit (« permis C1E », « A2 »): names of categories, not acronyms to spell out. */
const LICENCE_CATEGORY = /^(?:A[12]|B1|C1E?|D1E?)$/;

/**
 * Categories of the driving licence with a trailer (« permis CE », « DE »), and the moped's « AM » (« catégorie AM du
 * permis de conduire », fiche F2166, seventh reading): also the acronym of other things (« CE » for « comité
 * d'entreprise »), so only in a sentence about the licence.
 */
const LICENCE_TRAILER = /^(?:BE|CE|DE|AM)$/;

/** A name of 1 to 3 words in brackets right after a word: « (Grèce) », « (Royaume-Uni) », « (Pays-Bas) ». */
const CODE_THEN_NAME = /^\s?\(\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,2}\)/u;


/** Latin numbers that follow a number (« formulaire 2561 TER », « 12 BIS rue… »): part of the number, not acronyms. */
const LATIN_NUMBERS = new Set(['BIS', 'TER', 'QUATER', 'QUINQUIES', 'SEXIES']);

/**
 * « CDI intermittent (CDII ou CD2I) » (fiche F2247, seventh reading): the acronym in brackets is the acronym just
 * before it and the first letters of the words after that one. The reader needs only the first acronym explained
 * (the rule reports it).
 */
function extendsAcronymBefore(words: readonly FalcWord[], at: number, acronym: string): boolean {
  let initials = '';
  for (let before = at - 1; before >= Math.max(0, at - 4); before--) {
    const word = words[before]!;
    if (acronym.startsWith(word.value) && word.value.length >= 2 && /^\p{Lu}+$/u.test(word.value)) {
      return initials.length > 0 && word.value + initials === acronym;
    }
    if (word.kind !== 'word') return false;
    initials = word.value[0]!.toUpperCase() + initials;
  }
  return false;
}

/** True when the sentence speaks of the driving licence: the word « permis » or a category with a digit (« C1 »). */
function aboutLicence(words: ReadonlyArray<{ kind: string; value: string; normal: string }>): boolean {
  return words.some((other) => other.normal === 'permis' || (other.kind === 'word' && LICENCE_CATEGORY.test(other.value)));
}

/** Roman numerals made of I, V and X (II, IV, XX): the rule `chiffre-romain` deals with them. */
function isSmallRoman(value: string): boolean {
  return /^(X{0,3})(IX|IV|V?I{0,3})$/.test(value) && value.length > 0;
}

/** A word of an explanation, without accents, and whether it is a small word that may be skipped. */
interface Piece {
  text: string;
  small: boolean;
}

/** The words of a sentence as pieces: « centre communal d’action sociale » → centre, communal, d', action, sociale. */
function pieces(words: FalcWord[]): Piece[] {
  const result: Piece[] = [];
  for (const word of words) {
    if (word.kind !== 'word') {
      result.push({ text: '', small: false });
      continue;
    }
    for (const part of splitElision(word.normal)) {
      for (const piece of part.split('-')) {
        const text = plainLetters(piece);
        if (text) result.push({ text, small: SMALL_WORDS.has(part) });
      }
    }
  }
  return result;
}

/**
 * True when consecutive words, starting at `start`, spell the letters: each word gives its first
 * letter (« centre communal d’action sociale » → CCAS); a small word (de, à, et…) may give its letter
 * or be skipped (« allocation aux adultes handicapés » → AAH).
 */
function spellsFrom(list: Piece[], start: number, wanted: string): boolean {
  const match = (i: number, j: number): boolean => {
    if (j === wanted.length) return true;
    const piece = list[i];
    if (!piece || piece.text === '') return false;
    if (piece.text[0] === wanted[j] && match(i + 1, j + 1)) return true;
    return piece.small && match(i + 1, j);
  };
  return match(start, 0);
}

/** True when the words contain, in a row, words whose initials spell the acronym. */
function spellsOut(acronym: string, words: FalcWord[], written = acronym): boolean {
  const wanted = acronymLetters(acronym);
  const list = pieces(words.filter((word) => word.value !== written && !(word.value.endsWith(written) && ELIDED.test(word.value))));
  return list.some((piece, index) => !piece.small && piece.text[0] === wanted[0] && spellsFrom(list, index, wanted));
}

/** Text compared without case, accents or typographic apostrophes. */
function comparable(text: string): string {
  return normalizeWord(stripAccents(text)).replace(/\s+/g, ' ');
}

/** What the rule reads in a written word, once per form: the word after an elided article, and its shape. */
export const shapeOf = memoizeWord((value: string) => {
  // « l’APL », « d’IME »: the acronym after an elided article.
  const elided = ELIDED.exec(value);
  const written = elided ? elided[2]! : value;
  return {
    elided: elided ? elided[1]!.length : 0,
    written,
    /** Written like a name (« Caf »): an acronym if it is a known one. */
    nameLike: /^\p{Lu}\p{Ll}{2,4}$/u.test(written),
    acronym: isAcronym(written),
  };
});

/**
 * A quick test before `shapeOf`: an acronym or a name starts with a capital (after an elided article), so the
 * word has a character that may be a capital. Small ASCII and Latin-1 letters, digits and signs are not; any
 * other character outside Latin-1 may be (answered true, as the exact test would decide).
 */
export function mayHaveCapital(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 65) continue;
    if (code <= 90) return true;
    if (code < 0xc0) continue;
    if (code <= 0xde) {
      if (code !== 0xd7) return true;
      continue;
    }
    if (code <= 0xff || code === 0x2019 || code === 0x2018) continue;
    return true;
  }
  return false;
}

/** Words after which the words in full of an acronym fit as they are: « à la caisse d’allocations familiales (CAF) ». */
const BEFORE_NAME = new Set([
  'le', 'la', "l'", 'un', 'une', 'du', 'de', "d'", 'au', 'à', 'votre', 'notre', 'son', 'sa', 'leur', 'ce', 'cette', 'cet', 'mon', 'ma',
  'par', 'pour', 'sur', 'avec', 'chez', 'auprès', 'vers', 'dans', 'en', 'entre', 'et', 'ou', 'contactez', 'appelez', 'contacter', 'appeler',
]);

/** Words before an acronym that make it plural: « les Caf », « certaines Caf ». */
const PLURAL_BEFORE = new Set(['les', 'des', 'aux', 'ces', 'certaines', 'certains', 'plusieurs', 'vos', 'nos', 'leurs', 'mes', 'tes', 'ses', 'toutes', 'tous', 'deux', 'quelques']);

/** The word stands alone in brackets: « (FIPHFP) ». */
function inBracketsAlone(source: string, word: FalcWord): boolean {
  const start = word.position.start.offset ?? 0;
  const end = word.position.end.offset ?? 0;
  // « (CCAS ou CIAS) » (fiche F14807, twelfth reading): 2 acronyms of the same words in one bracket.
  if (source[start - 1] === '(') return /^\s*(?:\)|ou\s+\p{Lu}{2,8}\))/u.test(source.slice(end, end + 14));
  return source[end] === ')' && /\(\p{Lu}{2,8}\sou\s$/u.test(source.slice(Math.max(0, start - 14), start));
}

/**
 * « Caisse nationale de retraite des industries électriques et gazières - **CNIEG** (www.cnieg.fr) » (fiche F2504,
 * eleventh reading): the acronym after a dash, right after its words in full (bold signs around it do not count).
 */
function afterDash(source: string, word: FalcWord): boolean {
  let at = word.position.start.offset ?? 0;
  while (at > 0 && (source[at - 1] === '*' || source[at - 1] === '_')) at--;
  const before = source.slice(Math.max(0, at - 4), at);
  return /\s[-–—]\s$/u.test(before);
}

/** `sigle`: an acronym is not spelled out at its first use. */
export default defineRule({
  id: 'sigle',
  title: 'Sigle pas expliqué',
  severity: 'error',
  options,
  check({ facts, file, options, report }) {
    const source = String(file.value ?? '');
    const allow = new Set(options.allow);
    const known: Record<string, string> = options.replaceKnown ? { ...options.known } : { ...KNOWN_ACRONYMS, ...options.known };
    const seen = new Set<string>();
    // Acronyms the text explains itself (« FALC veut dire … », « L’Unapei est une association … »).
    const explained = explanationsOf(facts);
    /** Words in capitals read as names (« DUMAS » next to « GAUTIER »). */
    const capitalNames = new Set<string>();
    /** Acronyms in brackets that extend the acronym before them (see `extendsAcronymBefore`). */
    const extensions = new Set<FalcWord>();
    facts.sentences.forEach((sentence, index) => {
      // A title in capitals (« LE DROIT DE VOTE »): its words are not acronyms; the rule `majuscules` reports it.
      // A known acronym in it (« DÉLIVRANCE DE LA CNI ») is still an acronym the reader may not know.
      // Asked only when the sentence has an acronym (most sentences have none).
      let capitalsTitle: boolean | undefined;
      for (const word of sentence.words) {
        // Most words have no capital: neither an acronym nor a name (no lookup of their shape).
        if (word.kind !== 'word' || !mayHaveCapital(word.value)) continue;
        const shape = shapeOf(word.value);
        // Most words: neither an acronym nor a name that could be one.
        if (!shape.acronym && !shape.nameLike) continue;
        const { written } = shape;
        // A known acronym written like a name, as some administrations do (« la Caf », « l’Apl »).
        const asName = shape.nameLike && known[written.toUpperCase()] !== undefined;
        const acronym = asName ? written.toUpperCase() : written;
        // « l’aide sociale à l’enfance (Ase) »: an acronym written like a name, in brackets after its words.
        // It is explained there: « ASE » later in the text is not reported (fiche F970, fifth reading).
        if (shape.nameLike && !asName && !shape.acronym) {
          const upper = written.toUpperCase();
          if (!seen.has(upper) && inBracketsAlone(source, word)) {
            const at = sentence.words.indexOf(word);
            if (followsItsWords(acronymLetters(upper), sentence.words, at)) seen.add(upper);
          }
          continue;
        }
        if (word.kind !== 'word' || !(asName || isAcronym(acronym)) || isSmallRoman(acronym) || LICENCE_CATEGORY.test(acronym) || allow.has(acronym) || seen.has(acronym)) continue;
        // « permis CE », « (C, CE, C1, C1E, D, DE) »: a licence category, not an acronym to spell out.
        if (LICENCE_TRAILER.test(acronym) && aboutLicence(sentence.words)) continue;
        const at = sentence.words.indexOf(word);
        if (LATIN_NUMBERS.has(acronym) && sentence.words[at - 1]?.kind === 'number') continue;
        // « normes NF EN 12975 » (ninth reading): the reference of a standard, written as on the product.
        // « norme NF P90-306 » (fourteenth reading): a code of letters and digits after it.
        if (NORM_PARTS.has(acronym) && [sentence.words[at - 1], sentence.words[at + 1]].some((other) => other !== undefined && (other.kind === 'number' || NORM_PARTS.has(other.value) || /^\p{Lu}{0,2}\d/u.test(other.value)))) continue;
        if (source[(word.position.start.offset ?? 0) - 1] === '(' && extendsAcronymBefore(sentence.words, at, acronym)) {
          // Explained there: « CAPD » later in the text is not reported (« Des CAP départementales (CAPD) », fiche F18797).
          extensions.add(word);
          seen.add(acronym);
          continue;
        }
        // « (CDII ou CD2I) »: the other way to write the same acronym.
        if (sentence.words[at - 1]?.normal === 'ou' && extensions.has(sentence.words[at - 2]!)) {
          seen.add(acronym);
          continue;
        }
        if (!known[acronym] && (capitalsTitle ??= inCapitalsTitle(sentence))) continue;
        // A word in capitals to shout (« GRATUIT », « OÙ ALLER ? »): the rule `majuscules` reports it.
        if (!known[acronym] && isShouted(sentence.words, at)) continue;
        if (!known[acronym] && isNameInCapitals(acronym)) continue;
        // « GAUTIER DUMAS », « MARTIN ALAIN » (fiche F2621, eighth reading): a short word in capitals next to a name in
        // capitals is a name too, here and later in the file (« 2nde partie : DUMAS »).
        if (!known[acronym] && (capitalNames.has(acronym) || (sayable(acronym) && nextToName(sentence.words, at, source)))) {
          capitalNames.add(acronym);
          continue;
        }
        seen.add(acronym);
        // Explained by the text: « X veut dire … », « X, c’est … », or by what it does in the next sentence
        // (« Allez à la CAF. Elle verse les aides. »).
        if (explained.words.has(acronym.toLowerCase()) || explainsPrevious(facts.sentences[index + 1])) continue;
        // The explanation may stand in the same sentence, the sentence before or after, or, for a heading,
        // in the block that follows it.
        const block = facts.blocks[sentence.block];
        const around: FalcSentence[] = [facts.sentences[index - 1], sentence, facts.sentences[index + 1]].filter(
          (candidate): candidate is FalcSentence => candidate !== undefined,
        );
        if (block?.type === 'heading') around.push(...(facts.blocks[sentence.block + 1]?.sentences ?? []));
        const full = known[acronym];
        // Words in full that do not follow the letters one by one (« FAcile à Lire et à Comprendre »):
        // the known words of the acronym written around it.
        const fullText = full ? comparable(full) : undefined;
        if (around.some((candidate) => spellsOut(acronym, candidate.words, written) || (fullText !== undefined && comparable(candidate.text).includes(fullText)))) continue;
        // « AT (Autriche), GR (Grèce) » (fiche F2843, eighth reading): a short code, then the name it stands for in brackets.
        const after = word.position.end.offset ?? 0;
        if (written.length <= 3 && !known[acronym] && CODE_THEN_NAME.test(source.slice(after, after + 40))) continue;
        // « … dans la fonction publique (FIPHFP) »: the words in full just before, the acronym alone in brackets.
        if (inBracketsAlone(source, word) || afterDash(source, word)) {
          const letters = acronymLetters(acronym);
          if (followsItsWords(letters, sentence.words, at) || followsItsWordsInAnyOrder(letters, sentence.words, at)) continue;
          // « une épreuve en circulation (CIR) » (fiche F2843, eighth reading): the start of the word just before.
          const previousWord = stripAccents(sentence.words[at - 1]?.normal ?? '');
          if (acronym.length >= 3 && previousWord.startsWith(stripAccents(acronym.toLowerCase()))) continue;
        }
        // The words in full and the acronym after them, as the message asks (« Allez au centre communal d’action sociale
        // (CCAS) »): the reader meets the acronym again later. Before, the replacement took the acronym away. None after
        // a plural word (« Certaines Caf », page N31343, sixth reading): the words in full would need their plural.
        const before = sentence.words[at - 1]?.normal;
        const plural = PLURAL_BEFORE.has(before ?? '');
        // « votre identifiant ANTS » (ninth reading): after a noun, the words in full need « de l' » (« identifiant
        // Agence nationale… » is not French); only after a determiner, a preposition, « et », « ou » or nothing.
        const fits = shape.elided > 0 || before === undefined || BEFORE_NAME.has(before);
        const expected = full && !plural && fits ? [`${full} (${written})`] : [];
        report(
          `Le sigle « ${written} » n’est pas expliqué. Beaucoup de lecteurs ne connaissent pas les sigles. La première fois, écrivez aussi les mots en entier${full ? ` : « ${full} »` : ''}.`,
          { place: shape.elided > 0 ? shifted(word, shape.elided) : word.position, actual: written, expected },
        );
      }
    });
  },
});
