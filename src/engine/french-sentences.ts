import type { Paragraph, Sentence, SentenceContent, Word } from 'nlcst';
import { normalizeWord, startsWithCapital } from './normalize.ts';
import { textOf } from './node-text.ts';

/**
 * retext-latin splits sentences with English habits. French needs two corrections:
 * - no break after abbreviations that never end a sentence (« art. 4 », « env. 3 000 », « chap. II »,
 *   « av. J.-C. », « M. Dupont »);
 * - a break after words that often end one (« etc. Le… », « à 9 h. Vous… »), which retext-latin keeps
 *   inside the sentence.
 */

/** Abbreviations after which a full stop never ends a sentence. */
export const NO_BREAK_AFTER = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'mes', 'dr', 'pr', 'st', 'ste',
  'art', 'arts', 'al', 'env', 'chap', 'cf', 'p', 'pp', 'ex', 'av', 'apr', 'bd', 'vol', 'fig', 'réf', 'ref',
  'tél', 'tel', 'n', 'no', 'éd', 'coll', 'cie', 'ch', 'min', 'max', 'sq', 'vs', 'dép', 'ed', 'bât', 'appt', 'dépt', 'esc',
]);

/** Abbreviations whose full stop ends the sentence when a capital letter follows (and numbers: « page 3. Voir »). */
export const BREAK_AFTER = new Set(['etc', 'h', 'km', 'kg', 'cm', 'mn']);

function lastWordOf(sentence: Sentence): { word: Word; index: number } | undefined {
  const { children } = sentence;
  let index = children.length - 1;
  while (index >= 0 && children[index]!.type === 'WhiteSpaceNode') index--;
  if (index < 1) return undefined;
  const last = children[index]!;
  if (last.type !== 'PunctuationNode' || textOf(last) !== '.') return undefined;
  const before = children[index - 1];
  if (!before || before.type !== 'WordNode') return undefined;
  return { word: before, index: index - 1 };
}

/** The abbreviation stem of a word: `l’art` → `art`, `Mme` → `mme`, `J` → single capital. */
function stem(word: Word): string {
  const normal = normalizeWord(textOf(word));
  const apostrophe = normal.lastIndexOf("'");
  return (apostrophe >= 0 ? normal.slice(apostrophe + 1) : normal).replace(/\.$/, '');
}

function endsWithNoBreakAbbreviation(sentence: Sentence): boolean {
  const found = lastWordOf(sentence);
  if (!found) return false;
  const text = textOf(found.word);
  // A lone capital letter is an initial (« J. Dupont »), except the pronoun-like « A » is rare: keep it simple.
  if (/^\p{Lu}$/u.test(text)) return true;
  return NO_BREAK_AFTER.has(stem(found.word));
}

function mergeSentences(first: Sentence, second: Sentence, between: SentenceContent[]): Sentence {
  const merged: Sentence = {
    type: 'SentenceNode',
    children: [...first.children, ...between, ...second.children],
  };
  if (first.position && second.position) {
    merged.position = { start: first.position.start, end: second.position.end };
  }
  return merged;
}

function isNumberWord(node: SentenceContent | undefined): boolean {
  return node?.type === 'WordNode' && /^\d/.test(textOf(node));
}

/** Index in `sentence.children` after which the sentence must be broken, or -1. */
function breakPoint(sentence: Sentence): number {
  const { children } = sentence;
  for (let index = 0; index < children.length - 2; index++) {
    const node = children[index]!;
    if (node.type !== 'WordNode') continue;
    const text = textOf(node);
    if (!text.endsWith('.')) continue;
    const key = normalizeWord(text.slice(0, -1));
    // « page 3. Voir… »: retext-latin keeps a number and its full stop as one word.
    const isNumber = /^\d+$/.test(key);
    if (!isNumber && !BREAK_AFTER.has(key)) continue;
    if (!isNumber && key !== 'etc' && !isNumberWord(children[index - 2])) continue;
    if (children[index + 1]!.type !== 'WhiteSpaceNode') continue;
    const next = children[index + 2]!;
    if (next.type === 'WordNode' && startsWithCapital(textOf(next))) return index;
  }
  return -1;
}

function splitSentence(sentence: Sentence, index: number): [Sentence, Paragraph['children'][number], Sentence] | undefined {
  const head = sentence.children.slice(0, index + 1);
  const space = sentence.children[index + 1];
  const tail = sentence.children.slice(index + 2);
  if (!space || space.type !== 'WhiteSpaceNode' || tail.length === 0) return undefined;
  const first: Sentence = { type: 'SentenceNode', children: head };
  const second: Sentence = { type: 'SentenceNode', children: tail };
  const headEnd = head[head.length - 1]!.position?.end;
  const tailStart = tail[0]!.position?.start;
  if (sentence.position && headEnd && tailStart) {
    first.position = { start: sentence.position.start, end: headEnd };
    second.position = { start: tailStart, end: sentence.position.end };
  }
  return [first, space, second];
}

/**
 * Words that keep their final full stop when a text ends with them, as parse-latin reads a text alone
 * (its `mergePrefixExceptions`): a number of 1 to 3 digits, a letter, a Latin abbreviation (« etc. »).
 */
const KEEPS_FINAL_STOP = /^(?:[0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;

/**
 * The document is parsed as one text: when the next block starts in lower case (a list of « - ou … »
 * items) or with a digit, parse-latin joins it to the block before, and the full stop that ends that
 * block becomes part of its last word (« tribunal. »). Read alone, the block ends with the word and a
 * full stop: this gives the full stop back to the sentence (the word's place and value no longer hold it).
 */
function detachFinalFullStop(paragraph: Paragraph): void {
  let sentenceIndex = paragraph.children.length - 1;
  while (sentenceIndex >= 0 && paragraph.children[sentenceIndex]!.type !== 'SentenceNode') sentenceIndex--;
  const sentence = paragraph.children[sentenceIndex];
  if (!sentence || sentence.type !== 'SentenceNode') return;
  let index = sentence.children.length - 1;
  while (index >= 0 && sentence.children[index]!.type === 'WhiteSpaceNode') index--;
  const word = sentence.children[index];
  if (!word || word.type !== 'WordNode' || word.children.length < 2) return;
  const stop = word.children[word.children.length - 1]!;
  if (stop.type !== 'PunctuationNode' || stop.value !== '.') return;
  // An initialism (« U.S.A. ») keeps its full stops.
  for (let child = 0; child < word.children.length - 1; child++) if (textOf(word.children[child]!) === '.') return;
  if (KEEPS_FINAL_STOP.test(textOf(word).slice(0, -1).toLowerCase())) return;
  word.children.pop();
  if (word.position && stop.position) word.position = { start: word.position.start, end: stop.position.start };
  sentence.children.splice(index + 1, 0, stop);
}

/** Corrects the sentences of one nlcst paragraph in place. */
export function fixFrenchParagraph(paragraph: Paragraph): void {
  detachFinalFullStop(paragraph);
  // 1. Merge sentences wrongly broken after an abbreviation.
  const merged: Paragraph['children'] = [];
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') {
      let previousIndex = merged.length - 1;
      while (previousIndex >= 0 && merged[previousIndex]!.type === 'WhiteSpaceNode') previousIndex--;
      const previous = merged[previousIndex];
      if (previous && previous.type === 'SentenceNode' && endsWithNoBreakAbbreviation(previous)) {
        const between = merged.splice(previousIndex + 1) as SentenceContent[];
        merged[previousIndex] = mergeSentences(previous, child, between);
        continue;
      }
    }
    merged.push(child);
  }
  // 2. Break sentences that retext-latin kept whole after « etc. » or « 9 h. ».
  const result: Paragraph['children'] = [];
  for (const child of merged) {
    let rest: Paragraph['children'][number] = child;
    while (rest.type === 'SentenceNode') {
      const index = breakPoint(rest);
      if (index < 0) break;
      const parts = splitSentence(rest, index);
      if (!parts) break;
      result.push(parts[0], parts[1]);
      rest = parts[2];
    }
    result.push(rest);
  }
  paragraph.children = result;
}
