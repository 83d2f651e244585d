/**
 * An acronym right after the words it stands for: « centre communal d’action sociale (CCAS) ». Shared by
 * the rules `sigle` (the acronym is explained) and `ponctuation` (the brackets hold the acronym of the words
 * before them: they hide nothing), so that both rules read the same brackets the same way.
 */
import { splitElision, stripAccents } from '../../src/engine/normalize.ts';

/** A word as the rules read it (a word of the facts or a token): only words (`kind: 'word'`) give letters. */
export interface WordLike {
  kind: string;
  normal: string;
}

/** The letters an explanation must give, in lower case: C2S → css (the digit repeats the letter after it). */
export function acronymLetters(acronym: string): string {
  return acronym.toLowerCase().replace(/(\d)(\p{L})/gu, (_match, digit: string, letter: string) => letter.repeat(Number(digit)));
}

/**
 * A word compared with an acronym's letters: without accents, and « œ », « æ » written in two letters
 * (« œufs » gives the O of « Cecos », « centre d'étude et de conservation des œufs et du sperme »).
 */
export function plainLetters(text: string): string {
  return stripAccents(text).replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/Œ/g, 'OE').replace(/Æ/g, 'AE');
}

/**
 * The parts of a word that may give a letter: « d’action » → d', action; « emploi-service » → emploi, service;
 * « prud'hommes » → prud, hommes (« conseil de prud'hommes (CPH) », fiche F34572).
 */
function partsOf(word: WordLike): string[] {
  return splitElision(word.normal).flatMap((part) => (part.endsWith("'") ? [part] : part.split(/[-']/).filter((piece) => piece !== '')));
}

/**
 * « commission des relations avec les usagers et de la qualité de la prise en charge (CRUQPC) »: each letter
 * (from `acronymLetters`) starts a word, in order, among the words before `at` (any word may be skipped: « avec »,
 * « dans » are small words too). Back from the word before `at`, at most 4 words a letter.
 */
export function followsItsWords(letters: string, words: readonly WordLike[], at: number): boolean {
  let next = letters.length - 1;
  for (let index = at - 1; index >= 0 && index >= at - 4 * letters.length && next >= 0; index--) {
    const word = words[index]!;
    if (word.kind !== 'word') continue;
    const parts = partsOf(word);
    for (let part = parts.length - 1; part >= 0 && next >= 0; part--) {
      if (plainLetters(parts[part]!)[0] === letters[next]) next--;
    }
  }
  return next < 0;
}

/**
 * « Entreprise agricole versant une participation à l'effort de construction (PEAEC) »: the words are not all
 * in the order of the letters (« participation des employeurs agricoles à l'effort de construction »). The word
 * right before `at` gives the last letter, and every letter starts another word among the words before it, in
 * any order (at most 3 words a letter).
 */
export function followsItsWordsInAnyOrder(letters: string, words: readonly WordLike[], at: number): boolean {
  const initials: string[] = [];
  for (let index = at - 1; index >= 0 && index >= at - 3 * letters.length; index--) {
    const word = words[index]!;
    if (word.kind !== 'word') continue;
    for (const part of partsOf(word)) {
      const initial = plainLetters(part)[0];
      if (initial !== undefined && !part.endsWith("'")) initials.push(initial);
    }
  }
  if (lastInitial(words, at) !== letters[letters.length - 1]) return false;
  for (const letter of letters) {
    const found = initials.indexOf(letter);
    if (found < 0) return false;
    initials.splice(found, 1);
  }
  return true;
}

/** The first letter (without accent) of the last part of the last word before `at`. */
export function lastInitial(words: readonly WordLike[], at: number): string | undefined {
  for (let index = at - 1; index >= 0; index--) {
    const word = words[index]!;
    if (word.kind !== 'word') continue;
    const parts = partsOf(word);
    return plainLetters(parts[parts.length - 1] ?? '')[0];
  }
  return undefined;
}

/**
 * The list is the name of an administration, with its acronym in brackets right after it: « la direction régionale
 * de l'alimentation, de l'agriculture et de la forêt (Draaf) », « l'Office national d'indemnisation des accidents
 * médicaux, des affections iatrogènes et des infections nosocomiales (Oniam) » (fiches F3059, F293, eighth reading).
 * Shared by `liste` and `une-idee` (« personnels administratifs, sociaux et de santé, techniques, ouvriers et de
 * service (Tos) », twelfth reading).
 */
export function namesWithAcronym(tokens: ReadonlyArray<WordLike & { value: string }>, last: number): boolean {
  const [open, acronym, close] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  if (open?.value !== '(' || close?.value !== ')' || acronym?.kind !== 'word' || !/^\p{Lu}[\p{L}-]{1,9}$/u.test(acronym.value)) return false;
  // The letters of the acronym are the initials of the words before it (not « Lyon, Marseille et Toulouse (France) »).
  const letters = acronymLetters(plainLetters(acronym.value));
  return followsItsWords(letters, tokens, last + 1) || followsItsWordsInAnyOrder(letters, tokens, last + 1);
}
