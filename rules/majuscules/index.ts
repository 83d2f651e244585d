import type { Position } from 'unist';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { splitElision, stripAccents } from '../../src/engine/normalize.ts';
import type { FalcWord } from '../../src/engine/types.ts';
import { KNOWN_ACRONYMS } from '../sigle/known.ts';
import { COMMON_WORDS } from './common-words.ts';
import { sourceBetween } from '../_shared/chunks.ts';

export const options = z
  .object({
    /** Words in capitals that are allowed (names of services, brands), written as in the text. */
    allow: z.array(z.string()).default(['OK', 'SMS', 'TV', 'WC']),
    /** A single word in capitals is flagged from this many letters (shorter ones only in a group of words). */
    minLetters: z.number().int().min(2).default(4),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** Short common words: a group « VOUS DEVEZ VENIR », « LE DOSSIER » is shouting, not an acronym. */
const SHORT_WORDS = new Set([
  'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'ou', 'à', 'au', 'aux', 'en', 'ne', 'pas', 'il', 'on', 'se', 'sa', 'son',
  'ses', 'ce', 'ces', 'je', 'tu', 'me', 'te', 'si', 'ni', 'y', 'ma', 'ta', 'mon', 'ton', 'mes', 'tes', 'nos', 'vos', 'est', 'qui',
  'que', 'par', 'sur', 'oui', 'non', 'moi', 'toi', 'lui', 'eux', 'bon', 'fin', 'ici', 'là', 'vie', 'jour', 'vos', 'tous',
]);

/** Acronyms that became words: they are the business of the rule `sigle`, not shouting. */
const WORD_ACRONYMS = ['SIDA', 'OVNI', 'CEDEX', 'PACS', 'SAMU', 'SMIC', 'RADAR', 'LASER', 'UNESCO', 'UNICEF', 'OTAN', 'INSEE', 'ASSEDIC', 'ANPE', 'HLM', 'DALO', 'ESAT', 'EHPAD', 'CERFA'];

/** First names that are also common words: « Jean BLANC », « Pierre PETIT ». */
const FIRST_NAMES = new Set(['jean', 'pierre', 'rose', 'marie', 'claude', 'olive', 'prudence', 'constance', 'aimé', 'blanche', 'victoire', 'clément', 'france', 'régis', 'ange', 'désiré']);

const CIVILITIES = new Set(['m', 'm.', 'mme', 'mlle', 'mr', 'monsieur', 'madame', 'mademoiselle', 'dr', 'docteur', 'me', 'maître', 'pr']);

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

let stripped: Map<string, string> | undefined;
/** Common words without their accents: « etat » → « état » (capitals often lose accents). */
function accentless(): Map<string, string> {
  if (!stripped) {
    stripped = new Map();
    for (const word of COMMON_WORDS) {
      const key = stripAccents(word);
      if (!stripped.has(key)) stripped.set(key, word);
    }
  }
  return stripped;
}

/** A word written in capitals: « ATTENTION », « L’ATTESTATION », « RENDEZ-VOUS ». */
function isCapitals(value: string): boolean {
  // Such a word ends with a capital: most words end with a small ASCII letter and are answered at once.
  const last = value.charCodeAt(value.length - 1);
  if (last >= 97 && last <= 122) return false;
  return /^(?:\p{Ll}{1,6}['’])?[\p{Lu}'’-]+$/u.test(value) && (value.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/^[-'’]|[-'’]$/.test(value);
}

/** The parts of a word in capitals, in lower case: « L’ATTESTATION » → [l', attestation]. */
function parts(word: FalcWord): string[] {
  return splitElision(word.normal).flatMap((part) => (part.endsWith("'") ? [part] : part.split('-')));
}

/** The common word a part stands for, with its accents when the capitals dropped them, or undefined. */
/** Long words with a French ending are words, not acronyms, even when rare: « ATTESTATION », « LOGEMENT ». */
const FRENCH_ENDING = /(tion|tions|ment|ments|ence|ances?|ité|ités|eur|eurs|ique|iques|aire|aires|able|ables|elle|elles|ette|ettes|age|ages|ure|ures|oire|isme|iste|ée|ées)$/;

/** Acronyms carry no accents: a long word with an accented letter (« VACCINÉ », « FERMÉE ») is a word. */
const ACCENTED = /[àâäéèêëîïôöùûüç]/;

/** Short words that are shouted alone (« votre carte ET votre ordonnance », « en BAS de la page »), never acronyms. */
const SHOUTED_SHORT = new Set(['et', 'ou', 'ni', 'non', 'oui', 'bas', 'ici', 'moi', 'lui', 'eux', 'nul', 'rien', 'pas']);

function common(part: string, short: boolean): string | undefined {
  if (part.endsWith("'")) return part;
  if ([...part].length >= 7 && FRENCH_ENDING.test(part)) return part;
  if ([...part].length >= 5 && ACCENTED.test(part)) return part;
  if (COMMON_WORDS.has(part) || (short && (SHORT_WORDS.has(part) || SHOUTED_SHORT.has(part)))) return part;
  if (part === stripAccents(part)) {
    const found = accentless().get(part);
    if (found) return found;
    if (short) for (const word of SHORT_WORDS) if (stripAccents(word) === part) return word;
  }
  return undefined;
}

/**
 * Words the text itself shows as acronyms: written alone in brackets, as after their long form
 * (« crédit d’impôt pour la transition écologique (CITE) »).
 */
function acronymsDefinedIn(source: string): Set<string> {
  const defined = new Set<string>();
  if (!source.includes('(')) return defined;
  for (const match of source.matchAll(/\((\p{Lu}{2,})\)/gu)) defined.add(match[1]!);
  return defined;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/** Nouns after which one word in capitals is the name of a register, a file or a scheme: « répertoire SIRENE », « fichier FICOBA ». */
// « la loi ELAN » (tenth reading: « élan » was suggested): the name of a law, written as the law writes it.
// « votre n° OCEAN », « votre numéro OCEAN » (fiche F23476, eleventh reading: « océan » was suggested): the name of the
// system that gives the number.
const NAMED_BY = new Set(['numéro', 'identifiant', 'répertoire', 'fichier', 'registre', 'base', 'logiciel', 'application', 'plateforme', 'site', 'dispositif', 'programme', 'réseau', 'système', 'label', 'opération', 'plan', 'portail', 'loi', 'lois', 'décret', 'ordonnance', 'règlement', 'directive']);

/** `majuscules`: words in capitals used to shout (« ATTENTION », « VOUS DEVEZ VENIR »), acronyms aside. */
export default defineRule({
  id: 'majuscules',
  title: 'Mots en majuscules',
  severity: 'error',
  options,
  check({ facts, file, options, report }) {
    const source = String(file.value ?? '');
    const allow = new Set([...options.allow, ...Object.keys(KNOWN_ACRONYMS), ...WORD_ACRONYMS, ...acronymsDefinedIn(source)]);
    const isAcronymLike = (word: FalcWord): boolean => allow.has(word.value) || ROMAN.test(word.value);
    /** Words of the groups in capitals read as names (« MARTIN ALAIN »). */
    const names = new Set<string>();
    for (const sentence of facts.sentences) {
      const words = sentence.words;
      for (let index = 0; index < words.length; index++) {
        if (words[index]!.kind !== 'word' || !isCapitals(words[index]!.value)) continue;
        let end = index;
        // A run of words in capitals is one group only between spaces: « permis B1, B, BE, C, D, CE, DE » (fiche F2843,
        // eighth reading) is a list of codes; « CE, DE » read as one group got « ce de ».
        while (end + 1 < words.length && words[end + 1]!.kind === 'word' && isCapitals(words[end + 1]!.value) && /^\s*$/.test(sourceBetween(source, words[end]!, words[end + 1]!))) end++;
        const run = words.slice(index, end + 1);
        const next = index;
        index = end;
        const previous = words[next - 1];
        const following = words[end + 1];
        // « Madame PETIT », « Jean PETIT », « PETIT Jean »: a surname in capitals, as forms write it.
        if (previous && CIVILITIES.has(previous.normal.replace(/\.$/, ''))) continue;
        // A capitalised word in lower case after it: a first name, unless it is a common word starting the sentence (« Le »).
        const mixedName = (word: FalcWord | undefined, at: number) =>
          word !== undefined &&
          word.kind === 'word' &&
          /^\p{Lu}\p{Ll}/u.test(word.value) &&
          (FIRST_NAMES.has(word.normal) || !(COMMON_WORDS.has(word.normal) || SHORT_WORDS.has(word.normal)) || (at > 0 && word === previous));
        const single = run.length === 1;
        // A table cell holding one word in capitals is a name in a table (« | PLAI | PLUS | PLS | », kinds of loans), not shouting.
        if (single && words.length === 1 && facts.blocks[sentence.block]?.type === 'tableCell') continue;
        // « le répertoire SIRENE »: the name of a register, as the administration writes it.
        if (single && previous !== undefined && NAMED_BY.has(previous.normal) && !SHOUTED_SHORT.has(run[0]!.normal)) continue;
        if (single && /n\s?[°º]$/iu.test(source.slice(Math.max(0, (run[0]!.position.start.offset ?? 0) - 4), run[0]!.position.start.offset ?? 0).trimEnd())) continue;
        // « PAS » is shouted only in a negation (« ne faut PAS »): elsewhere it may be an acronym (prêt d’accession sociale).
        const afterNe = words.slice(Math.max(0, next - 3), next).some((word) => word.normal === 'ne' || word.normal.startsWith("n'"));
        const shortShout = single && SHOUTED_SHORT.has(run[0]!.normal) && (run[0]!.normal !== 'pas' || afterNe);
        if (!shortShout && (mixedName(previous, next - 1) || mixedName(following, end + 1))) continue;
        const fixed: string[] = [];
        let commonCount = 0;
        /** Words that are neither common words nor acronyms: names (« MARTIN ALAIN »). */
        let nameCount = 0;
        for (const word of run) {
          if (isAcronymLike(word)) {
            fixed.push(word.value);
            continue;
          }
          const lower = parts(word).map((part) => common(part, !single || shortShout));
          if (lower.every((part) => part !== undefined)) {
            commonCount++;
            fixed.push(
              word.normal
                .split('-')
                .map((piece) => splitElision(piece).map((item) => common(item, !single || shortShout) ?? item).join(''))
                .join('-'),
            );
          } else if (!/[aeiouyàâäéèêëîïôöùûü]/.test(word.normal)) {
            // « DDPP OU DDCSPP » (fiches F34986, F34922): a word without a vowel is an acronym, kept as written
            // (« Ddpp ou Ddcspp » before); only the shouted « OU » changes.
            fixed.push(word.value);
          } else {
            nameCount++;
            fixed.push(capitalise(word.normal));
          }
        }
        if (commonCount === 0) continue;
        // « Nom de l'adoptant : MARTIN ALAIN » (fiche F2621, eighth reading): a surname and a first name, as forms write
        // them; « martin Alain » was suggested. As many names as common words or more: names, not shouting.
        if (!single && nameCount > 0 && nameCount >= commonCount) {
          for (const word of run) names.add(word.value);
          continue;
        }
        // « (1re partie : MARTIN …) » after « MARTIN ALAIN »: the same name again.
        if (single && names.has(run[0]!.value)) continue;
        // « normes NF EN 12975 » (ninth reading: « NF en » was told): the reference of a standard.
        if (run.some((word) => word.value === 'NF' || word.value === 'ISO') && following?.kind === 'number') continue;
        // « prêts PLAI, PLUS ou PLS » (fiche F31601): a word among acronyms is one of them.
        if (single && [previous, following].some((word) => word !== undefined && word.kind === 'word' && isCapitals(word.value) && parts(word).some((part) => common(part, false) === undefined))) continue;
        if (single) {
          const letters = parts(run[0]!).filter((part) => !part.endsWith("'")).join('').length;
          // A short word is shouted when it stands between words in lower case: « votre carte ET votre ordonnance ».
          const lowerAround = (word: FalcWord | undefined) => word === undefined || word.kind !== 'word' || /^\p{Ll}/u.test(word.value);
          const shoutedShort = shortShout && next > 0 && (lowerAround(previous) || lowerAround(following));
          if (letters < options.minLetters && !shoutedShort) continue;
        }
        const sentenceStart = next === 0;
        const text = fixed.join(' ');
        const expected = sentenceStart ? capitalise(text) : text;
        const place: Position = { start: run[0]!.position.start, end: run[run.length - 1]!.position.end };
        const actual = source.slice(place.start.offset ?? 0, place.end.offset ?? 0) || run.map((word) => word.value).join(' ');
        report(
          `« ${actual} » est écrit en majuscules. Un texte en majuscules est difficile à lire. Écrivez en minuscules : « ${expected} ». Pour montrer un mot important, mettez-le en gras.`,
          { place, actual, expected: [expected] },
        );
      }
    }
  },
});
