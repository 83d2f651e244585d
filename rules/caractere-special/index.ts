import type { Position } from 'unist';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { chunkPlace, isAddressLike, sentenceChunks, type Chunk } from '../_shared/chunks.ts';
import { trimEnd, trimStart } from '../../src/engine/trim.ts';
import { capitalizeFirst } from '../../src/engine/capitalize.ts';

export const options = z
  .object({
    /** Signs that are allowed in this project, e.g. `["+"]`. */
    allow: z.array(z.string()).default([]),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** Signs checked by this rule, with the word that replaces them. `%` is the rule `pourcentage`, `°` the rule `abreviation`. */
const WORDS: Readonly<Record<string, string | undefined>> = {
  '&': 'et',
  '§': 'paragraphe',
  '#': undefined,
  '*': undefined,
  '+': 'plus',
  '=': 'égal',
  '<': 'moins de',
  '>': 'plus de',
  '~': 'environ',
  '/': 'ou',
  '\\': undefined,
  '|': undefined,
  '@': 'arobase',
  '^': undefined,
  '_': undefined,
  '≤': 'au plus',
  '≥': 'au moins',
  '≠': 'différent de',
};

const SIGNS = /[&§#*+=<>~/\\|@^_≤≥≠]/gu;

/** Fractions and the like, with their meaning in words. */
const FRACTIONS: Readonly<Record<string, string>> = {
  '1/2': 'la moitié',
  '1/3': 'un tiers',
  '1/4': 'un quart',
  '24/7': 'tous les jours, jour et nuit',
  '7/7': 'tous les jours',
  '7j/7': 'tous les jours',
  '24h/24': 'jour et nuit',
  '24h/24h': 'jour et nuit',
  // « et/ou » is one word: « ou » replaces all of it (with « / » alone, « et ou ou »).
  'et/ou': 'ou',
  'ou/et': 'ou',
  'recto/verso': 'recto et verso',
  // « billet aller/retour » (fiches F589, F751, fifth reading): both ways, not one of them.
  'aller/retour': 'aller et retour',
};

/** The letters (and hyphens) at the end of a text, in lower case: « d'ouverture » → « ouverture » (a loop, in linear time). */
function lastLetters(text: string): string {
  let from = text.length;
  while (from > 0 && /[\p{L}-]/u.test(text[from - 1]!)) from--;
  return text.slice(from).toLowerCase();
}

/** 2 things that go together: « / » between them is « et » (« heures d'ouverture/ fermeture », ninth reading: « ou » was told). */
const TOGETHER = new Set(['ouverture/fermeture', 'entrée/sortie', 'arrivée/départ', 'achat/vente', 'début/fin', 'aller/retour', 'recto/verso']);

/** Words after « / » that mean « par »: « 50 €/mois », « 3 fois/semaine ». */
// « 190 €/kWc » (ninth reading: « divisé par » was told): a unit of energy or power is counted per unit too.
// « 2,5 par mètre/seconde² » (fiche F2344, eleventh reading: « ou » was told): a unit of time in words.
const PER = /^(mois|an|année|jour|semaine|heure|h|minute|seconde|personne|pers|enfant|nuit|repas|trimestre|km|m|m²|m³|cm|cm²|cm³|g|mg|kg|litre|l|ml|unité|kwc|kwh|kw|mwh|wc)(?![\p{L}\d])/iu;

/** The parts of a date to fill in: « (jour/mois/année) » is not « jour ou mois ». */
const DATE_PARTS = /^(?:jour|mois|année|an|jj|mm|aa|aaaa)$/i;

/** An ending of inclusive writing after « / »: « époux/se », « salarié/e ». */
const ENDING = /^(?:e|es|se|ses|ne|nes|le|les|trice|trices|euse|euses|ère|ères)$/i;

/** A chunk without the signs around it: « (jour/mois/année). » → « jour/mois/année », « [jour » → « jour ». */
function withoutSigns(text: string): string {
  return trimStart(trimEnd(text, /[.,;:!?)\]»]/u), /[«(\[]/u);
}

/**
 * True when « / » divides in a calculation: « 600 € / 12 », « (50 € X 1 / 3) », « (… semaines/12) ». A « / »
 * between spaces is read with the chunks around it; a glued one (« Covid-19/confinement ») needs a bracket,
 * a euro sign before it or a number after it.
 */
function isDivision(left: string, right: string, spaced: boolean): boolean {
  // « (PLA-I) / Logement locatif » (fiche F23263, eleventh reading): a bracket of letters closes a name, not a term.
  if ((/[€)]$/.test(left) && !/^\([^()\d]*\)$/u.test(left)) || /^[\d(]/.test(right)) return true;
  return spaced && /\d$/.test(left);
}

/**
 * Social contributions that are taken together from the same income: « CSG / CRDS » is both, never one or
 * the other. Between two of them « / » means « et ».
 */
const PAID_TOGETHER = new Set(['CSG', 'CRDS', 'CASA']);

/** « CSG / CRDS », « CSG/CRDS »: two contributions paid together, so « / » is « et ». */
function bothPaid(parts: readonly string[], before: string, after: string): boolean {
  const [first, second] = parts.length === 2 && parts[0] !== '' && parts[1] !== '' ? [parts[0]!, parts[1]!] : [before, after];
  return PAID_TOGETHER.has(withoutSigns(first)) && PAID_TOGETHER.has(withoutSigns(second));
}

/**
 * True when « / » between words may not mean « ou »: a ratio (« rapport puissance/poids »), a list of 3 things
 * sold together (« téléphone/internet/télévision »), the same word twice (« air/air »), names
 * (« Asie/Océanie », « Coronavirus / Covid-19 » are the same thing). The
 * message then asks for words, with no « ou » to put in.
 */
function orIsUnsure(parts: readonly string[], before: string, after: string, previous: string): boolean {
  const [first, second] = parts.length === 2 && parts[0] !== '' && parts[1] !== '' ? [parts[0]!, parts[1]!] : [before, after];
  if (/^rapports?$/i.test(previous) || /(?:^|\s)rapports?$/i.test(trimEnd(before, /\s/u))) return true;
  if (parts.length > 2) return true;
  const a = withoutSigns(first);
  const b = withoutSigns(second);
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (/\d/.test(a) || /\d/.test(b)) return true;
  // Two acronyms (« facture EDF/GDF », « attestation de la CAF/MSA ») are one or the other: « ou » is kept.
  const acronym = /^\p{Lu}{2,6}$/u;
  return /^\p{Lu}/u.test(a) && /^\p{Lu}/u.test(b) && !(acronym.test(a) && acronym.test(b));
}

interface Hit {
  sign: string;
  from: number;
  to: number;
  expected?: string;
  /** Advice in place of « Écrivez ce que le signe veut dire avec des mots. » (a sentence that starts with a space). */
  advice?: string;
}

function hitsIn(chunk: Chunk, allow: Set<string>, previous: string, next: string): Hit[] {
  const text = chunk.text;
  const core = withoutSigns(text);
  const lead = text.indexOf(core);
  // Fractions, 24/7, 7j/7: one message for the whole token.
  const fraction = FRACTIONS[core.toLowerCase()];
  if (fraction !== undefined && !allow.has('/')) {
    // « égale à 1/2 mois de salaire » (fiche F515): before a noun, « la moitié mois » is not French; the author
    // rewrites it (« la moitié d'un mois »). Only a fraction before « de » or alone takes the word as it is.
    // « Pour 1/3 à l'époux » (thirteenth reading): a preposition after the fraction is not a noun.
    if (/^\d\/\d$/.test(core) && core === text && /^\p{L}/u.test(next) && !/^(?:de|du|des|d['’]\p{L}*|à|au|aux|pour|en|sur|par|avec|chez)$/iu.test(next)) {
      return [{ sign: '/', from: lead, to: lead + core.length, advice: ' Écrivez la fraction avec des mots, et changez les mots autour : par exemple « une demi-journée » ou « la moitié d’un mois ».' }];
    }
    // « Soit le 1/3 des 3 derniers mois » (fiche F13965, twelfth reading: « le un tiers » was told): after an article,
    // the fraction's word alone (« le tiers », « au quart », « la moitié »).
    const article = /^(?:le|la|au|du|l['’])$/iu.test(previous) && lead === 0 && /^\d/u.test(core) ? /^(?:un|une|la) (.+)$/u.exec(fraction) : null;
    if (article) {
      const feminine = fraction.startsWith('la ');
      if (feminine !== /^la$/iu.test(previous)) {
        return [{ sign: '/', from: lead, to: lead + core.length, advice: ' Écrivez la fraction avec des mots, par exemple « le tiers » ou « la moitié ».' }];
      }
      return [{ sign: '/', from: lead, to: lead + core.length, expected: article[1]! }];
    }
    // « Et/ou » first in a sentence or a list item: « Ou », with its capital.
    const expected = /^\p{Lu}/u.test(core) ? capitalizeFirst(fraction) : fraction;
    return [{ sign: '/', from: lead, to: lead + core.length, expected }];
  }
  const hits: Hit[] = [];
  for (const match of text.matchAll(SIGNS)) {
    const sign = match[0];
    const at = match.index;
    if (allow.has(sign)) continue;
    const left = text.slice(0, at);
    const right = text.slice(at + 1);
    // « 50 km/h »: the speed of road signs, known to every reader.
    if (sign === '/' && /(?:^|\d)km$/i.test(left) && /^h(?![\p{L}\d])/iu.test(right)) continue;
    // Between digits: dates (rule `date`), times, Cerfa numbers « 16029*01 », references « 2021/123 ».
    if ((sign === '/' || sign === '*') && /\d$/.test(left) && /^\d/.test(right)) continue;
    // « +33 1 23 45 67 89 »: the international phone prefix.
    // « +5 » alone is a number added (« 3,94 % +5 = 8,94 % », fiche F783), not a country code.
    if (sign === '+' && /^(?:1(?!\d)|\d{2,})/.test(right) && left === '') continue;
    // « ___ »: a line to fill in on a form.
    if (sign === '_' && (/_$/.test(left) || /^_/.test(right))) continue;
    // « é^ » and « ^^ » are rare; a single « * » glued after a word is a note call (rule `note-de-bas-de-page` does not see it).
    let expected = WORDS[sign];
    if (sign === '/') {
      // A « / » alone between spaces is read with the chunks around it.
      const before = left === '' ? previous : left;
      const after = right === '' ? next : right;
      const words = core.split('/');
      const units = unitsInWords(before, after);
      // « [jour / mois / année] » (fourteenth reading: « par » was told): a date to fill in, with spaces around « / ».
      if (left === '' && right === '' && DATE_PARTS.test(withoutSigns(before)) && DATE_PARTS.test(withoutSigns(after))) {
        hits.push({ sign, from: at, to: at + 1, advice: ' C’est une date à remplir : donnez un exemple, par exemple « le 15 mars 2025 ».' });
        continue;
      }
      if (words.every((word) => DATE_PARTS.test(word)) || ENDING.test(trimEnd(right, /[.,;:!?)»]/u))) expected = undefined;
      else if (units) {
        // « 0,8 g/l » (fiche F2881, eighth reading): « 0,8 g par l » keeps 2 symbols; the units are said in words.
        hits.push({ sign, from: at, to: at + 1, advice: ` Écrivez les unités avec des mots : « ${units} ».` });
        continue;
      } else if (PER.test(after)) expected = 'par';
      // « 3 grammes/pièce » (fiche F804, fifth reading): a quantity, then what it is for.
      else if (left !== '' && right !== '' && /^\p{L}+$/u.test(left) && /^\p{L}/u.test(right) && /^\d+(?:[.,]\d+)?$/.test(previous)) expected = 'par';
      // « l'ex-mari/femme »: « ou » would give « l'ex-mari ou femme »; the author writes « ex-femme » too.
      else if (/(?:^|['’])ex-/iu.test(left)) expected = undefined;
      else if (isDivision(before, after, left === '' || right === '')) expected = 'divisé par';
      else if (bothPaid(words, before, after)) expected = 'et';
      else if (TOGETHER.has(`${lastLetters(before)}/${/^[\p{L}-]+/u.exec(after)?.[0]?.toLowerCase()}`)) expected = 'et';
      else if (orIsUnsure(words, before, after, left === '' ? '' : previous)) expected = undefined;
    }
    // « voiture + remorque », « vos papiers + votre carte »: « + » between two words is « et » (fiche F32927);
    // « 15 ans ou + », « 80 cm au + » keep « plus »; so does « le + élevé » (fiche F219, seventh reading: « le et
    // élevé »). « (… dématérialisé )+ Justificatif de nationalité » (fiche F21091): a bracket closed before the sign
    // ends the first thing.
    const afterWord = left === '' ? /\p{L}$/u.test(previous) : /[)\]»]$/u.test(left) && /\p{L}/u.test(left.length > 1 ? left : previous);
    if (sign === '+' && afterWord && right === '' && /^\p{L}/u.test(next) && !/^(?:au|ou|de|en|et|le|la|les)$/iu.test(previous) && !/^(?:ou|et)$/iu.test(next)) expected = 'et';
    // « | = 6 points | », « (= 8 points) » (fiche F2390, eleventh reading): « égal 6 points » is not French. The sign
    // starts the thing: the author removes it, or writes « soit ».
    if (sign === '=' && (left === '(' || (left === '' && (previous === '' || previous === '(')))) {
      hits.push({ sign, from: at, to: at + 1, advice: ' Enlevez-le, ou écrivez « soit », par exemple « (soit 8 points) ».' });
      continue;
    }
    // « système de +de 30 cartouches » (fifteenth reading: « plusde » would be written): the sign glued to a word.
    if (sign === '+' && expected === 'plus' && left === '' && /^\p{Ll}+$/u.test(right)) {
      hits.push({ sign, from: at, to: at + 1 + right.length, expected: `plus ${right}` });
      continue;
    }
    if (sign === '@' && (left !== '' || right !== '')) expected = 'arobase';
    if (sign === '@' && left === '' && right === '') expected = 'à';
    if (sign === '#' && /^\d/.test(right)) expected = 'numéro';
    // « une 2^nde phase », « le 1^er mois » (fiche F21012, seventh reading): an ordinal raised with « ^ » → « 2e », « 1er ».
    if (sign === '^') {
      // The digits right before the sign (a loop: `/\d+$/` would read a long run of digits again from each one).
      let digitsFrom = left.length;
      while (digitsFrom > 0 && left.charCodeAt(digitsFrom - 1) >= 48 && left.charCodeAt(digitsFrom - 1) <= 57) digitsFrom--;
      const number = left.slice(digitsFrom);
      const ending = /^(?:er|re|ère|e|nd|nde|ème|eme)(?!\p{L})/iu.exec(right);
      if (number !== '' && ending) {
        const first = number === '1' && /^(?:er|re|ère)$/iu.test(ending[0]) ? (ending[0].toLowerCase() === 'er' ? 'er' : 're') : 'e';
        hits.push({ sign, from: digitsFrom, to: at + 1 + ending[0].length, expected: `${number}${first}` });
        continue;
      }
    }
    // Merge a run of the same sign: « ** », « ==> », « ++ ».
    const last = hits[hits.length - 1];
    if (last && last.to === at) {
      last.to = at + 1;
      last.sign += sign;
      continue;
    }
    hits.push({ sign, from: at, to: at + 1, ...(expected ? { expected } : {}) });
  }
  // « citoyen UE/EEE/Suisse », « (jour/mois/année) » (fiches F22117, F21814, seventh reading): one message for the
  // group, not one per « / ».
  const slashes = hits.filter((hit) => hit.sign === '/');
  if (slashes.length >= 2 && slashes.length === hits.length) {
    const parts = core.split('/');
    if (parts.every((part) => /^\p{L}[\p{L}'’-]*$/u.test(part))) {
      const advice = parts.every((part) => DATE_PARTS.test(part))
        ? ' C’est une date à remplir : donnez un exemple, par exemple « le 15 mars 2025 ».'
        : ' Écrivez les mots avec « et » ou « ou », ou faites une liste.';
      return [{ sign: '/', from: lead, to: lead + core.length, advice }];
    }
  }
  return hits;
}

/** Signs of arithmetic: in a calculation they get one message together. */
const OPERATORS = new Set(['+', '=', '/', '*']);

/**
 * An operator between two terms (digits, brackets, a percent or euro sign): « 2 000/30,42) x 60 % = 39,44 € »,
 * « 553,16 € +793 € ». A « / » glued to digits on both sides is a date or a reference (« 01/02/2024 »,
 * « directive 2002/24/CE », « règlement UE 168/2013 »), not a division.
 */
const OPERATION = /[\d%)\]€][\s\u00a0\u202f]*(?:[+×*=]|x(?=[\s\u00a0\u202f])|\/)(?=[\s\u00a0\u202f]*[\d([])/gu;

/**
 * True when the sentence is a calculation: « = » between terms, or 2 operations at least
 * (« [(18 556,66 + 556,70)/1 820] x 1,25 »). One message then asks to explain it in words: 5 messages
 * (one per sign, « = » → « égal ») made the line harder to read, not easier (fiches F32148, F32787).
 */
function isCalculation(text: string): boolean {
  // A formula in words: « Montant de la prime d'activité = (montant forfaitaire + 61 € des revenus + bonifications) - les
  // ressources » (fiche F34700): « = » between spaces, and another sign of arithmetic between spaces.
  if (/\s=\s/u.test(text) && /\s[+*×/]\s/u.test(text)) return true;
  let count = 0;
  // The term after the sign is only looked at (not taken): « 3,94 % +5 = 8,94 % » (fiche F783, fifth reading) has 2
  // operations that share the term « 5 ».
  for (const match of text.matchAll(OPERATION)) {
    const operation = match[0];
    if (/^\d\/$/u.test(operation) && /\d/u.test(text.charAt(match.index + operation.length))) continue;
    if (operation.includes('=')) return true;
    if (++count >= 2) return true;
  }
  return false;
}

/** Unit symbols in words, for « g/l », « kW/kg », « mg/l ». */
const UNIT_NAMES: Readonly<Record<string, string>> = {
  g: 'gramme', mg: 'milligramme', kg: 'kilogramme', l: 'litre', cl: 'centilitre', ml: 'millilitre', kw: 'kilowatt', w: 'watt',
  t: 'tonne', m: 'mètre', cm: 'centimètre', mm: 'millimètre',
  // « 137g/km » of CO2 (fiche F35354, seventeenth reading: « par » was suggested).
  km: 'kilomètre',
};

/** « gramme par litre » for a unit symbol before and after the « / » (« 0,8 g/l », « 0,1 kW/kg »), or undefined. */
function unitsInWords(before: string, after: string): string | undefined {
  const first = /(?:^|\d)([a-zA-Z]{1,2})$/u.exec(before)?.[1]?.toLowerCase();
  const second = /^([a-zA-Z]{1,2})(?![\p{L}\p{N}])/u.exec(after)?.[1]?.toLowerCase();
  const [a, b] = [first && UNIT_NAMES[first], second && UNIT_NAMES[second]];
  return a && b ? `${a} par ${b}` : undefined;
}

/** `caractere-special`: a special sign (& + = / < > # * @…) in the text, outside addresses and numbers. */
export default defineRule({
  id: 'caractere-special',
  title: 'Caractère spécial',
  severity: 'error',
  options,
  check({ facts, file, options, report }) {
    const allow = new Set(options.allow);
    const source = String(file.value ?? '');
    for (const sentence of facts.sentences) {
      const chunks = sentenceChunks(sentence);
      const calculation = /[+=/*]/.test(sentence.text) && isCalculation(sentence.text);
      /** The operators of a calculation: reported once, from the first to the last. */
      const operators: Position[] = [];
      for (const chunk of chunks) {
        if (!/[&§#*+=<>~/\\|@^_≤≥≠]/u.test(chunk.text) || isAddressLike(chunk.text)) continue;
        const previous = chunks[chunk.index - 1]?.text ?? '';
        const next = chunks[chunk.index + 1]?.text ?? '';
        for (const hit of hitsIn(chunk, allow, previous, next)) {
          if (calculation && [...hit.sign].every((sign) => OPERATORS.has(sign))) {
            operators.push(chunkPlace(chunk, hit.from, hit.to));
            continue;
          }
          let actual = chunk.text.slice(hit.from, hit.to);
          let place = chunkPlace(chunk, hit.from, hit.to);
          // « ou +**sans interruption** » (fiche F34708, sixteenth session): a bold starts inside the quoted words; « plus
          // sans » put in their place would leave the closing « ** » alone. The message quotes the sign alone and names
          // its word, with no one-click fix.
          const marked = source.slice(place.start.offset ?? 0, place.end.offset ?? 0) !== actual;
          if (marked) {
            actual = hit.sign;
            place = chunkPlace(chunk, hit.from, hit.from + hit.sign.length);
          }
          const expected = marked ? undefined : hit.expected;
          const shown = hit.sign.length > 1 ? hit.sign : hit.sign[0]!;
          // « # **Carte d'identité » (page N358, sixth reading): a closed « ** » makes bold and is not in the text; one left
          // in the text is a bold that was never closed, not a sign with a meaning to write in words.
          const unclosedBold = hit.sign === '**' || hit.sign === '__';
          // « Il n'y a **pas****d'âge limite** » (fiche F3059, eighth reading): 2 bolds glued together; the signs mean nothing.
          const gluedBolds = hit.sign === '****';
          const fix = hit.expected
            ? marked
              ? ` Écrivez plutôt « ${hit.expected.split(' ')[0]} », avec une espace après.`
              : ` Écrivez plutôt « ${hit.expected} ».`
            : gluedBolds
              ? ' Ce sont 2 mises en gras collées : le lecteur voit les signes. Enlevez « **** » et mettez une espace.'
              : unclosedBold
              ? ' Ce signe est une mise en gras qui n’est pas fermée. Enlevez-le, ou écrivez-le aussi après les mots à mettre en gras.'
              : hit.advice ?? ' Écrivez ce que le signe veut dire avec des mots.';
          report(
            `Le signe « ${shown} » est difficile à comprendre pour beaucoup de lecteurs.${fix}`,
            { place, actual, ...(expected ? { expected: [expected] } : {}) },
          );
        }
      }
      if (operators.length > 0) {
        const place: Position = { start: operators[0]!.start, end: operators[operators.length - 1]!.end };
        const actual = source.slice(place.start.offset ?? 0, place.end.offset ?? 0);
        report(
          'Ce calcul est écrit avec des signes (+, /, = ou *). Beaucoup de lecteurs ne les comprennent pas. Expliquez le calcul avec des mots, une étape par phrase, ou donnez seulement le résultat.',
          { place, actual },
        );
      }
    }
  },
});
