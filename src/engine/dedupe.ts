import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { severityOf } from './messages.ts';

const RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * Where a message stands, as the words it covers: its start and its end without the punctuation at
 * the end (« sept. » and « sept » are the same place). Undefined for a message about a point.
 */
function key(message: VFileMessage, source: string): string | undefined {
  const place = message.place;
  if (!place || !('start' in place)) return undefined;
  const { start, end } = place;
  if (start.offset === undefined || end.offset === undefined) return `${start.line}:${start.column}-${end.line}:${end.column}`;
  let last = end.offset;
  while (last > start.offset && /[\s.,;:!?…»)\]"”]/u.test(source[last - 1] ?? '')) last--;
  return `${start.offset}-${last}`;
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
 * One message per problem at one place: when several rules report exactly the same words (« RDV » is
 * both an acronym for `sigle` and an abbreviation for `abreviation`), only one message is kept — the
 * more serious, then the one that gives a replacement (here `abreviation`: « rendez-vous »). The rule
 * order of the catalogue breaks the remaining ties (« 3 sept. » is the month for `abreviation`, not the
 * number for `nombre-en-lettres`). Punctuation at the end of a range does not count. Messages about a
 * point (no range) are all kept.
 */
export function dedupeMessages(file: VFile): void {
  const source = String(file.value ?? '');
  const kept = new Map<string, VFileMessage>();
  const dropped = new Set<VFileMessage>();
  for (const message of file.messages) {
    if (message.source !== 'falc' || !message.ruleId) continue;
    const place = key(message, source);
    if (!place) continue;
    const other = kept.get(place);
    if (!other) {
      kept.set(place, message);
      continue;
    }
    const winner = better(other, message);
    dropped.add(winner === other ? message : other);
    kept.set(place, winner);
  }
  if (dropped.size > 0) file.messages = file.messages.filter((message) => !dropped.has(message));
}
