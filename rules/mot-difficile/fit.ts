/**
 * Replacements of a jargon entry are written for its dictionary form (« délivrer » → « donner », « bénéficier
 * de » → « avoir »). Put in place of another form they make wrong French: « le certificat est donner »,
 * « bénéficier d'une information » → « avoir information ». This module gives them the form of the word as
 * written when that is sure, and nothing otherwise: the message then names the simpler word without
 * offering it as a replacement (`expected`).
 */
import { normalizeWord } from '../../src/engine/normalize.ts';
import type { JargonEntry } from './jargon.ts';
import { DETERMINER_GENDER, genderOf, genderOfNoun } from './genders.ts';
import { capitalizeFirst } from '../../src/engine/capitalize.ts';
import { ELIDED_BEFORE_VOWEL } from '../../src/language/word-kinds.ts';

/** Verbs in -er that do not follow the regular pattern in every form (« aller » → « va », « envoyer » → « enverra »). */
const IRREGULAR_ER = new Set(['aller', 'envoyer', 'renvoyer']);

/** Endings that these verbs still take regularly: « envoyée », « envoyez », « allait ». */
const REGULAR_IN_ALL = new Set(['é', 'ée', 'és', 'ées', 'ez', 'ons', 'ait', 'ais', 'aient', 'ant', 'er']);

/** Endings of a regular verb in -er, longest first (`er` in jargon.ts): « donnée » → stem « donn » + « ée ». */
const ER_ENDINGS = ['erions', 'eriez', 'erons', 'eront', 'aient', 'erait', 'erais', 'erai', 'eras', 'erez', 'era', 'ait', 'ais', 'ant', 'ées', 'ent', 'ons', 'ez', 'ée', 'és', 'es', 'er', 'é', 'e'];

/** The article that « de » + article leaves after a verb that takes none: « bénéficier d'une aide » → « avoir une aide ». */
const ARTICLE_AFTER_DE: Readonly<Record<string, string>> = { du: 'le', des: 'des', "d'un": 'un', "d'une": 'une' };

/** Words before a noun that show it is plural: « les époux » are not « les mari ». */
const PLURAL_BEFORE = new Set(['les', 'des', 'aux', 'ces', 'ses', 'leurs', 'nos', 'vos', 'mes', 'tes', 'deux', 'trois', 'quatre', 'plusieurs', 'futurs', 'futures', 'certains', 'certaines']);

/** Words after « de » that start a noun phrase: « bénéficier de la prime » → « avoir la prime ». */
const DETERMINERS = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'votre', 'vos', 'mon', 'ma', 'mes', 'notre', 'nos', 'ton', 'ta', 'tes', 'plusieurs', 'certains', 'certaines', 'tous', 'toutes']);

/** A replacement that never changes its form: a phrase that starts with a preposition (« des impôts », « à la main »). */
const INVARIABLE = /^(?:de|des|du|d'|à|au|aux|en|pour|sans|par|avec|sur|sous|chaque)\s|^d'/;

/** Words after an adjective that show the noun phrase goes on: « annuels les plus élevés », « annuel de référence ». */
const NOUN_PHRASE_GOES_ON = new Set(['les', 'le', 'la', 'plus', 'moins', 'de', 'du', 'des', "d'"]);

/** Elided words that have one full form before a consonant (« d'obtenir » → « de recevoir »); « l' » has two (le, la). */
const FULL_FORM: Readonly<Record<string, string>> = { "d'": 'de ', "qu'": 'que ', "n'": 'ne ', "s'": 'se ', "j'": 'je ', "m'": 'me ', "t'": 'te ' };

/** A word that takes « l' », « d' »: a vowel. A word in h is left out (« de handicap », not « d'handicap »). */
const VOWEL_START = /^[aeiouyàâéèêëîïôûù]/i;

/** « à les » → « aux », « de le » → « du »: the article glued to the preposition before it. */
function contract(text: string): string {
  return text.replace(/(^|\s)à les$/u, '$1aux').replace(/(^|\s)à le$/u, '$1au').replace(/(^|\s)de les$/u, '$1des').replace(/(^|\s)de le$/u, '$1du');
}

/** A term that is a verb: its replacements are verbs that would need the same ending. */
function isVerbTerm(term: string): boolean {
  return !term.includes(' ') && /(?:er|ir|re|oir)$/.test(term);
}

/** True for a verb in -er whose forms the entry lists as regular (`er` in jargon.ts): « délivrer », « attribuer ». */
function isRegularEr(entry: JargonEntry): boolean {
  const term = entry.term;
  return /^[\p{L}]+er$/u.test(term) && (entry.forms ?? []).includes(`${term.slice(0, -2)}ée`);
}

/** The ending of a form of a regular verb in -er, or undefined: (« délivrées », « délivrer ») → « ées ». */
function erEnding(form: string, infinitive: string): string | undefined {
  const stem = infinitive.slice(0, -2);
  if (!form.startsWith(stem)) return undefined;
  const ending = form.slice(stem.length);
  return ER_ENDINGS.includes(ending) ? ending : undefined;
}

/** « donner » with the ending « ées » → « données ». Undefined when the replacement is not a regular verb in -er. */
function withErEnding(replacement: string, ending: string): string | undefined {
  if (!/^[\p{L}]+er$/u.test(replacement) || (IRREGULAR_ER.has(replacement) && !REGULAR_IN_ALL.has(ending))) return undefined;
  const stem = replacement.slice(0, -2);
  // « changeons », « plaçons »: the stem changes before a or o; such forms are left without a suggestion.
  if (/^[ao]/.test(ending) && /[cg]$/.test(stem)) return undefined;
  return stem + ending;
}

/** Forms of « être » before an adjective: « il est susceptible de » takes « peut », not « qui peut ». */
const FORMS_OF_ETRE = new Set(['est', 'sont', 'être', 'êtes', 'es', 'suis', 'sommes', 'sera', 'seront', 'serez', 'serait', 'seraient', 'était', 'étaient', 'soit', 'soient', 'été', 'étant']);

/** Pronouns that come before an infinitive: « susceptible de vous gêner ». (« le », « la », « leur » are articles too.) */
const PRONOUNS_BEFORE_INFINITIVE = new Set(['vous', 'nous', 'se', "s'", 'en', 'y', 'lui', 'me', "m'", 'te', "t'"]);

/** True when the word can start an infinitive clause: an infinitive (« modifier », « être ») or a pronoun before one. */
function startsInfinitive(word: string | undefined): boolean {
  if (word === undefined) return false;
  return PRONOUNS_BEFORE_INFINITIVE.has(word) || /^\p{L}{2,}(?:er|ir|re|oir)$/u.test(word);
}

/** The elided article or preposition before the word, as written (« l' », « d' »), and the word after it. */
function splitElided(actual: string): [string, string] {
  const match = /^([ldjmnst]'|qu')(.+)$/u.exec(actual);
  return match ? [match[1]!, match[2]!] : ['', actual];
}

/**
 * The replacements in the form of the word as written, or [] when no replacement is sure to fit.
 * `before` and `after` are the normalised words around the jargon (undefined at the sentence's edges).
 */
export function fitReplacements(actualWritten: string, entry: JargonEntry, given: readonly string[], before: string | undefined, after: string | undefined, sharedNoun = false): string[] {
  // « Vous devez néanmoins veiller » → « devez mais veiller » (ninth reading): « mais » joins 2 clauses, it only starts
  // one. Inside the clause, « pourtant » fits.
  const fitted = fitInLowerCase(actualWritten, entry, given, before, after, sharedNoun).filter((replacement) => before === undefined || replacement !== 'mais');
  // « ## Rémunération » → « Salaire », « logement. En conséquence » → « Donc »: the capital of the word as
  // written stays (a heading or a sentence starts with it; `--fix` put « ## salaire » before).
  const first = actualWritten.charAt(0);
  if (first === first.toLowerCase()) return fitted;
  return fitted.map(capitalizeFirst);
}

function fitInLowerCase(actualWritten: string, entry: JargonEntry, given: readonly string[], before: string | undefined, after: string | undefined, sharedNoun: boolean): string[] {
  let replacements = given;
  const actual = normalizeWord(actualWritten);
  const term = normalizeWord(entry.term);
  // « bénéficier de », « dispose d'un »: a verb and its « de ».
  const withDe = /^(.+) de$/.exec(term);
  if (withDe) {
    // « susceptible de » → « qui peut »: a relative clause after a noun, before an infinitive. « susceptible de recours »
    // → « qui peut recours » and « il est susceptible de vous gêner » → « il est qui peut » (sixteenth reading) are not French.
    if (replacements.every((value) => value.startsWith('qui ')) && ((before !== undefined && FORMS_OF_ETRE.has(before)) || !startsInfinitive(after))) return [];
    return fitWithDe(actual, withDe[1]!, replacements, after);
  }
  const [elided, word] = splitElided(actual);
  // « chez vous », « là où vous habitez » take the place of a whole phrase (« à votre domicile » → « chez vous »),
  // never of the noun alone (« à votre chez vous », « justificatif de là où vous habitez »): the message names them.
  replacements = replacements.filter((value) => !/^(?:chez|là où)\s/.test(value));
  // « justificatif de domicile » → « papier qui prouve de domicile », « la résiliation du bail » → « la fin du contrat du bail »:
  // a replacement of 3 words or more does not take a complement with « de ».
  // Only for a noun: a verb takes its « de » with it (« attestant de » is not « prouvant de »).
  if (isNounEntry(entry) && after !== undefined && /^(?:de|du|des|d')$|^d'/.test(after)) replacements = replacements.filter((value) => value.trim().split(/\s+/).length < 3);
  // « au moins 1 trimestre » → « 1 3 mois » (fiche F14044, twelfth reading): a number cannot go after another number.
  if (before !== undefined && /^\d/.test(before)) replacements = replacements.filter((value) => !/^\d/.test(value));
  if (replacements.length === 0) return [];
  if (elided === '' && !isVerbEntry(entry, replacements)) {
    replacements = afterDeterminer(word, replacements, before, after);
    if (replacements.length === 0) return [];
  }
  // « les salaires bruts annuels les plus élevés » → « … chaque année les plus élevés », « le revenu annuel de
  // référence » → « le revenu chaque année de référence » (fourth reading): a phrase with a preposition in the place of
  // an adjective cuts the noun phrase that goes on after it.
  // Only an adjective (one word, not an adverb in « -ment »): « quitter définitivement le logement » → « pour toujours
  // le logement » and « afin que les créanciers » → « pour que les créanciers » stay right.
  const adjective = !term.includes(' ') && !/ment$/.test(term) && !isVerbTerm(term);
  // « régime fiscal et social » → « régime des impôts et social »: another adjective after « et » shares the noun.
  if (adjective && replacements.every((value) => INVARIABLE.test(value)) && ((after !== undefined && NOUN_PHRASE_GOES_ON.has(after)) || sharedNoun)) return [];
  let fitted: string[];
  if (word === term) {
    // « les époux » → « mari » or « femme »: a singular word for a plural noun.
    const pluralNoun = /[sx]$/.test(term) && before !== undefined && PLURAL_BEFORE.has(before);
    if (pluralNoun && !replacements.every((value) => /[sx]$/.test(value.split(' ')[0]!))) return [];
    fitted = [...replacements];
  } else if ((entry.forms ?? []).map((form) => normalizeWord(form)).includes(word) && !isVerbTerm(term) && replacements.every((value) => INVARIABLE.test(value))) {
    // « fiscale » → « des impôts », « annuels » → « chaque année »: a phrase with a preposition does not agree.
    fitted = [...replacements];
  } else if (isRegularEr(entry)) {
    const ending = erEnding(word, term);
    if (ending === undefined) return [];
    const inflected = replacements.map((value) => withErEnding(value, ending));
    if (inflected.some((value) => value === undefined)) return [];
    fitted = inflected as string[];
  } else if ((word === `${term}s` || word === `${term}x`) && !/[sx]$/.test(term)) {
    // « justificatifs » → « papier qui prouve »: only a one-word replacement takes the plural surely.
    if (replacements.some((value) => value.includes(' ') || /[sxz]$/.test(value) || /(al|au|eu|eau)$/.test(value))) return [];
    fitted = replacements.map((value) => `${value}s`);
  } else {
    return [];
  }
  if (elided === '') return fitted;
  // « l'allocation » → « l'aide »; « d'obtenir » → « de recevoir »; « l'époux » → « le mari » or « la femme » is not sure.
  const full = FULL_FORM[elided];
  if (!full && !fitted.every((value) => VOWEL_START.test(value))) return [];
  // « l'acquisition » → « l'achat »: « l' » hides the gender, and the adjectives and participles that follow
  // (« l'acquisition est définitive ») agree with the noun. Only a replacement of the noun's own gender is
  // sure; at the end of the sentence nothing can disagree.
  if (elided === "l'" && after !== undefined) {
    const own = genderOfNoun(word);
    fitted = fitted.filter((value) => {
      const gender = genderOf(value);
      return own !== undefined && gender === own;
    });
    if (fitted.length === 0) return [];
  }
  // The apostrophe as the author writes it: « d’avoir » in a text with « ’ ».
  const written = actualWritten.includes('’') ? elided.replace("'", '’') : elided;
  return fitted.map((value) => (VOWEL_START.test(value) ? written + value : full + value));
}

/** True when the entry is a noun: its forms hold its plural (« justificatifs », « baux » aside). */
function isNounEntry(entry: JargonEntry): boolean {
  const forms = entry.forms ?? [];
  return !entry.term.includes(' ') && (forms.includes(`${entry.term}s`) || forms.includes(`${entry.term}x`));
}

/** True when the entry is a verb and its replacements are verbs: « le fournir » → « le donner » (« le » is a pronoun there). */
function isVerbEntry(entry: JargonEntry, replacements: readonly string[]): boolean {
  return isRegularEr(entry) || (isVerbTerm(normalizeWord(entry.term)) && replacements.length > 0 && replacements.every((value) => /^(?:se |s')?[\p{L}]+(?:er|ir|re|oir)$/u.test(value)));
}

/** Articles that take « l' » before a vowel or a mute h: « le » + « accueil » is wrong French. */
const ELIDING = new Set(['le', 'la', 'du', 'au', 'ce', 'sa', 'ma', 'ta']);

/** Words after a noun that do not agree with it: « le montant de l'aide », « votre délai pour répondre ». */
const NO_AGREEMENT_AFTER = new Set(['de', "d'", 'du', 'des', 'à', 'au', 'aux', 'pour', 'par', 'en', 'sur', 'avec', 'sans', 'dans', 'et', 'ou', 'est', 'sont', 'a', 'ont', 'qui', 'que', "qu'", 'ne', "n'", 'se', "s'", 'vous', 'il', 'elle']);

/** A noun replacement starting with a vowel or an h (« accueil », « héritage »): « le » and « la » become « l' » before it. */
const VOWEL_OR_H = /^[aeiouyàâéèêëîïôûùh]/i;

/**
 * The replacements that can stand after the article or possessive before the word: nouns of the gender
 * that the article shows (« le montant » → « le prix », not « le somme d'argent »), that keep the article
 * as written (« au guichet » → « au bureau », not « au accueil »). With no article before, all are kept.
 */
function afterDeterminer(word: string, replacements: readonly string[], before: string | undefined, after: string | undefined): string[] {
  const shown = before === undefined ? undefined : DETERMINER_GENDER[before];
  // « | Montant net | »: no article, but a word after the noun may agree with it (« somme d'argent net »).
  // The noun's gender is not known: a noun replacement is kept only when no such word follows.
  // « les droits de succession » → « de héritage » (sixth reading): « de », « que », « ne » before a vowel are written
  // « d' », « qu' », « n' », a change outside the replaced word. No such replacement (an h is left out too: most are mute).
  if (before !== undefined && ELIDED_BEFORE_VOWEL.has(before)) replacements = replacements.filter((value) => !VOWEL_OR_H.test(value));
  if (shown === undefined) return replacements.filter((value) => genderOf(value) === undefined || after === undefined || NO_AGREEMENT_AFTER.has(after));
  const wordVowel = VOWEL_OR_H.test(word);
  return replacements.filter((value) => {
    const gender = genderOf(value);
    if (gender === undefined) return false;
    if (ELIDING.has(before!) && VOWEL_OR_H.test(value)) return false;
    if (before === 'cet') return gender === 'm' && VOWEL_OR_H.test(value);
    if (shown === 'plural') return after === undefined || NO_AGREEMENT_AFTER.has(after);
    if (shown === 'm' || shown === 'f') return gender === shown;
    // « son », « votre », « chaque »: the gender does not show. The word's gender shows only in the words that agree with it.
    if (gender !== 'm' && gender !== 'f') return false;
    if (['son', 'mon', 'ton'].includes(before!) && !wordVowel) return gender === 'm';
    if (['son', 'mon', 'ton'].includes(before!) && !VOWEL_OR_H.test(value)) return false;
    return after === undefined || NO_AGREEMENT_AFTER.has(after);
  });
}

/** After a word that is not a verb: « en l'absence des parents » → « sans les parents ». */
const ARTICLE_AFTER_DE_NOUN: Readonly<Record<string, string>> = { du: 'le', des: 'les', "d'un": 'un', "d'une": 'une' };

/**
 * « bénéficier de », « en l'absence de » with the « de » as written: « bénéficier d'une » → « avoir une »,
 * « en l'absence du » → « sans le ». A conjugated verb (« bénéficiez de ») gets no replacement: « avoir »
 * would need the same person. After a verb, a bare « de » (« bénéficier de congés ») needs « des »: only
 * a « de » before a determiner (« de la prime ») keeps the replacement.
 */
function fitWithDe(actual: string, head: string, replacements: readonly string[], after: string | undefined): string[] {
  const match = /^(.+) (de|du|des|d'un|d'une|d')$/.exec(actual);
  if (!match) return [];
  const [, written, de] = match;
  if (written !== head) return [];
  const isVerb = !head.includes(' ') && /(?:er|ir|re|oir)$/.test(head);
  // A replacement that keeps its own « de » (« se servir de ») fits only the bare « de ».
  if (replacements.some((value) => /\s(?:de|d')$/.test(value))) return de === 'de' ? [...replacements] : [];
  if (de === 'de') return !isVerb || (after !== undefined && (DETERMINERS.has(after) || after.startsWith("l'"))) ? [...replacements] : [];
  if (de === "d'") return isVerb ? [] : [...replacements];
  const article = (isVerb ? ARTICLE_AFTER_DE : ARTICLE_AFTER_DE_NOUN)[de!];
  return article === undefined ? [] : replacements.map((value) => contract(`${value} ${article}`));
}
