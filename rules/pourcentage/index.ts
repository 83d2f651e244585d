import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import type { FalcSentence } from '../../src/engine/types.ts';
import { chunkPlace, isAddressLike, sentenceChunks, spanChunks, type Chunk } from '../_shared/chunks.ts';
import { readNumber } from '../nombre-en-lettres/parse.ts';
import { withoutLastSigns } from '../../src/engine/places.ts';
import { trimEnd } from '../../src/engine/trim.ts';
import { capitalizeFirst } from '../../src/engine/capitalize.ts';
import { ancestorsAt } from '../../src/engine/facts.ts';
import type { Root as MdastRoot } from 'mdast';

export const options = z.object({}).strict();

/** Words that replace a percentage, by value. */
export function wordsFor(value: number | undefined): string[] {
  if (value === undefined) return ['beaucoup', 'peu'];
  if (value === 100) return ['tout'];
  if (value === 0) return ['aucun'];
  if (value === 50) return ['la moitié'];
  if (value === 25) return ['un quart'];
  if (value > 0 && value <= 10) return ['très peu', 'peu'];
  if (value >= 90) return ['presque tout', 'beaucoup'];
  if (value > 50 && value < 90) return ['la plupart', 'beaucoup'];
  return ['beaucoup', 'peu'];
}

/**
 * Words that replace a percentage without changing what the sentence says. In the fiches a percentage is
 * mostly a rate or a limit (« 10 % du loyer », « supérieure à 10 % », « déduire 66 % des cotisations »): an
 * exact amount, that « peu » or « beaucoup » would change, and « très peu du loyer » is not French. Those
 * words are kept for a share of a group of people (`isShareOfPeople`); elsewhere only « la moitié » and « un quart »
 * (« trois quarts » would need « les » or « aux » before it: « fixée à 75 % » is not « fixée à trois quarts »).
 */
export function wordsInContext(value: number | undefined, share: boolean): string[] {
  if (share) return wordsFor(value);
  if (value === 50) return ['la moitié'];
  if (value === 25) return ['un quart'];
  return [];
}

/** Articles and possessives: « les 25 % restants » is not « les un quart restants ». */
const DETERMINERS = new Set(['les', 'des', 'ces', 'ses', 'aux', 'le', 'la', "l'", 'un', 'une', 'vos', 'nos', 'leurs', 'mes', 'tes', 'du', 'au', 'ce', 'cette']);

/** The words that can take the place of the percentage after the word before it; « de un quart » is not French either. */
function fitsAfter(words: string[], previous: string | undefined): string[] {
  const before = previous?.toLowerCase().replace(/’/g, "'");
  if (before === undefined) return words;
  if (DETERMINERS.has(before)) return [];
  if (before === 'de') return words.filter((word) => !/^un\s/.test(word));
  return words;
}

/**
 * Words before a percentage that make it a limit: « jusqu'à 50 % d'incapacité » is not « jusqu'à la moitié
 * d'incapacité », « excédant 50 % », « d'au moins 25 % » (fiche F34440, third reading).
 */
const LIMIT_BEFORE = /^(?:jusqu['’]à|excédant|dépassant|supérieure?s?|inférieure?s?|plus|moins|entre|à|de|d['’]au|au|atteignant)$/i;
/** « la moitié » and « un quart » say a share of something: the percentage is followed by « de » and what it is a share of. */
const SHARE_OF = /^(?:de|du|des|d['’]\p{L}+)$/iu;

/**
 * True when « la moitié » or « un quart » would not fit: the percentage is a limit or a rate (« une réduction
 * de 50 % » is not « une réduction de la moitié », « temps partiel à 50 % »), not a share of a thing
 * (« 50 % du loyer » → « la moitié du loyer »). A share of a group of people (`isShareOfPeople`) keeps its words.
 */
function isLimitOrRate(previous: string | undefined, next: string | undefined, share: boolean): boolean {
  if (share) return false;
  if (previous !== undefined && LIMIT_BEFORE.test(previous)) return true;
  return next === undefined || !SHARE_OF.test(next);
}

/** Groups of people whose share may be said with « peu » or « la plupart » (« 30 % des habitants »). */
const PEOPLE = new Set(
  'personnes gens habitants français françaises salariés salariées ménages familles enfants jeunes femmes hommes élèves étudiants étudiantes demandeurs usagers locataires bénéficiaires adultes patients foyers retraités parents travailleurs électeurs citoyens'.split(' '),
);

/** True when the percentage is a share of a group of people: « 30 % des habitants ». */
function isShareOfPeople(chunks: readonly Chunk[], last: Chunk): boolean {
  if (chunks[last.index + 1]?.text.toLowerCase() !== 'des') return false;
  const next = chunks[last.index + 2]?.text.toLowerCase();
  const group = next === undefined ? undefined : trimEnd(next, /[.,;:!?)»]/);
  return group !== undefined && PEOPLE.has(group);
}

interface Found {
  first: Chunk;
  last: Chunk;
  /** Character range in `first` when the percentage is inside one chunk. */
  from?: number;
  to?: number;
  value: number | undefined;
  /** A share of a group of people (`isShareOfPeople`): the words « peu », « beaucoup »… may replace it. */
  share: boolean;
}

function numberValue(text: string): number | undefined {
  const value = Number(text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** Finds the number written before the percent sign: digits (« 1 500 », « 12,5 ») or words (« cinquante »). */
function numberBefore(chunks: readonly Chunk[], index: number): { start: number; value: number | undefined; from?: number } {
  // Digits, maybe grouped by 3: « 1 500 ».
  let start = index;
  let digits = '';
  while (start > 0 && /^\d+([,.]\d+)?$/.test(chunks[start - 1]!.text) && (digits === '' || /^\d{3}/.test(digits))) {
    digits = chunks[start - 1]!.text + digits;
    start--;
  }
  // « (50 % maximum) » (fiche F32485): an opening sign glued to the number; the quote starts after it.
  const opened = start > 0 && (digits === '' || /^\d{3}/.test(digits)) ? /^([(«\["“]+)(\d+(?:[,.]\d+)?)$/u.exec(chunks[start - 1]!.text) : null;
  if (opened) return { start: start - 1, value: numberValue(opened[2]! + digits), from: opened[1]!.length };
  if (digits) return { start, value: numberValue(digits) };
  // Words: « cinquante », « vingt-cinq », « quatre-vingt-dix ».
  for (let length = Math.min(4, index); length >= 1; length--) {
    const words = chunks.slice(index - length, index).map((chunk) => chunk.text.toLowerCase());
    const read = readNumber(words, 0);
    if (read && read.length === length) return { start: index - length, value: read.value };
  }
  return { start: index, value: undefined };
}

function findAll(sentence: FalcSentence): Found[] {
  const chunks = sentenceChunks(sentence);
  const found: Found[] = [];
  for (const chunk of chunks) {
    const text = chunk.text;
    // Each form below starts with a digit, « % », « ‰ » or « pour »: other chunks are left at their first character.
    const lead = text.charCodeAt(0);
    if (!((lead >= 48 && lead <= 57) || lead === 37 || lead === 0x2030 || lead === 112 || lead === 80)) continue;
    if (isAddressLike(text)) continue;
    // « 50% » or « 50 % » or « % » alone.
    const glued = /^(\d+(?:[,.]\d+)?)\s?[%‰]/.exec(text);
    if (glued) {
      let start = chunk.index;
      let digits = glued[1]!;
      while (start > 0 && /^\d{1,3}$/.test(chunks[start - 1]!.text) && /^\d{3}/.test(digits)) {
        digits = chunks[start - 1]!.text + digits;
        start--;
      }
      const first = chunks[start]!;
      found.push({ first, last: chunk, value: numberValue(digits), share: isShareOfPeople(chunks, chunk), ...(first === chunk ? { from: 0, to: glued[0].length } : { from: 0 }) });
      continue;
    }
    if (/^[%‰]/.test(text)) {
      const before = numberBefore(chunks, chunk.index);
      found.push({ first: chunks[before.start]!, last: chunk, value: before.value, share: isShareOfPeople(chunks, chunk), ...(before.from ? { from: before.from } : {}) });
      continue;
    }
    // « pour cent », « pourcent ».
    const lower = text.toLowerCase();
    const percentWord = /^pourcents?\b/.test(lower) ? chunk : lower === 'pour' && /^cents?\b/i.test(chunks[chunk.index + 1]?.text ?? '') ? chunks[chunk.index + 1]! : undefined;
    if (percentWord) {
      const before = numberBefore(chunks, chunk.index);
      if (before.start === chunk.index) continue; // « pour cent personnes »: no number before, not a percentage.
      found.push({ first: chunks[before.start]!, last: percentWord, value: before.value, share: isShareOfPeople(chunks, percentWord) });
    }
  }
  return found;
}

/**
 * The table of a table cell at `offset` (where it starts), or undefined outside a table. A table of rates (fiche F783:
 * the legal interest rate, 2 per year since 2012) made 90 messages, one per cell (fifth reading); one per column
 * still gave the same advice 2 or 3 times on the first row (eighth reading).
 */
function tableOf(tree: MdastRoot, offset: number): string | undefined {
  const table = ancestorsAt(tree, offset).find((node) => node.type === 'table');
  return table ? String(table.position?.start.offset ?? 0) : undefined;
}

/** The advice for the first percentage of a table: the others are not reported one by one. */
const TABLE_ADVICE =
  'Dans un tableau, expliquez les pourcentages une fois, avec un exemple au-dessus du tableau : « 10 % » veut dire « 10 sur 100 ». Le vérificateur ne signale pas les autres pourcentages de ce tableau.';

/** `pourcentage`: a percentage (« 50 % », « vingt pour cent »). */
export default defineRule({
  id: 'pourcentage',
  title: 'Pourcentage',
  severity: 'error',
  options,
  check({ facts, file, report }) {
    const source = String(file.value ?? '');
    /** The tables that already have a message. */
    const tables = new Set<string>();
    for (const sentence of facts.sentences) {
      const items = findAll(sentence);
      if (items.length === 0) continue;
      // Looked up only for a sentence with a percentage (most table cells have none).
      const table = facts.blocks[sentence.block]?.type === 'tableCell' ? tableOf(facts.mdast, sentence.position.start.offset ?? 0) : undefined;
      /** The sentence already has the advice « gardez-le et expliquez-le avec un exemple ». */
      let exampleAsked = false;
      for (const item of items) {
        if (table !== undefined && tables.has(table)) continue;
        const found =
          item.to !== undefined
            ? chunkPlace(item.first, item.from ?? 0, item.to)
            : item.from
              ? { start: chunkPlace(item.first, item.from).start, end: spanChunks(item.first, item.last).end }
              : spanChunks(item.first, item.last);
        let written = source.slice(found.start.offset ?? 0, found.end.offset ?? 0);
        // « 25 %avec un maximum » (fiche F446, seventeenth reading): a word glued after the sign is not quoted.
        const sign = written.lastIndexOf('%');
        const glued = sign >= 0 && /^\p{L}/u.test(written.slice(sign + 1)) ? written.length - sign - 1 : 0;
        written = written.slice(0, written.length - glued);
        const actual = trimEnd(written, /[.,;:!?)»]/);
        // The place ends where the quote ends: « 10 % », not « 10 %, ».
        const place = withoutLastSigns(found, glued + written.length - actual.length);
        // After an opening sign (« (50 % »), no word comes before the percentage.
        const chunks = sentenceChunks(sentence);
        const previous = item.from ? undefined : chunks[item.first.index - 1]?.text;
        const fitting = isLimitOrRate(previous, chunks[item.last.index + 1]?.text, item.share) ? [] : fitsAfter(wordsInContext(item.value, item.share), previous);
        // First in its sentence: « 25 % des frais sont payés » → « Un quart des frais ».
        const words = item.first.index === 0 && !item.from ? fitting.map(capitalizeFirst) : fitting;
        if (table !== undefined) tables.add(table);
        const generic = words.length === 0 && table === undefined && item.value !== 100;
        // « entre 55 % et 110 % du Smic » (fiche F2208, seventh reading): the same advice twice in one sentence; the
        // first message asks for the example of the whole sentence.
        if (generic && exampleAsked) continue;
        exampleAsked ||= generic;
        const advice =
          words.length > 0
            ? `Écrivez plutôt ${words.map((word) => `« ${word} »`).join(' ou ')}.`
            : table !== undefined
              ? TABLE_ADVICE
              : item.value === 100
                ? // « Remboursement à 100 % » (page N418, sixth reading): « 10 sur 100 » does not help; « en entier » says it.
                  '« 100 % » veut dire « tout ». Écrivez par exemple « remboursé en entier » ou « toute la somme ».'
                : 'Si le nombre exact est important, gardez-le et expliquez-le avec un exemple : « 10 % » veut dire « 10 sur 100 ».';
        report(`« ${actual} » est un pourcentage. Beaucoup de lecteurs ne comprennent pas les pourcentages. ${advice}`, {
          place,
          actual,
          ...(words.length > 0 ? { expected: words } : {}),
        });
      }
    }
  },
});
