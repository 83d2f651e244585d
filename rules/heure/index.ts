import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { chunkPlace, isAddressLike, sentenceChunks } from '../_shared/chunks.ts';
import { trimEnd } from '../../src/engine/trim.ts';

export const options = z.object({}).strict();

/**
 * A time written the short way: 09:30, 9:30, 9h30, 9H30, 09h00, 14h, or « 09 h 30 » with a zero in front.
 * Lookbehind and lookahead keep codes such as « A4h » or « 9hab » out.
 */
const TIME = /(?<![\p{L}\p{N}:.,/])(\d{1,2})(?:([hH])(\d{2})?|:(\d{2}))(?![\p{L}\p{N}])/gu;

/** A number of hours that no day has: « 48h », « 72 h ». */
const MORE_THAN_A_DAY = /(?<![\p{L}\p{N}])(?:2[5-9]|[3-9]\d)\s?[hH](?![\p{L}\p{N}])/u;

/** Words after a number that make it an amount, not a time: « à 3.50 euros », « à 1.20 m ». */
const AMOUNT_AFTER = /^(?:€|euros?|eur|centimes?|%|m|cm|km|kg|g|l|ml|mg|mètres?|kilos?|litres?|grammes?|fois|sur)$/;

/** Words that show a time of day: « Le bus part à 8.15 le matin ». */
const TIME_CUES = new Set([
  'matin', 'soir', 'midi', 'minuit', 'après-midi', 'heure', 'heures', 'rendez-vous', 'ouvert', 'ouverte', 'ouvre', 'ferme',
  'fermé', 'fermée', 'part', 'partez', 'arrive', 'arrivez', 'venez', 'commence', 'finit', 'horaires', 'bus', 'train', 'car',
  'tram', 'métro', 'réunion', 'rdv',
]);

/** The time in the FALC form: « 9 h 30 », « 14 h ». */
export function timeInWords(hours: number, minutes: number): string {
  return minutes === 0 ? `${hours} h` : `${hours} h ${String(minutes).padStart(2, '0')}`;
}

/** An ASCII digit. */
function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `/\d[hH:]/.test(text)`, without the regular expression: every time of `TIME` has a digit before its sign. */
export function mayHaveTime(text: string): boolean {
  for (let index = 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code === 104 /* h */ || code === 72 /* H */ || code === 58 /* : */) && isDigitCode(text.charCodeAt(index - 1))) return true;
  }
  return false;
}

/** Words before a number of hours that make it a length of time: « pendant 24h », « sous 48h », « dans les 24h », « dure 1h30 ». */
const DURATION_BEFORE = /^(?:pendant|durant|sous|dans|les|en|dure|durent|durera|dureront|duré)$/i;
/** Activities after « de »: « 4h30 de travail », « 11h de repos », « 2h de route ». */
const ACTIVITY_AFTER_DE = /^(?:travail|repos|pause|conduite|route|trajet|cours|formation|présence|stage|garde|sommeil|vol|marche)[.,;:!?)]?$/i;
/** Words after it: « 24h maximum », « 12h minimum ». */
const DURATION_AFTER = /^(?:maximum|minimum|max|maxi|mini|consécutives|d['’]affilée)[.,;:!?)]?$/i;

/**
 * Words before « de » that make the number after it a length of time: « d'une durée de 1h30 », « une période
 * de travail ininterrompue de 4h30 », « moins de 4h avant », « moins d'1h plus tôt » (fiches F34355, F34555, F35000).
 */
const DURATION_BEFORE_DE = /^(?:durée|durées|période|périodes|moins|plus|pause|délai|ininterrompue?s?|retard|attente|trajet|environ)$/i;

/**
 * True when « 24h » or « 1h30 » is a length of time, not a time of day: a word of duration just before or
 * just after it. `elided`: the number is glued after « d' » (« moins d'1h »), read as « de ».
 */
function isDuration(before: string | undefined, beforeDe: string | undefined, after: string | undefined, first: boolean, last: boolean, elided: boolean, aboutDuration = false, afterDe?: string): boolean {
  // « après 4h30 de travail » (fiche F20010, fourteenth reading): hours of an activity.
  if (last && after !== undefined && /^de$/i.test(after) && afterDe !== undefined && ACTIVITY_AFTER_DE.test(afterDe)) return true;
  if (elided) return before !== undefined && DURATION_BEFORE_DE.test(before);
  // « dont la durée hebdomadaire de travail est inférieure à 17h30 » (fiche F514): a comparison in a sentence about a
  // duration. « lorsque le temps de travail quotidien est supérieur à 4h30 » (fiche F2216, seventh reading): « plus
  // grand » or « plus petit » than a number of hours is always a length (a time of day is « avant » or « après »).
  if (first && before !== undefined && /^(?:à|a)$/i.test(before) && beforeDe !== undefined) {
    if (LONGER_OR_SHORTER.test(beforeDe) || (aboutDuration && EQUAL.test(beforeDe))) return true;
  }
  if (first && before !== undefined && DURATION_BEFORE.test(before)) return true;
  if (first && before !== undefined && /^de$/i.test(before) && beforeDe !== undefined && DURATION_BEFORE_DE.test(beforeDe)) return true;
  return last && after !== undefined && DURATION_AFTER.test(after);
}

/** Words before « à » that compare a length of time, and only a length of time: « supérieur à 4h30 ». */
const LONGER_OR_SHORTER = /^(?:inférieure?s?|supérieure?s?)$/i;
/** « égale à 35h »: a length of time in a sentence about a duration. */
const EQUAL = /^égale?s?$/i;

/** A length of time in words: « 24 heures », « 1 heure 30 ». */
export function durationInWords(hours: number, minutes: number): string {
  const inHours = `${hours} ${hours <= 1 ? 'heure' : 'heures'}`;
  return minutes === 0 ? inHours : `${inHours} ${String(minutes).padStart(2, '0')}`;
}

/** `heure`: a time written 09:30, 9h30 or 14h instead of « 9 h 30 » or « 14 h ». */
export default defineRule({
  id: 'heure',
  title: 'Heure mal écrite',
  severity: 'error',
  options,
  check({ facts, report }) {
    const explain = (written: string, fixed: string) =>
      `L’heure « ${written} » est difficile à lire. Écrivez l’heure avec des espaces autour du « h » : « ${fixed} ».`;
    for (const sentence of facts.sentences) {
      const chunks = sentenceChunks(sentence);
      // Steps 2 and 2b read only chunks that start with a digit (most sentences have none).
      let digitFirst = false;
      // 1. Times glued together in one chunk: 9h30, 09:30, 14h.
      let manyHours: boolean | undefined;
      for (let at = 0; at < chunks.length; at++) {
        const chunk = chunks[at]!;
        if (isDigitCode(chunk.text.charCodeAt(0))) digitFirst = true;
        if (!mayHaveTime(chunk.text) || isAddressLike(chunk.text)) continue;
        manyHours ??= MORE_THAN_A_DAY.test(sentence.text);
        for (const match of chunk.text.matchAll(TIME)) {
          const hours = Number(match[1]);
          const minutes = Number(match[3] ?? match[4] ?? 0);
          if (minutes > 59) continue;
          // « 72h », « 48h »: more hours than a day has, always a length of time (fiche F761, fifth reading: « 72h » got
          // no message). « 24h » beside such a number is one too: « (à 24h et à 72h) » is not midnight.
          const beyondDay = hours > 24 || (hours === 24 && minutes === 0 && manyHours);
          if (hours > 24 && !match[2]) continue;
          // « 24h/24 », « 7j/7 »: « jour et nuit », said by the rule `caractere-special` (« 24 h/24 » is no better).
          if (chunk.text[match.index + match[0].length] === '/') continue;
          // « pendant 24h », « 24h maximum », « d'une durée de 1h30 »: a length of time, « 24 heures », « 1 heure 30 »
          // (fiches F31912, F32041, F34355).
          const elided = /^[dD]['’]$/.test(chunk.text.slice(0, match.index));
          const last = match.index + match[0].length === trimEnd(chunk.text, /[.,;:!?)]/).length;
          const aboutDuration = sentence.words.some((word) => word.normal === 'durée' || word.normal === 'durées');
          if (match[2] && (beyondDay || isDuration(chunks[at - 1]?.text, chunks[at - 2]?.text, chunks[at + 1]?.text, match.index === 0, last, elided, aboutDuration, chunks[at + 2]?.text))) {
            const inWords = durationInWords(hours, minutes);
            report(`La durée « ${match[0]} » est difficile à lire. Écrivez « ${inWords} ».`, {
              place: chunkPlace(chunk, match.index, match.index + match[0].length),
              actual: match[0],
              expected: [inWords],
            });
            continue;
          }
          // « 3:1 » or « 12:5 » are not times: the colon form needs 2 digits of minutes (the regex asks for them).
          const fixed = timeInWords(hours, minutes);
          report(explain(match[0], fixed), {
            place: chunkPlace(chunk, match.index, match.index + match[0].length),
            actual: match[0],
            expected: [fixed],
          });
        }
      }
      // 2. A time with a dot after « à », « vers », « dès »: « à 8.15 ». Not a price or a length: « à 3.50 euros ».
      for (let index = 0; digitFirst && index < chunks.length; index++) {
        const chunk = chunks[index]!;
        // The pattern starts with a digit and has 6 characters at most.
        if (chunk.text.length > 6 || !isDigitCode(chunk.text.charCodeAt(0))) continue;
        const match = /^(\d{1,2})\.(\d{2})[.,;:!?]?$/.exec(chunk.text);
        if (!match) continue;
        const before = chunks[index - 1]?.text.toLowerCase().replace(/’/g, "'");
        const after = (chunks[index + 1] ? trimEnd(chunks[index + 1]!.text.toLowerCase(), /[.,;:!?]/) : undefined);
        if (!before || !/^(?:à|vers|dès|jusqu'à|avant|après)$/.test(before)) continue;
        if (after !== undefined && AMOUNT_AFTER.test(after)) continue;
        // The dot is also an English decimal point: the sentence must speak of a time of day.
        if (!sentence.words.some((word) => TIME_CUES.has(word.normal))) continue;
        const hours = Number(match[1]);
        const minutes = Number(match[2]);
        if (hours > 23 || minutes > 59) continue;
        const written = `${match[1]}.${match[2]}`;
        const fixed = timeInWords(hours, minutes);
        report(explain(written, fixed), { place: chunkPlace(chunk, 0, written.length), actual: written, expected: [fixed] });
      }
      // 2b. A capital « H » after the hour: « à 16 H », « 16 H 30 ».
      for (let index = 0; digitFirst && index < chunks.length; index++) {
        const chunk = chunks[index]!;
        // The pattern is 1 or 2 digits.
        if (chunk.text.length > 2 || !isDigitCode(chunk.text.charCodeAt(0))) continue;
        const hour = /^(\d{1,2})$/.exec(chunk.text);
        const unit = chunks[index + 1];
        if (!hour || !unit || !/^H[.,;:!?]?$/.test(unit.text) || Number(hour[1]) > 24) continue;
        // « bâtiment 3 H » is a place: the hour needs « à », « de », « vers »… before it, or a word of time.
        const lead = chunks[index - 1]?.text.toLowerCase().replace(/’/g, "'");
        if (!(lead && /^(?:à|de|vers|dès|jusqu'à|avant|après|entre|et)$/.test(lead)) && !sentence.words.some((word) => TIME_CUES.has(word.normal))) continue;
        const minutesChunk = chunks[index + 2];
        const minutes = minutesChunk && /^\d{2}[.,;:!?]?$/.test(minutesChunk.text) && !/[.,;:!?]$/.test(unit.text) ? Number(minutesChunk.text.slice(0, 2)) : 0;
        if (minutes > 59) continue;
        const fixed = timeInWords(Number(hour[1]), minutes);
        const written = minutes ? `${hour[1]} H ${minutesChunk!.text.slice(0, 2)}` : `${hour[1]} H`;
        const place = { start: chunkPlace(chunk).start, end: chunkPlace(minutes ? minutesChunk! : unit, 0, minutes ? 2 : 1).end };
        report(explain(written, fixed), { place, actual: written, expected: [fixed] });
      }
      // 3. The engine's time words with a leading zero: « 09 h 30 », « 08 h ».
      for (let index = 0; index < sentence.words.length; index++) {
        const word = sentence.words[index]!;
        // Only numbers that start with a zero can match (most words are not): the text is cleaned after that test.
        if (word.kind !== 'number' || word.value.charCodeAt(0) !== 48 /* 0 */) continue;
        const match = /^0(\d) h(?: (\d{2}))?$/.exec(word.value.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\.$/, ''));
        if (!match) continue;
        let minutes = match[2];
        let end = word.position.end;
        // At the end of a sentence, « 30. » is not joined to « 09 h » by the engine.
        const next = sentence.words[index + 1];
        if (!minutes && next && /^\d{2}\.?$/.test(next.value) && (next.position.start.offset ?? 0) - (end.offset ?? 0) === 1) {
          minutes = next.value.slice(0, 2);
          end = { ...next.position.end, column: next.position.start.column + 2, ...(next.position.start.offset !== undefined ? { offset: next.position.start.offset + 2 } : {}) };
        }
        if (Number(minutes ?? 0) > 59) continue;
        const fixed = timeInWords(Number(match[1]), Number(minutes ?? 0));
        const actual = minutes && !match[2] ? `${match[0]} ${minutes}` : match[0];
        report(explain(actual, fixed), { place: { start: word.position.start, end }, actual, expected: [fixed] });
      }
    }
  },
});
