import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { decodeReferences } from '../../src/engine/exact-actual.ts';

/** A broken promise of the checker on one input. */
export interface Violation {
  kind: 'crash' | 'position' | 'actual';
  detail: string;
}

/** Messages that say the checker itself failed: never acceptable. */
const CRASH_IDS = new Set(['erreur-interne']);

/**
 * What every check must give, whatever the input: no internal error, every message placed inside
 * the text, and an `actual` that quotes the text at its place (when the message has a range).
 * The text is `file.value` after the check (the checker drops a BOM and reads a lone CR as a line end,
 * keeping every line and column).
 */
export function violations(file: VFile): Violation[] {
  const found: Violation[] = [];
  const text = String(file.value ?? '');
  const place = location(text);
  const lines = text.split(/\r?\n|\r/);
  const inside = (line: number | undefined, column: number | undefined): boolean => {
    if (line === undefined || column === undefined) return true;
    if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1) return false;
    if (line > Math.max(lines.length, 1)) return false;
    return column <= (lines[line - 1]?.length ?? 0) + 1;
  };
  for (const message of file.messages) {
    const where = `${message.ruleId ?? '?'} ${message.line}:${message.column}-${message.place && 'end' in message.place ? `${message.place.end.line}:${message.place.end.column}` : ''}`;
    if (message.ruleId && CRASH_IDS.has(message.ruleId)) {
      found.push({ kind: 'crash', detail: `${where} ${message.note ?? message.reason}` });
      continue;
    }
    const start = message.place && 'start' in message.place ? message.place.start : message.place;
    const end = message.place && 'end' in message.place ? message.place.end : undefined;
    if (!inside(start?.line, start?.column) || !inside(end?.line, end?.column)) {
      found.push({ kind: 'position', detail: `${where} outside the text (${lines.length} lines)` });
      continue;
    }
    if (start && end && (end.line < start.line || (end.line === start.line && end.column < start.column))) {
      found.push({ kind: 'position', detail: `${where} ends before it starts` });
      continue;
    }
    if (typeof message.actual === 'string' && start && end && (end.line !== start.line || end.column !== start.column)) {
      const from = place.toOffset({ line: start.line, column: start.column });
      const to = place.toOffset({ line: end.line, column: end.column });
      if (from !== undefined && to !== undefined && !quotes(message.actual, text.slice(from, to))) {
        found.push({ kind: 'actual', detail: `${where} actual ${JSON.stringify(message.actual.slice(0, 60))} but the text there is ${JSON.stringify(text.slice(from, Math.min(to, from + 60)))}` });
      }
    }
  }
  return found;
}

/** The letters and digits of a text, in order. */
function lettersAndDigits(text: string): string {
  return text.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * True when `actual` quotes the text: the same text, or its parts in order with « … » for the words
 * left out (« N’ … pas » for « N’écrivez pas »), and several such quotes in order, separated by commas
 * (« aucun … ne, ne … rien » for two negations in one sentence).
 */
export function quotes(actual: string, written: string): boolean {
  if (actual === written) return true;
  // A character reference is quoted as the sign it stands for (`a&#x0;dresse` is read « a\uFFFDdresse »).
  const text = decodeReferences(written);
  // A quote of the words without their markup, or of the words of a part of the place: `*mot*` quoted
  // « mot », `## Titre` quoted « Titre », `16029\*01` quoted « 16029*01 », a footnote `[^1]: Texte.`
  // quoted « Texte. ».
  if (lettersAndDigits(text).includes(lettersAndDigits(actual))) return true;
  const parts = actual.split(/ … |, /);
  if (parts.length < 2) return false;
  let from = 0;
  for (const part of parts) {
    const index = lettersAndDigits(text).indexOf(lettersAndDigits(part), from);
    if (index === -1) return false;
    from = index + lettersAndDigits(part).length;
  }
  return true;
}
