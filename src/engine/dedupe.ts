import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { severityOf } from './messages.ts';

const RANK = { error: 3, warning: 2, info: 1 } as const;

function key(message: VFileMessage): string | undefined {
  const place = message.place;
  if (!place || !('start' in place)) return undefined;
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`;
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
 * order of the catalogue breaks the remaining ties. Messages about a point (no range) are all kept.
 */
export function dedupeMessages(file: VFile): void {
  const kept = new Map<string, VFileMessage>();
  const dropped = new Set<VFileMessage>();
  for (const message of file.messages) {
    if (message.source !== 'falc' || !message.ruleId) continue;
    const place = key(message);
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
