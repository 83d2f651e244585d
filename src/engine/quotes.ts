import type { VFile } from 'vfile';

declare module 'vfile-message' {
  interface VFileMessage {
    /**
     * The words the message is about, as written (whitespace collapsed), when the rule gave no `actual`;
     * or the sentence around a sign (« ( », « ; »).
     */
    quote?: string;
  }
}

/** Longest quote kept on a message: the reporters shorten it further. */
const MAX_QUOTE = 400;

/**
 * Keeps the offending text on each message that has a range but no `actual` (a long sentence, a long
 * paragraph), and the sentence around a sign, so that reporters can quote it without the file's text
 * or its trees.
 */
export function addQuotes(file: VFile): void {
  const source = String(file.value ?? '');
  const sentences = file.data.falc?.sentences ?? [];
  for (const message of file.messages) {
    if (message.quote !== undefined) continue;
    const place = message.place;
    if (message.actual !== undefined) {
      // A sign or a short piece (« ( », « ; », « h ») is found faster with its sentence around it.
      const start = place && 'start' in place ? place.start.offset : undefined;
      if (start === undefined || /[\p{L}\p{N}]{3}/u.test(message.actual)) continue;
      const sentence = sentences.find((candidate) => (candidate.position.start.offset ?? Infinity) <= start && start < (candidate.position.end.offset ?? -1));
      if (sentence && sentence.text !== message.actual) message.quote = sentence.text.replace(/\s+/g, ' ').slice(0, MAX_QUOTE);
      continue;
    }
    if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue;
    const text = source.slice(place.start.offset, Math.min(place.end.offset, place.start.offset + MAX_QUOTE)).replace(/\s+/g, ' ').trim();
    if (text) message.quote = text;
  }
}
