import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { MONTHS, chunkPlace, isAddressLike, sentenceChunks, type Chunk } from '../_shared/chunks.ts';
import { trimEnd } from '../../src/engine/trim.ts';

export const options = z
  .object({
    /** A two-digit year up to this number is in the 2000s (« 3/4/26 » → 2026), above it in the 1900s. */
    pivotYear: z.number().int().min(0).max(99).default(50),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** Words after which « 03/04 » (no year) is a date: « le 03/04 », « du 3/4 au 10/4 ». */
const DATE_WORDS = new Set(['le', 'du', 'au', "jusqu'au", 'dès', 'depuis']);

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date in words: « 1er avril 2026 », « 3 avril ». */
export function dateInWords(day: number, month: number, year?: number): string {
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]}${year === undefined ? '' : ` ${year}`}`;
}

interface Found {
  from: number;
  to: number;
  day: number;
  month: number;
  year?: number;
}

/** Finds a numeric date in one chunk. */
/**
 * « au 1/4 de la succession », « au 1/3 de la rémunération »: a fraction (1/2, 1/3, 2/3, 1/4, 3/4…) followed by
 * « de », « du », « des » or « d’ » is a part of something, not a day and a month.
 */
function isFractionOf(core: string, next: Chunk | undefined, beforePrevious: Chunk | undefined): boolean {
  // « au 1/10 de la rémunération », « la règle du 1/10 » (ninth reading: « 1er octobre » was told).
  if (!/^[1-9]\/(?:[2-9]|10|12|100)$/.test(core)) return false;
  if (next !== undefined && /^(?:de|du|des|d['’].*)$/i.test(next.text)) return true;
  // « le 1/4 revient à votre époux » (fiche F1404, twelfth reading: « 1er avril » was told): the share is the subject of a verb.
  if (next !== undefined && /^(?:revient|reviennent|va|vont|est|sont|appartient|appartiennent|reste|restent|restant)$/i.test(next.text)) return true;
  return beforePrevious !== undefined && /^(?:règle|part|quote-part|fraction)$/i.test(beforePrevious.text);
}

function findDate(chunk: Chunk, previous: Chunk | undefined, next: Chunk | undefined, pivot: number, beforePrevious?: Chunk): Found | undefined {
  const text = chunk.text;
  // The chunk without its surrounding punctuation: « (03/04/2026). »
  const lead = /^[«"“(\[]*/.exec(text)![0].length;
  const core = trimEnd(text.slice(lead), /[»"”)\],;:!?.…]/u);
  const from = lead;
  const to = lead + core.length;
  let match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(core);
  if (match) {
    const [, d, separator, m, y] = match;
    if (y!.length === 2 && separator !== '/') return undefined;
    let year = Number(y);
    if (y!.length === 2) year += year <= pivot ? 2000 : 1900;
    return { from, to, day: Number(d), month: Number(m), year };
  }
  // The year first: « 2026-03-15 », « 2026/3/15 », « 2026.03.15 » (a version such as « 2026.1.1 » has short numbers).
  match = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/.exec(core) ?? /^(\d{4})(\.)(\d{2})\.(\d{2})$/.exec(core);
  if (match) return { from, to, day: Number(match[4]), month: Number(match[3]), year: Number(match[1]) };
  // « le 03/04 »: a day and a month, only after a word that announces a date.
  match = /^(\d{1,2})\/(\d{1,2})$/.exec(core);
  if (match && previous && DATE_WORDS.has(previous.text.toLowerCase().replace(/[’]/g, "'")) && !isFractionOf(core, next, beforePrevious)) {
    return { from, to, day: Number(match[1]), month: Number(match[2]) };
  }
  return undefined;
}

/** `date`: a date written with numbers only (03/04/2026, 2026-04-03). */
export default defineRule({
  id: 'date',
  title: 'Date écrite en chiffres',
  severity: 'error',
  options,
  check({ facts, options, report }) {
    for (const sentence of facts.sentences) {
      const chunks = sentenceChunks(sentence);
      for (const chunk of chunks) {
        if (!/\d[/.-]\d/.test(chunk.text) || isAddressLike(chunk.text)) continue;
        const found = findDate(chunk, chunks[chunk.index - 1], chunks[chunk.index + 1], options.pivotYear, chunks[chunk.index - 2]);
        if (!found) continue;
        const { day, month, year } = found;
        if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) continue;
        if (year !== undefined && (year < 1800 || year > 2200)) continue;
        const written = chunk.text.slice(found.from, found.to);
        const words = dateInWords(day, month, year);
        report(
          `La date « ${written} » est écrite seulement avec des chiffres. Ce type de date est difficile à lire. Écrivez le mois en lettres : « ${words} ».`,
          { place: chunkPlace(chunk, found.from, found.to), actual: written, expected: [words] },
        );
      }
    }
  },
});
