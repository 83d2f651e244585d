import type { Position } from 'unist';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { chunkPlace, isAddressLike, sentenceChunks, type Chunk } from '../_shared/chunks.ts';
import { trailingRunStart } from '../../src/engine/trim.ts';
import { memoizeWord } from '../../src/language/word-memo.ts';

export const options = z
  .object({
    /** Abbreviations that are allowed in this project, written as in the text (« RDV »). */
    allow: z.array(z.string()).default([]),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** Words before « ex. » that make it the noun « un ex », « mon ex ». */
const DETERMINERS = new Set(['mon', 'ton', 'son', 'un', 'une', "l'", 'le', 'la', 'les', 'votre', 'notre', 'leur', 'cet', 'cette', 'ce', 'ses', 'mes', 'vos', 'nos', 'leurs', "d'", 'des', 'ma', 'ta', 'sa']);

/** Abbreviations that are sure on their own, by exact form. */
const SURE: Readonly<Record<string, string>> = {
  'c.-à-d.': 'c’est-à-dire', 'c.-à-d': 'c’est-à-dire', 'c-à-d': 'c’est-à-dire', 'c-à-d.': 'c’est-à-dire', 'c.à.d.': 'c’est-à-dire',
  'c.à.d': 'c’est-à-dire', 'c.à-d.': 'c’est-à-dire', 'càd': 'c’est-à-dire', 'c-a-d': 'c’est-à-dire', 'c.-a-d.': 'c’est-à-dire',
  'svp': 's’il vous plaît', 's.v.p.': 's’il vous plaît', 's.v.p': 's’il vous plaît',
  'rdv': 'rendez-vous', 'rdv.': 'rendez-vous', 'rdvs': 'rendez-vous',
  'cf.': 'voir', 'cf': 'voir',
  'qqn': 'quelqu’un', 'qqn.': 'quelqu’un', 'qqch': 'quelque chose', 'qqch.': 'quelque chose', 'qqc': 'quelque chose',
  'bcp': 'beaucoup', 'tjrs': 'toujours', 'tjs': 'toujours',
  'p.ex.': 'par exemple', 'p.ex': 'par exemple',
  'n.b.': 'À noter', 'env.': 'environ', 'vs': 'contre', 'vs.': 'contre',
};

/** Titles before a name, case-sensitive. */
const TITLES: Readonly<Record<string, string>> = {
  'M.': 'Monsieur', 'MM.': 'Messieurs', 'Mr': 'Monsieur', 'Mr.': 'Monsieur', 'Mme': 'Madame', 'Mme.': 'Madame', 'Mmes': 'Mesdames',
  'Mlle': 'Mademoiselle', 'Mlle.': 'Mademoiselle', 'Mlles': 'Mesdemoiselles', 'Dr': 'Docteur', 'Dr.': 'Docteur', 'Pr': 'Professeur', 'Pr.': 'Professeur',
};

/** Month abbreviations after a day: « 3 janv. 2026 ». */
const MONTHS: Readonly<Record<string, string>> = {
  'janv.': 'janvier', 'févr.': 'février', 'fév.': 'février', 'fevr.': 'février', 'avr.': 'avril', 'juil.': 'juillet',
  'sept.': 'septembre', 'oct.': 'octobre', 'nov.': 'novembre', 'déc.': 'décembre', 'dec.': 'décembre',
};

/** Days with a dot: « du lun. au ven. », « sam. 3 mai ». */
const DAYS: Readonly<Record<string, string>> = {
  'lun.': 'lundi', 'mar.': 'mardi', 'mer.': 'mercredi', 'jeu.': 'jeudi', 'ven.': 'vendredi', 'sam.': 'samedi', 'dim.': 'dimanche',
};

/** Abbreviations of places before a letter or a number: « bât. B », « appt 12 ». */
const PLACES: Readonly<Record<string, string>> = {
  'bât.': 'bâtiment', 'bât': 'bâtiment', 'appt': 'appartement', 'appt.': 'appartement', 'apt.': 'appartement',
  'dépt': 'département', 'dépt.': 'département', 'dpt': 'département', 'dpt.': 'département', 'esc.': 'escalier', 'ét.': 'étage',
};

/** « 1ère », « 1ere », « 2ème », « 3eme », « 4ième »: ordinals with an ending that is not « e », « er » or « re ». */
const ORDINAL = /^(\d{1,3})(ère|ere|ème|eme|ième|ieme|iè|è)$/u;

/**
 * « 1ère » → « première », « 3ème » → « 3e », « 21ème » → « 21e ». From 2 on, the number stays in digits: the
 * rule `nombre-en-lettres` asks for « 2e » instead of « deuxième » (fiche F510: « 4è » was told « quatrième »,
 * then « quatrième » was told « 4e »).
 */
function ordinalInFull(value: number, ending: string): string {
  if (value === 1) return ending.startsWith('è') || ending.startsWith('e') ? 'première' : 'premier';
  return `${value}e`;
}

interface Found {
  first: Chunk;
  last: Chunk;
  length: number;
  expected: string;
}

/** The text without its closing signs, then dots: « M.). » → « M. » (the old `/[»"”)\],;:!?]+\.*$/u`, in linear time). */
function trimTrailingPunctuation(text: string): string {
  const dots = trailingRunStart(text, /\./);
  const signs = trailingRunStart(text.slice(0, dots), /[»"”)\],;:!?]/u);
  return signs < dots ? text.slice(0, signs) : text;
}

interface Core {
  /** The chunk's text without the punctuation around it, dots kept. */
  core: string;
  /** Length of the opening signs before it. */
  lead: number;
  /** `core` in lower case, `'` apostrophes. */
  lower: string;
  /** False when no branch of `find` can match this chunk (most words): `find` is not run. */
  candidate: boolean;
}

/** Every lower-case form that a branch of `find` compares with (exact forms, with or without their dot). */
const CANDIDATES = new Set([
  ...Object.keys(SURE).flatMap((key) => [key, `${key}.`]),
  ...Object.keys(TITLES).map((key) => key.toLowerCase()),
  ...Object.keys(MONTHS),
  ...Object.keys(DAYS),
  ...Object.keys(PLACES),
  'p.', 'pp.', 'nb', 'ex', 'ex.', 'no', 'art.', "l'art.", 'tel', 'tel.', 'tél', 'tél.', 'min', 'min.', 'mn', 'mn.', 'max', 'max.',
  'av.', 'bd', 'bd.', 'boul.', 'réf.', 'ref.', 'ét.', 'ét', 'hab.', 'hab',
]);
/** The branches of `find` that test a beginning: ordinals, « etc », « n° », « St-Denis ». */
const CANDIDATE_START = /^(?:\d|etc|n[°º]|st)/;

/** The chunk without the punctuation around it, dots kept: « (cf. » → « cf. », « Tél: » → « Tél » (once per text). */
const coreOfText = memoizeWord((text: string): Core => {
  const lead = /^[«"“(\[]*/u.exec(text)![0].length;
  // « etc.). »: the dots after a closing sign end the sentence, they are not part of the word.
  const core = trimTrailingPunctuation(text.slice(lead));
  const lower = core.toLowerCase().replace(/[’]/g, "'");
  return { core, lead, lower, candidate: core !== '' && (CANDIDATES.has(lower) || CANDIDATE_START.test(lower)) };
});

/** Every lower-case form that a branch of `find` compares with: `mayBeCandidate` is built from them. */
export const CANDIDATE_FORMS: ReadonlySet<string> = CANDIDATES;

/** True when `find` may match the text of a chunk (the exact test, once per text). */
export function isCandidate(text: string): boolean {
  return coreOfText(text).candidate;
}

/** A character code as `lower` has it (lower case, `’` → `'`), or -1 outside Latin-1 (the quick test then says yes). */
function foldCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 32;
  if (code < 0x100) return code;
  if (code === 0x2019) return 39;
  return -1;
}

/** The first 2 characters of every candidate form, and of the beginnings of `CANDIDATE_START` (« et », « n° », « st »). */
const CANDIDATE_PAIRS = new Set<number>(
  [...CANDIDATES, 'et', 'n°', 'nº', 'st'].map((form) => form.charCodeAt(0) * 0x10000 + form.charCodeAt(1)),
);

/**
 * A quick test before `coreOfText`: the core of a candidate starts with a digit or with the first 2 characters of
 * a candidate form (no form has fewer than 2). Most words start otherwise and need no lookup.
 */
export function mayBeCandidate(text: string): boolean {
  let at = 0;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // `/^[«"“(\[]*/u`: the opening signs before the core.
    if (code !== 0xab && code !== 34 && code !== 0x201c && code !== 40 && code !== 91) break;
  }
  if (at + 1 >= text.length) return at < text.length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;
  const first = foldCode(text.charCodeAt(at));
  if (first >= 48 && first <= 57) return true;
  const second = foldCode(text.charCodeAt(at + 1));
  if (first < 0 || second < 0) return true;
  return CANDIDATE_PAIRS.has(first * 0x10000 + second);
}

function coreOf(chunk: Chunk): Core {
  return coreOfText(chunk.text);
}

function find(chunks: readonly Chunk[], index: number): Found | undefined {
  const chunk = chunks[index]!;
  const { core, lead, lower } = coreOf(chunk);
  if (!core) return undefined;
  const next = chunks[index + 1];
  const nextText = next?.text ?? '';
  const previous = chunks[index - 1];
  const previousLower = previous ? coreOf(previous).lower : '';
  const hasColonAfter = /^[:]/.test(nextText) || /:$/.test(chunk.text);
  // « précédé de M ou Mme. », « Répondez svp. » (fiche F2413, eleventh reading): at the end of the sentence, the full
  // stop is also the sentence's; a word in its place (« Madame ») would remove it. The quote leaves it out.
  const endsSentence = !next && core.endsWith('.') && !core.endsWith('..');
  const at = (expected: string, last: Chunk = chunk, length = core.length): Found => ({
    first: chunk,
    last,
    length: lead + (endsSentence && last === chunk && length === core.length && expected !== '' && !expected.endsWith('.') ? length - 1 : length),
    expected,
  });

  // « 1ère », « 2ème », « 3eme »: an ordinal with a non-standard ending. Small ones are written in full.
  const ordinal = ORDINAL.exec(lower);
  if (ordinal) return at(ordinalInFull(Number(ordinal[1]), ordinal[2]!));
  // « p. ex. »
  if (lower === 'p.' && next && /^ex\.?/i.test(coreOf(next).core)) return { first: chunk, last: next, length: coreOf(next).core.length, expected: 'par exemple' };
  // « etc. », « etc… »: no word can take its place (« et d’autres choses » made « famille, ami, et d’autres
  // choses » or « lorsque…, si…, et d’autres choses »): the author writes the list or removes it.
  if (/^etc(\.*|…)$/.test(lower)) return at('');
  const sure = SURE[lower] ?? (lower.endsWith('.') && !lower.endsWith('..') ? SURE[lower.slice(0, -1)] : undefined);
  if (sure && (lower !== 'vs' || core === 'vs')) return at(sure);
  if (lower === 'nb' && core === 'NB' && hasColonAfter) return at('À noter');
  // « ex. : », « Ex : », but not « mon ex. ».
  if ((lower === 'ex.' || (lower === 'ex' && hasColonAfter)) && !DETERMINERS.has(previousLower)) return at('par exemple');
  // « n° 3 », « N°12504 », « no 4 ».
  const numero = /^[nN][°º]/.exec(core);
  // « n°2 » → « numéro 2 », not « numéro2 » (fiche F35453): a space when the number is glued to the sign.
  if (numero) {
    // « cerfa n°11530. » (seventh reading): the full stop ends the sentence, it is not part of the number.
    const rest = core.slice(numero[0].length).replace(/(\d)\.$/, '$1');
    return /^[\p{L}\p{N}]/u.test(rest) ? at(`numéro ${rest}`, chunk, numero[0].length + rest.length) : at('numéro', chunk, numero[0].length);
  }
  if ((core === 'no' || core === 'No') && /^\d/.test(nextText)) return at('numéro');
  // Titles before a name: « M. Dupont », « Mme Martin ».
  const title = TITLES[core];
  if (title && (core.startsWith('Mm') || core.startsWith('Ml') || (next && /^\p{Lu}/u.test(nextText)))) return at(title);
  // « art. 4 », « l’art. L. 262-1 ».
  const article = /^(l')?art\.$/.exec(lower);
  if (article && next && (/^\d/.test(nextText) || /^[LRD]\.?\s?$/.test(nextText) || /^[LRD]\.?\d/.test(nextText))) return at(article[1] ? 'l’article' : 'article');
  // « tél. », « Tél : 01… ».
  if (/^t[ée]l\.?$/.test(lower) && (/[ée]/.test(lower) ? true : lower.endsWith('.')) && next && (hasColonAfter || /^\d/.test(nextText) || /^\+\d/.test(nextText))) return at('téléphone');
  // « 10 min », « min. 3 jours », « 3 jours max. ».
  const afterNumber = previous !== undefined && /^\d+$/.test(previousLower);
  if ((lower === 'min' || lower === 'min.' || lower === 'mn' || lower === 'mn.') && afterNumber) return at('minutes');
  if (lower === 'min.' && core === 'min.' && !afterNumber && next) return at('minimum');
  if ((lower === 'max.' && core === 'max.') || (core === 'max' && afterNumber)) return at('au maximum');
  // « p. 12 », « pp. 3-5 ».
  // « modèle P. 237 » (fiche F34746, sixteenth session): a capital « P. » after a word is the letter of a form's code.
  if ((lower === 'p.' || lower === 'pp.') && /^\d/.test(nextText) && (core === lower || previous === undefined)) return at(lower === 'p.' ? 'page' : 'pages');
  // « 3 janv. 2026 ».
  const month = MONTHS[lower];
  if (month && afterNumber) return at(month);
  // « du lun. au ven. », « sam. 3 mai »: a day with a dot, next to another day or before a date.
  // « la mer. » or « le jeu. » at the end of a sentence are words: they need another day or a number.
  const day = DAYS[lower];
  if (day && core === lower) {
    const isDay = (other: Chunk | undefined) => other !== undefined && DAYS[coreOf(other).core] !== undefined;
    if (isDay(chunks[index - 2]) || isDay(chunks[index + 2]) || isDay(previous) || isDay(next) || /^\d/.test(nextText)) return at(day);
  }
  // « 12 av. Jean Jaurès », « bd Voltaire ».
  // « 12 av. de la République ».
  if ((lower === 'av.' || lower === 'bd' || lower === 'bd.' || lower === 'boul.') && next && (/^\p{Lu}/u.test(nextText) || /^(de|du|des|d['’]\p{Lu})/u.test(nextText))) return at(lower === 'av.' ? 'avenue' : 'boulevard');
  // « bât. B », « appt 12 », « dépt. 69 »: before a letter or a number.
  const place = PLACES[lower];
  if (place && next && (/^\d/.test(nextText) || /^\p{Lu}\b/u.test(nextText) || /^\p{Lu}[.,]?$/u.test(nextText))) return at(place);
  // « Réf. : 12345 », « réf. 2026-15 »: a reference.
  if ((lower === 'réf.' || lower === 'ref.') && (hasColonAfter || /^\d/.test(nextText))) return at('référence');
  // « 2e ét. », « 3e ét »: a floor after an ordinal.
  if ((lower === 'ét.' || lower === 'ét') && /^\d+(e|er|ème)$/.test(previousLower)) return at('étage');
  // « 3 000 hab. ».
  if ((lower === 'hab.' || lower === 'hab') && afterNumber) return at('habitants');
  // « St-Denis », « Ste-Marie », « St Michel »: a saint's name in a place or a street.
  const saint = /^(St|Ste)(?:-\p{Lu}|\.?$)/u.exec(core);
  const saintWord = saint?.[1];
  if (saintWord && (core.includes('-') || /^\p{Lu}/u.test(nextText))) return at(saintWord === 'St' ? 'Saint' : 'Sainte', chunk, saintWord.length);
  return undefined;
}

/** `abreviation`: an abbreviation in the text (« etc. », « n° », « M. », « Mme », « tél. », « RDV »). */
export default defineRule({
  id: 'abreviation',
  title: 'Abréviation',
  severity: 'error',
  options,
  check({ facts, options, report }) {
    const allow = new Set(options.allow);
    for (const sentence of facts.sentences) {
      const chunks = sentenceChunks(sentence);
      for (let index = 0; index < chunks.length; index++) {
        const chunk = chunks[index]!;
        if (!mayBeCandidate(chunk.text) || !coreOf(chunk).candidate || isAddressLike(chunk.text)) continue;
        const found = find(chunks, index);
        if (!found) continue;
        const place: Position =
          found.first === found.last
            ? chunkPlace(found.first, coreOf(found.first).lead, found.length)
            : { start: chunkPlace(found.first).start, end: chunkPlace(found.last, 0, found.length).end };
        const actual =
          found.first === found.last
            ? found.first.text.slice(coreOf(found.first).lead, found.length)
            : `${coreOf(found.first).core} ${found.last.text.slice(0, found.length)}`;
        if (allow.has(actual)) continue;
        const etc = /^etc/i.test(actual);
        // « 3ème » → « 3e »: the usual short form of an ordinal, not a word in full.
        const ordinal = /^\d+e$/.test(found.expected);
        report(
          etc
            ? `« ${actual} » est une abréviation. Le lecteur ne sait pas ce qui manque dans la liste. Écrivez toute la liste. Ou, si la liste ne peut pas être complète, écrivez « par exemple » avant la liste et enlevez « ${actual} ».`
            : ordinal
              ? `« ${actual} » n’est pas la façon habituelle d’écrire ce nombre. Écrivez « ${found.expected} ».`
              : `« ${actual} » est une abréviation. Beaucoup de lecteurs ne connaissent pas les abréviations. Écrivez le mot en entier : « ${found.expected} ».`,
          { place, actual, expected: found.expected ? [found.expected] : [] },
        );
        if (found.last !== found.first) index = found.last.index;
      }
    }
  },
});
