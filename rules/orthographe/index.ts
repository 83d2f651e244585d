import { isLiteral } from 'nlcst-is-literal';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { isAddressLike, sourceBetween } from '../_shared/chunks.ts';
import type { FalcSentence, FalcWord } from '../../src/engine/types.ts';
import type { Lexicon } from '../../src/language/lexicon.ts';
import { isProperNounForm, isRaisedOrdinalEnding, mainPart, wordForm } from '../../src/language/word-kinds.ts';
import { normalizeWord } from '../../src/engine/normalize.ts';
import { memoizeWord } from '../../src/language/word-memo.ts';
import { MISSING_WORDS } from './missing-words.ts';
import { suggestSpelling } from './suggest.ts';

export const options = z
  .object({
    /** Number of suggestions given for a word. */
    suggestions: z.number().int().min(0).max(10).default(3),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** True when the word is known another way: frequency list, glossary, project words, words the dictionary lacks. */
function known(normal: string, language: Lexicon): boolean {
  const main = mainPart(normal);
  if (MISSING_WORDS.has(main)) return true;
  if (language.allowed.has(normal) || language.allowed.has(main)) return true;
  if (language.glossary.hasToken(main)) return true;
  const table = language.frequencies;
  if (table && (table.forms.has(main) || main.split('-').every((part) => part.length < 2 || table.forms.has(part)))) return true;
  return false;
}

/** What the rule asks about a written word whatever its sentence, found once per form for a lexicon. */
interface WordVerdict {
  /** Never judged: an acronym, an address, a word known another way (`known`). */
  skipped: boolean;
  /** `wordForm`: starts with a capital after its elided clitic (a proper noun, but maybe first in its sentence). */
  capitalized: boolean;
  /** `wordForm`: no elided clitic. */
  whole: boolean;
  /** Holds a digit: never judged (a number, a reference). */
  digit: boolean;
  /** The word with `'` for `’`: its spelling is not judged anywhere in the file when the word is skipped. */
  key: string;
}

/** Verdicts per lexicon (its lists never change). */
const verdictsByLexicon = new WeakMap<Lexicon, (value: string) => WordVerdict>();

function verdictsIn(language: Lexicon): (value: string) => WordVerdict {
  let verdicts = verdictsByLexicon.get(language);
  if (!verdicts) {
    verdicts = memoizeWord((value: string): WordVerdict => {
      const form = wordForm(value);
      return {
        skipped: form.acronym || isAddressLike(value) || known(normalizeWord(value), language),
        capitalized: form.capitalized,
        whole: form.whole,
        digit: /\d/.test(value),
        key: value.includes('’') ? value.replace(/’/g, "'") : value,
      };
    });
    verdictsByLexicon.set(language, verdicts);
  }
  return verdicts;
}

/** Numbers and times are not judged (as retext-spell does). */
const DIGITS = /^\d+$/;
const TIME = /^\d{1,2}:\d{2}(?:[ap]\.?m\.?)?$/i;

/** Units of measure written with a sign or a capital: « cm² », « m³ », « kW », « kWh ». */
const UNIT = /^(?:[mcdk]?m[²³]|[kMG]?Wh?|kWc)$/;

/** Prefixes glued to a dictionary word in administrative French: « cotitulaire », « suroccupé », « polypensionné ». */
const GLUED_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  // [prefix, shortest word after it]: long enough that a typo (« comission ») is not read as prefix + word.
  ['co', 8],
  ['sur', 6],
  ['poly', 6],
  ['multi', 5],
  // « un contrat monosupport » beside « multisupports » (thirteenth reading).
  ['mono', 6],
  ['pluri', 5],
  ['uni', 5],
  // « préreprise », « supralégale », « infralégal », « antigaspillage », « interrégimes ».
  ['pré', 6],
  ['supra', 5],
  // « les superlivrets » (sixteenth session).
  ['super', 6],
  ['infra', 5],
  ['anti', 6],
  ['inter', 6],
  ['intra', 5],
  // « télépilote », « télépiloté » (fiche F34630, 8 messages), « télésoins », « autoentrepreneur ».
  ['télé', 5],
  ['auto', 6],
  // « Méningocoque de sérogroupe C » (fiche F724, fifth reading).
  ['séro', 6],
  // Tenth reading: « vélopartage », « paracycloniques », « dépublier ».
  ['vélo', 6],
  ['para', 6],
  ['dé', 6],
];

/**
 * « proratisé », « forfaitisation »: a verb in « -iser » (or its noun in « -isation ») made from a known
 * noun or adjective, with or without its last vowel (« prorata » → « proratiser »).
 */
const MADE_WITH_ISER = /^(\p{L}{4,}?)is(?:er|é|ée|és|ées|e|es|ent|ons|ez|ation|ations|ateur|ateurs|atrice|atrices)$/u;

/** « inexploitation », « inobservation »: the privative « in- » before a vowel, glued to a known word of 7 letters or more. */
const PRIVATIVE_IN = /^in[aeiouyéèêâîôû]/u;

/** First parts of a compound written with a hyphen: « iso-ressources », « socio-médico-judiciaire », « cyber-café ». */
const COMBINING_FORMS = new Set(['co', 'iso', 'éco', 'socio', 'médico', 'cyber', 'psycho', 'bio', 'micro', 'macro', 'néo', 'post', 'pré', 'inter', 'intra', 'extra', 'multi', 'pluri', 'semi', 'para', 'péri', 'télé', 'électro', 'euro', 'franco', 'hydro', 'mono', 'poly']);

/** The word without the elided word glued before it (ASCII apostrophe): « l'éco-participation » → « éco-participation ». */
function withoutElidedWord(word: string): string {
  return word.replace(/^(?:[ldjmnst]|qu)'/iu, '');
}

/**
 * True when a word the dictionary lacks is made of a known word and a prefix (`GLUED_PREFIXES`) or of
 * combining forms before a known word (`COMBINING_FORMS`): a real French word the dictionary does not list.
 */
function isDerivedWord(actual: string, correct: (word: string) => boolean): boolean {
  // « l'éco-participation »: the elided article aside.
  const bare = withoutElidedWord(actual);
  // « éco-PTZ »: a part in capitals is an acronym (rule `sigle`), not a word to spell.
  const parts = bare.split('-').map((part) => (/^\p{Lu}{2,6}$/u.test(part) ? '' : part.toLowerCase()));
  const lower = bare.toLowerCase();
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    // « vasculo-cérébrales », « broncho-pulmonaire » (fiche F35160): a learned first part in « -o » of 4 letters or more.
    return (last === '' || correct(last)) && parts.slice(0, -1).every((part) => part === '' || COMBINING_FORMS.has(part) || correct(part) || /^\p{L}{3,}o$/u.test(part));
  }
  for (const [prefix, shortest] of GLUED_PREFIXES) {
    if (lower.startsWith(prefix) && lower.length - prefix.length >= shortest && correct(lower.slice(prefix.length))) return true;
  }
  // « une ALD exonérante »: the feminine of an adjective in -ant or -ent that the dictionary lists in the masculine.
  const masculine = /(?:an|en)tes?$/.test(lower) ? lower.replace(/es?$/, '') : undefined;
  if (masculine && masculine.length >= 6 && correct(masculine)) return true;
  // « les examens prénataux » (fiche F760, fifth reading): the plural in -aux of an adjective in -al.
  if (lower.length >= 8 && lower.endsWith('aux') && correct(`${lower.slice(0, -3)}al`)) return true;
  const madeWithIser = MADE_WITH_ISER.exec(lower);
  if (madeWithIser && [madeWithIser[1]!, `${madeWithIser[1]}a`, `${madeWithIser[1]}e`].some((stem) => stem.length >= 5 && correct(stem))) return true;
  // « des infractions sanctionnables » (sixteenth session): an adjective in « -able » made from a verb in « -er ».
  const able = /^(\p{L}{5,})ables?$/u.exec(lower);
  if (able && correct(`${able[1]}er`)) return true;
  return PRIVATIVE_IN.test(lower) && lower.length - 2 >= 7 && correct(lower.slice(2));
}

/** Endings of the international names of medicines (« lévonorgestrel », « ulipristal », « amoxicilline »): not in the dictionary, not misspelt. */
const MEDICINE = /(?:gestrel|pristal|cilline|mycine|cycline|prazole|statine|sartan|pril|floxacine|azépam|azolam|parine|vir|mab|tinib|olol|triptan)$/u;

/**
 * Words that introduce a name or a term: the word after them is named, not used (« La carte retrouvée
 * (appelée primata) », fiche F34796). Its spelling is the text's own.
 */
const NAMING = new Set(['appelé', 'appelée', 'appelés', 'appelées', 'nommé', 'nommée', 'nommés', 'nommées', 'dénommé', 'dénommée', 'dénommés', 'dénommées', 'surnommé', 'surnommée', 'intitulé', 'intitulée', 'intitulés', 'intitulées']);

/**
 * A name made of two words and an apostrophe that is not an elision: « Pass'études », « Crit'Air »,
 * « Form'Action ». The name of an offer or a label, written as its owner writes it.
 */
const APOSTROPHE_NAME = /^\p{Lu}\p{L}+'\p{L}+$/u;
const ELIDED_FIRST = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)'/iu;

/** Words between a naming word and its term: « appelé également flat tax », « nommé aussi … ». */
const NAMING_ADVERBS = new Set(['également', 'aussi', 'encore', 'parfois', 'souvent', 'communément']);
/** Words after « appelé » that show a verb, not a term: « appelé à signer », « appelé par le juge ». */
const NOT_A_TERM = new Set(['à', 'a', 'au', 'aux', 'par', 'pour', 'de', 'en', 'dans', 'sur', 'le', 'la', 'les', "l'"]);
/** « on appelle », « on nomme »: the term follows, after a determiner (`TERM_DETERMINERS`). */
const ON_CALLS = new Set(['appelle', 'appellent', 'nomme', 'nomment']);
const TERM_DETERMINERS = new Set(['le', 'la', 'les', 'un', 'une', 'des']);
/** Words of a named term, at most. */
const NAMED_WORDS = 3;

/**
 * The words (lower case) of the terms a text names: up to 3 words after « appelé », « nommé », « intitulé » (and
 * « également », « aussi »…), to the next sign (« un prélèvement forfaitaire unique de 30 %, appelé également flat
 * tax », fiche F2613, eighth reading: « tax » was told « ta », « tas »; « la carte retrouvée (appelée primata) »).
 */
function namedTerms(sentences: readonly FalcSentence[], source: string): string[] {
  const terms: string[] = [];
  for (const sentence of sentences) {
    const words = sentence.words;
    for (let index = 0; index < words.length; index++) {
      // « C'est ce qu'on appelle le cashback » (fiche F2421, eleventh reading): « on appelle », then a determiner.
      const onCalls = ON_CALLS.has(words[index]!.normal) && /^(?:qu['’]|l['’])?on$/u.test(words[index - 1]?.normal ?? '');
      if (!onCalls && !NAMING.has(words[index]!.normal)) continue;
      let at = index + 1;
      while (at < words.length && NAMING_ADVERBS.has(words[at]!.normal)) at++;
      if (onCalls && TERM_DETERMINERS.has(words[at]?.normal ?? '')) at++;
      // « vous êtes appelé à signer »: a verb, not a name.
      if (NOT_A_TERM.has(words[at]?.normal ?? '')) continue;
      for (let count = 0; count < NAMED_WORDS && at < words.length; count++, at++) {
        const word = words[at]!;
        if (word.kind !== 'word') break;
        terms.push(withoutElidedWord(word.value.replace(/’/g, "'")).toLowerCase());
        // The term ends at a sign: « appelé flat tax, qui … ».
        const next = words[at + 1];
        if (!next || !/^\s+$/.test(sourceBetween(source, word, next))) break;
      }
    }
  }
  return terms;
}

/** The characters glued before `start` (up to 60), back to the last space: « https://teleservices. » before « ac-academie ». */
function glued(source: string, start: number): string {
  let at = start;
  while (at > 0 && start - at < 60 && !/\s/u.test(source.charAt(at - 1))) at--;
  return source.slice(at, start);
}

/** A web address written without « www » or « https »: « le site ameli.direct ». */
const BARE_DOMAIN = /^\p{Ll}[\p{Ll}\d-]*(?:\.\p{Ll}[\p{Ll}\d-]*)*\.\p{Ll}{2,}$/u;

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
  check({ facts, file, options, report, language }) {
    if (!language.hasSpelling || facts.words.length === 0) return;
    // Words not to judge; their spellings are not judged anywhere in the file either.
    const skip = new Set<string>();
    const candidates: Array<{ sentence: FalcSentence; word: FalcWord }> = [];
    const verdictOf = verdictsIn(language);
    for (const sentence of facts.sentences) {
      const words = sentence.words;
      for (let index = 0; index < words.length; index++) {
        const word = words[index]!;
        if (word.kind !== 'word' || word.quoted) {
          skip.add(word.value.includes('’') ? word.value.replace(/’/g, "'") : word.value);
          continue;
        }
        const verdict = verdictOf(word.value);
        // A web or e-mail address (« www.caf.fr ») is not a French word. A proper noun (`isProperNoun`) is
        // not judged: a capital inside the sentence, or first in it and missing from the frequency list.
        if (verdict.skipped || isProperNounForm(verdict, index, word.normal, language.frequencies)) {
          skip.add(verdict.key);
        } else if (!verdict.digit) {
          candidates.push({ sentence, word });
        }
      }
    }
    if (candidates.length === 0) return;
    // The lookup is read at the first word that no other list knows.
    const lookup = language.spelling;
    if (!lookup) return;
    // « l'ensap » after « (Ensap) »: a name the text writes elsewhere with a capital, in any case.
    const names = new Set([...skip].map((value) => withoutElidedWord(value).toLowerCase()));
    const source = String(file.value ?? '');
    // « appelé également flat tax »: the term the text names is not judged, here or anywhere in the file.
    for (const term of namedTerms(facts.sentences, source)) names.add(term);
    const irrelevant = (value: string) => skip.has(value) || names.has(withoutElidedWord(value).toLowerCase()) || DIGITS.test(value) || TIME.test(value);
    let far = FAR_SUGGESTIONS;
    for (const { sentence, word } of candidates) {
      const node = word.nodes[0]!;
      const position = sentence.node.children.indexOf(node);
      // A word between brackets or quotes, or a term being defined (« mot : … »), is mentioned, not used.
      if (position < 0 || isLiteral(sentence.node, position)) continue;
      const actual = word.value.replace(/’/g, "'");
      if (irrelevant(actual)) continue;
      if (APOSTROPHE_NAME.test(actual) && !ELIDED_FIRST.test(actual)) continue;
      const wordIndex = sentence.words.indexOf(word);
      let correct = lookup.correct(actual);
      if (!correct && node.children.length > 1) {
        // « rendez-vous », « l'État »: each part is judged.
        correct = node.children.every((child) => child.type !== 'TextNode' || irrelevant(child.value) || lookup.correct(child.value));
      }
      // « mètre/seconde² » (fiche F2390, eleventh reading): a unit written in words, squared or cubed.
      if (!correct && /[²³]$/u.test(actual)) correct = lookup.correct(actual.slice(0, -1));
      if (correct || UNIT.test(actual) || isDerivedWord(actual, (part) => lookup.correct(part))) continue;
      // « devai(en)t »: inclusive writing, the word is cut at the bracket and goes on after it.
      const end = word.position.end.offset ?? 0;
      if (/^\(\p{L}{1,4}\)\p{L}/u.test(source.slice(end, end + 8))) continue;
      // « (de type https://teleservices.ac-academie) »: the rest of a web address, even without a known ending.
      const gluedBefore = glued(source, word.position.start.offset ?? 0);
      if (gluedBefore.includes('://') || /^www\./iu.test(gluedBefore)) continue;
      // « une 2^nde phase » (fiche F21012, seventh reading): the end of an ordinal raised with « ^ », not a word (the
      // rule `caractere-special` reports the « ^ »).
      if (gluedBefore.endsWith('^') && isRaisedOrdinalEnding(sentence.words, wordIndex)) continue;
      if (MEDICINE.test(actual.toLowerCase()) || BARE_DOMAIN.test(actual) || /^k?wh?$/i.test(actual)) continue;
      // « médico éducatif »: a first part of a compound, with its hyphen missing. Told « médical » before.
      const lowerActual = actual.toLowerCase();
      const following = sentence.words[wordIndex + 1];
      // « broncho pneumopathie » (fiche F35160, seventeenth reading: « bronche » was suggested): a learned first part
      // in « -o », before a word of the dictionary.
      const learnedFirstPart = /^\p{Ll}{4,}o$/u.test(actual) && following?.kind === 'word' && /^\p{Ll}/u.test(following.value) && lookup.correct(following.value);
      if (COMBINING_FORMS.has(lowerActual) || learnedFirstPart) {
        const joined = following?.kind === 'word' && source.slice(end, following.position.start.offset ?? 0) === ' ' ? `${word.value}-${following.value}` : undefined;
        report(
          `Le mot « ${word.value} » s’écrit avec le mot suivant, avec un trait d’union.${joined ? ` Vous vouliez peut-être écrire « ${joined} » ?` : ''}`,
          { place: joined ? { start: word.position.start, end: following!.position.end } : word.position, actual: joined ? source.slice(word.position.start.offset ?? 0, following!.position.end.offset ?? 0) : word.value, ...(joined ? { expected: [joined] } : {}) },
        );
        continue;
      }
      const before = sentence.words[wordIndex - 1];
      const suggestions = options.suggestions > 0 ? suggestSpelling(lookup, actual, options.suggestions, far-- > 0, language.frequencies, before?.value) : [];
      report(
        `Le mot « ${word.value} » n’est pas dans le dictionnaire. Vérifiez son orthographe.${suggestions.length > 0 ? ` Vous vouliez peut-être écrire « ${suggestions[0]} » ?` : ''}`,
        { place: word.position, actual: word.value, ...(suggestions.length > 0 ? { expected: suggestions } : {}) },
      );
    }
  },
});
