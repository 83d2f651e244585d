/**
 * Spelling suggestions for a word that is not in the dictionary, computed only for the words that are
 * reported, capped and bounded in time. Best first:
 * 1. the same letters with other accents (« batiment » → « bâtiment »), and an ending that sounds the
 *    same (« papiés » → « papiers », « dossié » → « dossier »: « é », « er », « ez », « ée » are one sound);
 * 2. two words glued together (« queles » → « que les »: both parts are words);
 * 3. forms one edit away, then two edits away (insert, delete, replace, swap two letters),
 *    the most frequent French words first;
 * after « vous », a verb in « -ez » before the others (« Vous dev faire » → « devez »).
 */
import { capitalizeFirst } from '../../src/engine/capitalize.ts';
import { stripAccents } from '../../src/engine/normalize.ts';
import type { FrequencyTable } from '../../src/language/frequencies.ts';
import type { SpellingLookup } from '../../src/language/spelling-lookup.ts';

/** Work for one word's search two edits away: letters of the automaton visited (about 20 ms). */
const WORD_STEPS = 60_000;
/**
 * Endings that French readers hear the same way: a word written with one of them is often meant with
 * another (« le dossié », « les papiés », « vous allé »). Longest first.
 */
const SAME_SOUND_ENDINGS = ['ées', 'ers', 'és', 'ée', 'er', 'ez', 'é'];
/** The plural is kept: « papiés » → « papiers », never « papier ». */
const PLURAL = new Set(['ées', 'ers', 'és', 'ez']);
const SINGULAR = new Set(['ée', 'er', 'ez', 'é']);

/** The words made by changing the ending of `word` for another one that sounds the same. */
function sameSoundEndings(word: string): string[] {
  const ending = SAME_SOUND_ENDINGS.find((candidate) => word.length > candidate.length + 1 && word.endsWith(candidate));
  if (!ending) return [];
  const stem = word.slice(0, -ending.length);
  const group = ending.endsWith('s') ? PLURAL : SINGULAR;
  return [...group].filter((other) => other !== ending).map((other) => stem + other);
}

/**
 * Prefixes that turn a word into its opposite (« inexploitation », « dépublier », « désavantage »; not « a », which starts too many words typed with an extra letter): the word
 * without them is never suggested, it would say the contrary.
 */
const REVERSING_PREFIXES = ['in', 'im', 'il', 'ir', 'dés', 'dé', 'mé', 'non'];
/**
 * True when `form` is `word` without the prefix that reverses it, maybe with another change: « exploitation »
 * for « inexploitation », « normalité » for « anormalitée ». A form that keeps the prefix is kept (« anormalité »).
 */
function losesReversingPrefix(word: string, form: string): boolean {
  return REVERSING_PREFIXES.some((prefix) => {
    if (!word.startsWith(prefix) || word.length - prefix.length < 4 || form.startsWith(prefix)) return false;
    return stripAccents(form).startsWith(stripAccents(word.slice(prefix.length, prefix.length + 3)));
  });
}

/**
 * First parts of a compound that are not written alone: « pré reprise » or « supra légale » is never
 * right (`orthographe` accepts « préreprise »), so a word is not cut after them.
 */
const BOUND_PREFIXES = new Set(['pré', 'dé', 'ré', 'supra', 'infra', 'anti', 'inter', 'intra', 'extra', 'multi', 'pluri', 'poly', 'semi', 'co', 'uni', 'auto', 'post', 'néo', 'micro', 'macro', 'télé', 'socio', 'psycho']);
/** An elided word glued to the next one: « nayant » (n’ayant), « lexploitation », « quil ». */
const GLUED_ELISION = /^(qu|[cdjlmnst])([aeiouyhàâéèêîïôû].+)$/u;
/** A word glued to an acronym: « auCSA » (au CSA). */
const GLUED_ACRONYM = /^(\p{Ll}+)(\p{Lu}{2,})$/u;
/** A unit glued to the next word: « 11 kWet dont » (« kW et », fiche F2832, eighth reading: « et » dropped the unit). */
const GLUED_UNIT = /^(kWh|kW|MW|W|kg|mg|g|km|cm|mm|ml|cl)(\p{Ll}{2,})$/u;

/** Words that never end a sentence: glued to a word with a capital, they start the same sentence (« ouActe »). */
const NEVER_LAST = new Set(['ou', 'et', 'ni', 'mais', 'puis', 'donc', 'de', 'du', 'des', 'le', 'la', 'les', 'un', 'une', 'au', 'aux', 'en', 'par', 'pour', 'sur', 'avec', 'sans', 'dans', 'vers', 'chez', 'que', 'qui', 'dont', 'votre', 'vos', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces']);
/** A word, then a word with a capital: « enfantUn ». */
const GLUED_SENTENCE = /^(\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u;

/**
 * The 2 parts of a glued word are words that French texts use: the dictionary also lists symbols and rare
 * words (« seln » was told « se ln » before « selon », « doloris » « do loris », « télésoins » « télés oins »).
 * Each part has a vowel; both are in the frequency list, or one is and the other is a long word (« apatrideou »
 * → « apatride ou », « passeportjustificatif » → « passeport justificatif »).
 */
function areWordParts(left: string, right: string, frequencies: FrequencyTable | undefined): boolean {
  const vowel = /[aeiouyàâéèêëîïôûù]/u;
  if (!vowel.test(left) || !vowel.test(right)) return false;
  if (frequencies === undefined) return true;
  const leftCommon = frequencies.forms.has(left);
  const rightCommon = frequencies.forms.has(right);
  return (leftCommon && rightCommon) || (leftCommon && [...right].length >= 7) || (rightCommon && [...left].length >= 7);
}

/** Suggestions kept per word for the whole process (a word misspelt in many files is searched once). */
const cache = new Map<string, string[]>();
const CACHE_SIZE = 5000;

/**
 * Suggestions for `word` (as written, `’` already turned into `'`), at most `limit`. With `far`, forms
 * two edits away are searched too (bounded in work, so that the same word always gets the same answer).
 */
/** « l'f… », « d'n… »: an elided word before a consonant, never French. */
const ELISION_BEFORE_CONSONANT = /^(?:[ldjmnst]|qu)'[^aeiouyhàâäéèêëîïôöùûüœæ]/u;

export function suggestSpelling(lookup: SpellingLookup, word: string, limit: number, far: boolean, frequencies?: FrequencyTable, before?: string): string[] {
  // After « vous », the verb ends in « -ez » (« Vous dev faire » → « devez », not « de »).
  const afterVous = before !== undefined && /^vous$/i.test(before);
  const key = `${limit}:${far ? 2 : 1}:${afterVous ? 'vous:' : ''}${word}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const capital = word.charAt(0) !== word.charAt(0).toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
  const lower = word.toLowerCase();
  const bare = stripAccents(lower);
  const scores = new Map<string, number>();
  const add = (form: string, score: number) => {
    // A name or an elided form is not suggested for a common word.
    if (form === lower || (form.includes("'") && !lower.includes("'"))) return;
    // « l'fion » for « l'nion » (eleventh reading): an elision is only French before a vowel or an « h ».
    if (ELISION_BEFORE_CONSONANT.test(form)) return;
    if (losesReversingPrefix(lower, form)) return;
    const name = form !== form.toLowerCase();
    if (name && !capital) return;
    const frequency = frequencies?.forms.get(form.toLowerCase()) ?? 0;
    // A common word before a name (« Courier » → « Courrier » before « Fourier »).
    const value = score + (name ? 0.5 : 0) - Math.min(frequency, 10_000) / 100_000;
    const old = scores.get(form);
    if (old === undefined || value < old) scores.set(form, value);
  };
  // Two words glued together.
  const letters = [...lower];
  for (let cut = 1; cut < letters.length; cut++) {
    const left = letters.slice(0, cut).join('');
    const right = letters.slice(cut).join('');
    if ((left.length > 1 || /^[aày]$/.test(left)) && !BOUND_PREFIXES.has(left) && right.length > 1 && lookup.has(left) && lookup.has(right) && areWordParts(left, right, frequencies)) {
      // The cut whose rarer part is more common first: « neufsou » → « neufs ou » before « neuf sou » (seventh reading).
      const rarer = Math.min(frequencies?.forms.get(left) ?? 0, frequencies?.forms.get(right) ?? 0, 10_000);
      // « dans le cadre dela même restructuration » (sixteenth session): « delà » came first. 2 small words glued
      // together (« de la », « à la ») come before a word with an accent.
      add(`${left} ${right}`, NEVER_LAST.has(left) && NEVER_LAST.has(right) ? -0.2 : 0.9 - rarer / 100_000);
    }
  }
  // As good as an accent: the most frequent word wins (« papiés » → « papiers » before « papies »).
  for (const form of sameSoundEndings(lower)) if (lookup.has(form)) add(form, 0);
  const near = lookup.near(lower, 1, 200);
  for (const form of near) add(form, stripAccents(form) === bare ? 0 : 1);
  if (scores.size < limit && far) {
    for (const form of lookup.near(lower, 2, 400, WORD_STEPS)) add(form, stripAccents(form) === bare ? 0 : 2);
  }
  if (afterVous) {
    // « dev » → « devez », « pouv » → « pouvez »; and among the forms found, the one in « -ez » first.
    for (const form of [`${lower}ez`, `${lower.replace(/[eé]$/u, '')}ez`]) if (form !== lower && lookup.has(form)) scores.set(form, Math.min(scores.get(form) ?? 0, -0.5));
    for (const [form, score] of scores) if (form.endsWith('ez')) scores.set(form, score - 0.5);
  }
  // An elided word without its apostrophe comes first: « nayant » → « n’ayant », never « ayant » (the
  // negation would be lost).
  const elision = GLUED_ELISION.exec(lower);
  if (elision && lookup.has(elision[2]!)) {
    scores.delete(elision[2]!);
    scores.set(`${elision[1]}’${elision[2]}`, -1);
  }
  // A word glued to an acronym (« auCSA »): only « au CSA », the acronym is not a word to respell.
  const acronym = GLUED_ACRONYM.exec(word);
  if (acronym && lookup.has(acronym[1]!)) {
    scores.clear();
    scores.set(`${acronym[1]} ${acronym[2]}`, -1);
  }
  const unit = GLUED_UNIT.exec(word);
  if (unit && lookup.has(unit[2]!)) {
    scores.clear();
    scores.set(`${unit[1]} ${unit[2]}`, -1);
  }
  // The end of a sentence glued to the next one (« pour un enfantUn enfant de moins de 10 ans », fiche F628,
  // fifth reading): « enfant. Un », with the capital kept. « enfant un » made a wrong sentence.
  const sentences = GLUED_SENTENCE.exec(word);
  // « ouKbis », « auDasen » (tenth reading): a name glued after « ou », « au »: « ou Kbis », not « ouais ».
  if (sentences && NEVER_LAST.has(sentences[1]!) && !lookup.has(sentences[2]!.toLowerCase())) {
    scores.clear();
    scores.set(`${sentences[1]} ${sentences[2]}`, -1);
  } else if (sentences && lookup.has(sentences[1]!) && lookup.has(sentences[2]!.toLowerCase())) {
    scores.clear();
    // « (valide ou périmée)ouActe de naissance » (fiche F21091, seventh reading): a sentence never ends with « ou »;
    // « ou acte », not « ou. Acte ».
    const next = NEVER_LAST.has(sentences[1]!) ? `${sentences[1]} ${sentences[2]!.toLowerCase()}` : `${sentences[1]}. ${sentences[2]}`;
    scores.set(next, -1);
  }
  const result = [...scores.entries()]
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([form]) => (capital ? capitalizeFirst(form) : form));
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, result);
  return result;
}
