import type { VFile } from 'vfile';
import type { FalcSentence } from './types.ts';

declare module 'vfile-message' {
  interface VFileMessage {
    /**
     * The words the message is about, as written (whitespace collapsed), when the rule gave no `actual`;
     * or the sentence around a sign (« ( », « ; »).
     */
    quote?: string;
  }
}

/** Words kept on each side of a sign in its quote. */
const WORDS_AROUND = 5;

/** Removes tags and emphasis markers from a piece of source: `<Mot>CCAS</Mot>` → `CCAS`. */
function plain(text: string): string {
  return text.replace(/<[^>\n]*>/g, '').replace(/\*\*|__|\\(?=\S)/g, '').replace(/\s+/g, ' ').trim();
}

/** The start of a text, white space collapsed, at most MAX_QUOTE signs: read only what is kept. */
function shortText(text: string): string {
  return text.slice(0, MAX_QUOTE * 4).replace(/\s+/g, ' ').slice(0, MAX_QUOTE);
}

/** The short text of each sentence already quoted: a sentence of 20,000 signs is one quote for all of them. */
const shortTexts = new WeakMap<FalcSentence, string>();

/** The sentence around a sign, at most 5 words on each side: « … votre carte d’identité (CNI) en prenant un … ». */
function around(sentence: FalcSentence, offset: number, source: string): string {
  const words = sentence.words;
  if (words.length <= WORDS_AROUND * 2) {
    let short = shortTexts.get(sentence);
    if (short === undefined) shortTexts.set(sentence, (short = shortText(sentence.text)));
    return short;
  }
  // The first word at or after the sign: a binary search (a sentence may have thousands of signs).
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[middle]!.position.start.offset ?? 0) >= offset) high = middle;
    else low = middle + 1;
  }
  const next = low;
  const first = Math.max(0, next - WORDS_AROUND);
  const last = Math.min(words.length - 1, next + WORDS_AROUND - 1);
  const from = first === 0 ? sentence.position.start.offset : words[first]!.position.start.offset;
  const to = last === words.length - 1 ? sentence.position.end.offset : words[last]!.position.end.offset;
  if (from === undefined || to === undefined || to <= from) return shortText(sentence.text);
  // At most MAX_QUOTE signs around the sign: five words may be far apart (thousands of dashes between
  // two words), and reading them all for each of thousands of signs would be quadratic.
  const start = Math.max(from, offset - MAX_QUOTE / 2);
  const end = Math.min(to, Math.max(offset, start) + MAX_QUOTE / 2);
  return `${first > 0 || start > from ? '… ' : ''}${plain(source.slice(start, end))}${last < words.length - 1 || end < to ? ' …' : ''}`;
}

/** The sentence that contains an offset (sentences are in document order): a binary search. */
function sentenceAt(sentences: readonly FalcSentence[], offset: number): FalcSentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    const start = sentence.position.start.offset ?? 0;
    const end = sentence.position.end.offset ?? 0;
    if (offset < start) high = middle - 1;
    else if (offset >= end) low = middle + 1;
    else return sentence;
  }
  return undefined;
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
      const sentence = sentenceAt(sentences, start);
      if (sentence && sentence.text !== message.actual) message.quote = around(sentence, start, source);
      continue;
    }
    if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue;
    const text = source.slice(place.start.offset, Math.min(place.end.offset, place.start.offset + MAX_QUOTE)).replace(/\s+/g, ' ').trim();
    if (text) message.quote = text;
  }
}
