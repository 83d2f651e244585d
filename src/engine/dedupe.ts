import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { severityOf } from './messages.ts';
import { ELIDED_WORD } from './normalize.ts';
import { trimEnd } from './trim.ts';

const RANK = { error: 3, warning: 2, info: 1 } as const;

/** An elided word at the start of a message's range, followed by more: « d’ » of « d’immatriculation ». */
const LEADING_ELISION = new RegExp(`^${ELIDED_WORD}(?=\\p{L})`, 'iu');

/** One sign that may end a message's range without changing its place. */
const TRAILING = /[\s.,;:!?…»)\]"”]/u;

/**
 * The places a message stands at: the words its range covers (without the punctuation at the end:
 * « sept. » and « sept » are the same place), and its start with the words it names (`actual`). Empty
 * for a message about a point.
 */
function keys(message: VFileMessage, source: string): string[] {
  const place = message.place;
  if (!place || !('start' in place)) return [];
  const { start, end } = place;
  const found: string[] = [];
  if (start.offset !== undefined && end.offset !== undefined) {
    let last = end.offset;
    while (last > start.offset && TRAILING.test(source[last - 1] ?? '')) last--;
    // « d’immatriculation » and « immatriculation » are the same word: the elided word before it does not count.
    const first = start.offset + (LEADING_ELISION.exec(source.slice(start.offset, Math.min(last, start.offset + 8)))?.[0].length ?? 0);
    found.push(`range:${first < last ? first : start.offset}-${last}`);
  } else {
    found.push(`range:${start.line}:${start.column}-${end.line}:${end.column}`);
  }
  const actual = message.actual === undefined ? undefined : trimEnd(message.actual, TRAILING);
  if (actual) found.push(`words:${start.line}:${start.column}:${actual}`);
  return found;
}

/** Which of two messages about the same words is kept: the more serious, then the one with a fix, then the first rule. */
function better(a: VFileMessage, b: VFileMessage): VFileMessage {
  const rank = RANK[severityOf(b)] - RANK[severityOf(a)];
  if (rank !== 0) return rank > 0 ? b : a;
  const fixA = (a.expected?.length ?? 0) > 0;
  const fixB = (b.expected?.length ?? 0) > 0;
  if (fixA !== fixB) return fixB ? b : a;
  return a;
}

/**
 * One message per problem at one place: when several rules report the same words (« RDV » is both an
 * acronym for `sigle` and an abbreviation for `abreviation`), only one message is kept — the more
 * serious, then the one that gives a replacement (here `abreviation`: « rendez-vous »). The rule order
 * of the catalogue breaks the remaining ties (« 3 sept. » is the month for `abreviation`, not the number
 * for `nombre-en-lettres`). Two messages are about the same words when their ranges cover the same
 * words (punctuation at the end and an elided word at the start, « d’ », do not count), or when they start
 * at the same place and name the same words. Messages about a point (no range) are all kept.
 */
export function dedupeMessages(file: VFile): void {
  const source = String(file.value ?? '');
  const kept = new Map<string, VFileMessage>();
  const dropped = new Set<VFileMessage>();
  for (const message of file.messages) {
    if (message.source !== 'falc' || !message.ruleId) continue;
    const places = keys(message, source);
    const other = places.map((place) => kept.get(place)).find((found) => found !== undefined && !dropped.has(found));
    if (!other) {
      for (const place of places) kept.set(place, message);
      continue;
    }
    const winner = better(other, message);
    const loser = winner === other ? message : other;
    dropped.add(loser);
    for (const place of [...places, ...keys(other, source)]) kept.set(place, winner);
  }
  if (dropped.size > 0) file.messages = file.messages.filter((message) => !dropped.has(message));
}
