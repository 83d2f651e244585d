import type { Position } from 'unist';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import type { FalcWord } from '../../src/engine/types.ts';
import { NORM_PARTS } from '../_shared/norms.ts';
import { MONTHS, sourceBetween } from '../_shared/chunks.ts';
import { trimEnd } from '../../src/engine/trim.ts';

export const options = z
  .object({
    /** Numbers above this value are flagged. */
    max: z.number().int().min(10).default(1000),
    /** Amounts of money (« 1 500 € », « 1 500 euros ») stay allowed: readers need the exact amount. */
    allowMoney: z.boolean().default(true),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** Words after which a number is a code, not a quantity: a phone, a form, an article, a file number. */
const CODE_WORDS = new Set([
  'numéro', 'numéros', 'n', 'no', 'nº', 'tél', 'tel', 'téléphone', 'appelez', 'appeler', 'composez', 'composer', 'code', 'codes',
  'cerfa', 'formulaire', 'formulaires', 'référence', 'réf', 'ref', 'article', 'articles', 'art', "l'article", "l'art",
  'dossier', 'allocataire', 'matricule', 'siret', 'siren', 'fiche', 'décret', 'loi', 'arrêté', 'circulaire', 'l', 'r', 'd',
  'postal', 'cedex', 'bp', 'cs', 'tc', 'rue', 'box', 'identifiant', 'id', 'fax', 'portable', 'mobile', 'standard', 'ligne',
  'version', 'modèle', 'annexe', 'chapitre', 'page', 'pages', 'p', 'bus', 'ligne', 'vol', 'vol.', 'porte', 'bureau', 'salle',
  'appartement', 'bâtiment', 'bât', 'pin', 'sms',
]);

/** Words of a sentence about phones: a short number (« le 3919 », « au 33700 ») there is a phone number. */
const PHONE_TOPIC = new Set(['numéro', 'numéros', 'sms', 'texto', 'appel', 'appels', 'appeler', 'appelez', 'téléphone', 'téléphonique', 'bloquer', 'spam', 'composez']);

/** Words before « million » or « milliard » written in words: « un million », « des milliards ». */
const NUMBER_BEFORE_SCALE = new Set(['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'des', 'plusieurs', 'quelques', 'cent', 'mille']);

/** Words after a street number: « 1200 avenue de la mer ». */
const STREET_WORDS = new Set(['rue', 'avenue', 'av', 'boulevard', 'bd', 'chemin', 'route', 'allée', 'impasse', 'place', 'quai', 'square', 'voie', 'cours', 'bis', 'ter', 'quater']);

/** Small words skipped when looking back for a code word: « le numéro de téléphone est le 3939 ». */
const FILLERS = new Set(['le', 'la', 'les', 'de', 'du', 'des', "l'", 'au', 'à', 'est', 'sont', 'c\'est', 'un', 'une', 'vert', 'gratuit', 'unique', 'national']);

/** Words that say that a number is money. */
const MONEY = /^(€|euros?|eur|k€|m€|\$|dollars?|£|livres?|francs?|d'euros|d’euros|centimes?|dts)$/i;

/**
 * Words before a number that make it a limit or a part of a calculation (« plus de 3 500 km », « entre 1 500
 * et 3 500 km », « (4 000 - 1 525) x »): « beaucoup » in its place is not French and loses the limit.
 */
const LIMIT_WORDS = new Set(['de', "d'", 'à', 'au', 'aux', 'entre', 'et', 'ou', 'plus', 'moins', 'dépasse', 'dépasser', 'excède', 'excéder', 'par', 'soit', 'x', 'maximum', 'minimum', 'jusqu\'à', 'jusqu\'au', 'delà', 'divisé', 'multiplié']);

/** Words after a number that say it is money even with no sign: « 150 000 d'amende ». */
const FINE_WORDS = new Set(["d'amende", 'd’amende', 'amende', 'amendes', "d'amendes"]);

/** Words before a number with cents that say it is money: « 120 heures de Smic (1 218,00) ». */
const MONEY_NOUNS = new Set(['ressources', 'plafond', 'plafonds', 'smic', 'salaire', 'salaires', 'montant', 'montants', 'loyer', 'loyers', 'prix', 'somme', 'sommes', 'pension', 'pensions', 'indemnité', 'indemnités', 'allocation', 'allocations', 'cotisation', 'cotisations', 'rémunération', 'revenu', 'revenus']);

/** An operator of arithmetic right before or after the number (a bracket may stand between): « (1 525 - 610) x ». */
function isCalculationTerm(source: string, word: FalcWord): boolean {
  const start = word.position.start.offset ?? 0;
  const end = word.position.end.offset ?? 0;
  const left = source.slice(Math.max(0, start - 6), start);
  const right = source.slice(end, end + 6);
  // « - 15 000 personnes »: a dash at the start of a list item is not a minus; a minus or an « x » follows a number or a bracket.
  if (/^[\s\u00a0\u202f]*\)?[\s\u00a0\u202f]*(?:[=×*+−/]|-\s|x\s)/u.test(right)) return true;
  // Trimmed with loops, not with a run before $ (tests/robustness/regex-shapes).
  const sign = trimEnd(left, /[\s\u00a0\u202f(]/u);
  if (/[=×*]$/u.test(sign)) return true;
  if (!/[+−/-]$|(?:^|[^\p{L}])x$/u.test(sign)) return false;
  return /[\d)]$/.test(trimEnd(sign.slice(0, -1), /[\s\u00a0\u202f]/u));
}

/** Words before a number that announce a date or a year: « en 2026 », « mars 2026 ». */
const YEAR_WORDS = new Set(['en', "l'an", 'an', 'année', "jusqu'en", ...MONTHS]);

function parseValue(value: string): number | undefined {
  let compact = value.replace(/[\s\u00a0\u202f\u2009]/g, '');
  // « 80.000 », « 1.500.000 »: dots between groups of 3 digits, an old way to write thousands.
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) compact = compact.replace(/\./g, '');
  if (!/^\d+(,\d+)?$/.test(compact)) return undefined;
  return Number(compact.replace(',', '.'));
}

/** « 1 312,5 par mois », « 15 750 par an »: a sum per period. */
const PER_PERIOD = /^[\s\u00a0\u202f]+par[\s\u00a0\u202f]+(?:mois|an|année|jour|semaine)(?![\p{L}])/u;
/** « 30 000 habitants ou plus », « 10 000 et plus »: a threshold, exact on purpose (« beaucoup » would lose it). */
const OR_MORE = /^[\s\u00a0\u202f]*(?:[\p{L}'’-]+[\s\u00a0\u202f]+){0,2}(?:ou|et)[\s\u00a0\u202f]+(?:plus|moins)\b(?![\s\u00a0\u202f]+(?:de|d['’]|que|qu['’])(?![\p{L}]))/u;
/** The number is the first limit of a range: « 3750 à 3999 », « 1 000 - 1 999 ». */
const RANGE_AFTER = /^[\s\u00a0\u202f]*(?:à|-|–)[\s\u00a0\u202f]*\d/u;
/** The number is the last limit of a range: the text before it ends with a digit, then « à », « - » or « – ». */
function endsWithRange(text: string): boolean {
  const beforeSign = trimEnd(text, /\s/u);
  if (!/(?:^|[\s\d])(?:à|-|–)$/u.test(beforeSign)) return false;
  return /\d$/.test(trimEnd(beforeSign.slice(0, -1), /\s/u));
}

/** « plus de », « moins de », « au moins », « jusqu'à » right before the number: a limit. */
function wordsBeforeLimit(words: readonly FalcWord[], index: number): boolean {
  const before = words[index - 1]?.normal;
  const beforeThat = words[index - 2]?.normal;
  return (before === 'de' && (beforeThat === 'plus' || beforeThat === 'moins')) || (before === 'moins' && beforeThat === 'au') || before === "jusqu'à";
}

/** The text right after a word in the source, to see a « € », a « * » or « millions ». */
function after(source: string, word: FalcWord, length = 24): string {
  const end = word.position.end.offset ?? 0;
  return source.slice(end, end + length);
}

function before(source: string, word: FalcWord, length = 4): string {
  const start = word.position.start.offset ?? 0;
  return source.slice(Math.max(0, start - length), start);
}

/** « beaucoup de personnes », « beaucoup d’habitants ». */
function beaucoupDe(written: string): string {
  const noun = written.replace(/^d['’]/u, '');
  return /^[aeiouyàâéèêëîïôûùh]/i.test(noun) ? `beaucoup d’${noun}` : `beaucoup de ${noun}`;
}

/** Nouns that can follow a number and be counted: plural words, not small grammar words. */
const NOT_COUNTED = new Set(['dans', 'sans', 'sous', 'plus', 'moins', 'tous', 'vous', 'nous', 'les', 'des', 'ses', 'mes', 'ces', 'vos', 'nos', 'pas', 'mais', 'alors', 'puis', 'depuis', 'après', 'très', 'leurs', 'aux', 'dès', 'chez']);

/** `grand-nombre`: a large number (« 15 000 personnes »), except money, years, phones and codes. */
export default defineRule({
  id: 'grand-nombre',
  title: 'Grand nombre',
  severity: 'warning',
  options,
  check({ facts, file, options, report }) {
    const source = String(file.value ?? '');
    /** Limits already told (« 2 000 habitants » after « moins de »): a fiche repeats them in each of its parts. */
    const toldLimits = new Set<string>();
    for (const [sentenceIndex, sentence] of facts.sentences.entries()) {
      const words = sentence.words;
      for (let index = 0; index < words.length; index++) {
        const word = words[index]!;
        // « un million de personnes », « des milliards d’habitants »: a large number in words.
        // « m » first: most words are answered without the pattern.
        if (word.kind === 'word' && word.normal.charCodeAt(0) === 109 && /^milli(on|ard)s?$/.test(word.normal) && NUMBER_BEFORE_SCALE.has(words[index - 1]?.normal ?? '')) {
          const de = words[index + 1];
          const noun = de && (de.normal === 'de' || de.normal.startsWith("d'")) ? (de.normal === 'de' ? words[index + 2] : de) : undefined;
          const nounText = noun ? noun.value.replace(/^d['’]/u, '') : undefined;
          if (options.allowMoney && nounText && MONEY.test(nounText)) continue;
          const first = words[index - 1]!;
          const last = noun ?? word;
          const place: Position = { start: first.position.start, end: last.position.end };
          const actual = source.slice(place.start.offset ?? 0, place.end.offset ?? 0);
          const counted = nounText && /[sx]$/.test(nounText) ? nounText : undefined;
          const expected = counted ? [beaucoupDe(counted)] : ['beaucoup'];
          report(
            `« ${actual} » est un grand nombre. Les grands nombres sont difficiles à imaginer. Écrivez plutôt « ${expected[0]} », ou comparez avec une chose connue.`,
            { place, actual, expected },
          );
          continue;
        }
        if (word.kind !== 'number') continue;
        let value = parseValue(word.value);
        if (value === undefined) continue;
        const compact = word.value.replace(/[\s\u00a0\u202f\u2009]/g, '');
        const next = after(source, word);
        const previousText = before(source, word);
        // Glued to other signs: « 16029*01 », « n°12504 », « +33 », « A4 », « 12504/01 ».
        if (/^[*°º/\-.:_]|^\p{L}/u.test(next) || /[*°º#+\-/.:_\p{L}]$/u.test(previousText)) continue;
        // « 2 millions de personnes ».
        const scale = /^\s+(millions?|milliards?)\b/i.exec(next);
        if (scale) value *= scale[1]!.toLowerCase().startsWith('milliard') ? 1e9 : 1e6;
        if (value <= options.max) continue;
        // A number right after another number: « 0 800 123 456 » (a free phone number), « 12 15 000 ».
        const previousWord = words[index - 1];
        if (previousWord?.kind === 'number' && /^\s$/u.test(previousText.slice(-1)) && (previousWord.position.end.offset ?? -2) === (word.position.start.offset ?? 0) - 1) continue;
        // Phones: 10 digits starting with 0, short numbers such as 3939 after « appelez ».
        if (/^0\d{9}$/.test(compact) || /^0\d( \d{2}){4}$/.test(word.value)) continue;
        // Short national numbers: « 3919 » (violence against women), « 3939 », « 3977 ».
        if (/^39\d{2}$/.test(word.value)) continue;
        // European numbers of social use: « 116 117 » (a doctor at night), « 116 000 », « 116 006 ».
        if (/^116\d{3}$/.test(compact)) continue;
        const nextWord = words[index + 1];
        const afterScale = scale ? words[index + 2] : nextWord;
        // Money: « 1 500 € », « 1 500 euros », « 2 millions d’euros ».
        // « 1,3 million € » (fiche F563, seventeenth reading): the sign after the scale word.
        const moneyAfter = /^\s*(€|\$|£)/.test(next) || (scale !== null && /^\s*(€|\$|£)/.test(after(source, word, 40).slice(scale[0].length))) || (afterScale !== undefined && MONEY.test(afterScale.normal)) || (afterScale?.normal === 'de' && MONEY.test(words[index + (scale ? 3 : 2)]?.normal ?? ''));
        const moneyRange = /^\s*(et|à|ou|-|–)\s*[\d\s\u00a0\u202f]+(€|euros?\b)/i.test(after(source, word, 40));
        if (options.allowMoney && (moneyAfter || moneyRange || /[€$£]$/.test(trimEnd(previousText, /\s/)))) continue;
        // Money written without its sign: « 150 000 d'amende », « 3 478,46 par an (soit 289,87 € par mois) ».
        if (options.allowMoney && (FINE_WORDS.has(afterScale?.normal ?? '') || (/^\d+,\d{2}$/.test(compact) && sentence.words.some((other) => /€|^euros?$/i.test(other.value) || /^\s*€/.test(after(source, other, 3)))))) continue;
        // « de Smic (1 218,00) »: cents after a word of money before it in the sentence.
        // « Lorsque le salaire moyen de référence du salarié est supérieur à 3 078,84 » (fiche F14018, twelfth reading):
        // the word of money anywhere before it in the sentence.
        if (options.allowMoney && /^\d+,\d{2}$/.test(compact) && words.slice(0, index).some((other) => MONEY_NOUNS.has(other.normal))) continue;
        // « Les ressources de votre couple ne doivent pas dépasser 1 312,5 par mois. (soit 15 750 par an). » (fourteenth
        // reading): a sum per month or per year, its € sign lost, in a sentence about money (or the one before).
        if (options.allowMoney && PER_PERIOD.test(next) && [facts.sentences[sentenceIndex - 1], sentence].some((other) => other?.words.some((candidate) => MONEY_NOUNS.has(candidate.normal) || /€|^euros?$/i.test(candidate.value)))) continue;
        // « | 3750 à 3999 | 26 | » (fiche F34474: 146 messages): a limit of a band in a table, exact on purpose;
        // a table of bands is read line by line, and no known thing compares with each limit.
        // So is a limit in a table's header: « | Jusqu'à 2 000 km | De 2 001 à 10 000 km | Plus de 10 000 km | » (fiche F527).
        // « | 30 000 habitants ou plus | » (fiches of the eleventh reading): the last band's limit, with its noun.
        const blockType = facts.blocks[sentence.block]?.type;
        const limitAfter = OR_MORE.test(after(source, word, 40));
        // « ## Dans une commune de plus de 5 000 habitants », « ### Moins de 2 000 habitants » (twelfth and thirteenth
        // readings): a heading that picks the reader's case, as the bands of a table do.
        // « ### De 1 500 à 3 500 km » between « Jusqu'à 1 500 km » and « Plus de 3 500 km » (sixteenth session): a band.
        const inRange = RANGE_AFTER.test(after(source, word, 16)) || endsWithRange(before(source, word, 16));
        if (blockType === 'heading' && (wordsBeforeLimit(words, index) || limitAfter || inRange)) continue;
        // « | 9000 à 9249 | 34 | 32 | 1088 | » (fiche F34474, sixteenth session: 7 false alarms in 297 messages): a number
        // alone in its cell is a value the reader looks up in the row that fits them, exact on purpose.
        if (blockType === 'tableCell' && sentence.words.length === 1) continue;
        if (blockType === 'tableCell' && (limitAfter || inRange || LIMIT_WORDS.has(words[index - 1]?.normal ?? ''))) continue;
        // « NF EN ISO 7010 » (fiche F35081, eleventh reading): the number of a standard, not a quantity.
        if (NORM_PARTS.has(words[index - 1]?.value ?? '') && /^[\s\u00a0]$/u.test(previousText.slice(-1))) continue;
        // « 1 an de travail à temps complet, soit 1 607 heures » (eleventh reading): the number is already said
        // another way before « soit »; that is the comparison the message asks for.
        if (words[index - 1]?.normal === 'soit' && words.slice(0, index - 1).some((other) => other.kind === 'number')) continue;
        // A term of a calculation: « (1 525 - 610) x 3,41 % », « 4 000 - 1 525 = 2 475 ». The calculation is reported whole, not each number.
        if (isCalculationTerm(source, word)) continue;
        // « divisée par 1200 », « multiplié par 1 000 »: a calculation in words.
        if (words[index - 1]?.normal === 'par' && /^(?:divisée?s?|multipliée?s?)$/.test(words[index - 2]?.normal ?? '')) continue;
        // « 1972,1973, 1974 »: years in a list with no space after the comma, not a decimal number.
        if (/^(?:19|20)\d{2},(?:19|20)\d{2}$/.test(compact)) continue;
        // Years: 4 digits between 1900 and 2100 written without a space.
        // « 2 000 élèves » with a space is a quantity, not the year 2000.
        const yearLike = /^\d{4}$/.test(word.value);
        if (yearLike && value >= 1900 && value <= 2100) continue;
        if (yearLike && YEAR_WORDS.has(words[index - 1]?.normal ?? '')) continue;
        // Postal codes: 5 digits with no space, before or after a town name.
        if (/^\d{5}$/.test(compact) && (nextWord === undefined || /^\p{Lu}/u.test(nextWord.value) || /^\p{Lu}/u.test(words[index - 1]?.value ?? '') || /^0/.test(compact))) continue;
        // « bloquer des numéros en utilisant le 33700 » (tenth reading): a short phone number, in a sentence about phones.
        if (/^\d{4,5}$/.test(word.value) && /^(?:le|au)$/.test(words[index - 1]?.normal ?? '') && words.some((other) => PHONE_TOPIC.has(other.normal))) continue;
        // Codes: after « numéro », « Cerfa », « article », « appelez le »…
        let back = index - 1;
        // « cerfa n°11423 et 10397 », « articles 1641 et 1647 », « formulaire (2734 ou 2735 …) »: the word before the first number.
        while (back >= 0 && (FILLERS.has(words[back]!.normal) || ((words[back]!.normal === 'et' || words[back]!.normal === 'ou') && words[back - 1]?.kind === 'number'))) {
          back -= FILLERS.has(words[back]!.normal) ? 1 : 2;
        }
        if (back >= 0 && words[back]!.kind === 'number') {
          // « n°11423 et 10397 »: the first number glued to « n° ».
          if (/n\s*[°º]$/i.test(trimEnd(before(source, words[back]!, 6), /\s/))) continue;
          back--;
          while (back >= 0 && FILLERS.has(words[back]!.normal)) back--;
        }
        const codeWord = words[back]?.normal.replace(/\.$/, '');
        if (codeWord && CODE_WORDS.has(codeWord) && !FILLERS.has(codeWord)) continue;
        if (/n\s*[°º]$|\bno$/i.test(trimEnd(previousText + '', /\s/))) continue;
        // A model of number plate: « 1234 AB 56 » (fiche F34300), not a quantity.
        if (/^[\s\u00a0]+\p{Lu}{1,3}[\s\u00a0-]+\d{2,3}(?!\d)/u.test(next)) continue;
        // A street number: « 1200 avenue de la mer », « 1024 bis rue Haute ».
        if (nextWord && STREET_WORDS.has(nextWord.normal)) continue;
        // Built the suggestion: « beaucoup de personnes » when a counted noun follows.
        const noun = afterScale && afterScale.kind === 'word' && !scale ? afterScale : scale ? words[index + 2] : undefined;
        const nounAfterDe = noun && noun.normal === 'de' ? words[index + 3] : undefined;
        const counted = nounAfterDe ?? noun;
        // The noun follows the number after a space or « de », never after a bracket: « 1 525) x ».
        const between = counted ? sourceBetween(source, word, counted) : '';
        const isNoun =
          counted !== undefined &&
          counted.kind === 'word' &&
          counted.normal.length > 2 &&
          /^[\s\u00a0\u202f]*(?:(?:millions?|milliards?)[\s\u00a0\u202f]+)?(?:de[\s\u00a0\u202f]+)?$/u.test(between) &&
          /[sx]$/.test(counted.normal) &&
          !NOT_COUNTED.has(counted.normal);
        // « beaucoup » only replaces a number that counts things, not a limit or a term of a calculation.
        const wordBefore = words[index - 1]?.normal;
        const inLimit = limitAfter || (wordBefore !== undefined && LIMIT_WORDS.has(wordBefore)) || /[(=×*+\-/x<>≤≥]$/u.test(trimEnd(previousText, /\s/)) || /^\s*[)=×*+\-/]|^\s+x\s/u.test(next);
        const last = isNoun ? counted! : scale ? words[index + 1]! : word;
        const place: Position = { start: word.position.start, end: last.position.end };
        const actual = source.slice(place.start.offset ?? 0, place.end.offset ?? 0);
        // « avec 4 800 points : (4 800 x 0,48511) / 12 »: the exact number is used in a calculation of the sentence.
        const sentenceText = source.slice(words[0]!.position.start.offset ?? 0, words[words.length - 1]!.position.end.offset ?? 0);
        const inCalculation = /\d[\s\u00a0\u202f]*\)?[\s\u00a0\u202f]*[x×*/=][\s\u00a0\u202f]*\(?[\s\u00a0\u202f]*\d/u.test(sentenceText);
        // « Durée légale annuelle : 1 607 heures » (fiche F32428): the value of a label, exact on purpose;
        // « beaucoup d’heures » would lose it.
        const labelValue = /:$/.test(trimEnd(previousText, /\s/));
        const expected = isNoun && !inLimit && !inCalculation && !labelValue ? [beaucoupDe(counted!.value)] : [];
        // The same limit told again (« moins de 2 000 habitants » in 5 parts of fiche F13852, twelfth reading): once a file.
        if (inLimit && expected.length === 0) {
          if (toldLimits.has(actual)) continue;
          toldLimits.add(actual);
        }
        report(
          expected.length > 0
            ? `« ${actual} » est un grand nombre. Les grands nombres sont difficiles à imaginer. Écrivez plutôt « ${expected[0]} », ou comparez avec une chose connue.`
            : `« ${actual} » est un grand nombre. Les grands nombres sont difficiles à imaginer. Si le nombre exact est important, gardez-le et comparez avec une chose connue.`,
          { place, actual, ...(expected.length > 0 ? { expected } : {}) },
        );
      }
    }
  },
});
