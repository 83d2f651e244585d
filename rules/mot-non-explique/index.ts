import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { Point } from 'unist';
import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import type { FalcWord } from '../../src/engine/types.ts';
import { phraseTokens } from '../../src/language/glossary.ts';
import { explanationsOf, termKeys } from '../../src/language/explanations.ts';
import { isAcronymLike, writtenMainPart } from '../../src/language/word-kinds.ts';
import { DEFAULT_THRESHOLD, difficultWords } from '../mot-difficile/difficulty.ts';
import { visitTypes } from '../_shared/visit-types.ts';

export const options = z
  .object({
    /** Name of the component that marks an explained word. */
    component: z.string().default('Mot'),
    /** Same threshold as `mot-difficile`: a word is rare under this many occurrences per million words. */
    threshold: z.number().min(0).default(DEFAULT_THRESHOLD),
  })
  .strict();

export type Options = z.infer<typeof options>;

interface Occurrence {
  words: FalcWord[];
  marked: boolean;
  /** The word is difficult: rare or jargon. */
  difficult: boolean;
  /** The word is a glossary term. */
  inGlossary: boolean;
  label: string;
}

/** Offsets of the text marked with the component (`<Mot>…</Mot>`), with the marked text. */
function markedRanges(tree: MdastRoot, name: string): Array<{ start: number; end: number; text: string; node: MdastNodes }> {
  const ranges: Array<{ start: number; end: number; text: string; node: MdastNodes }> = [];
  visitTypes(tree, ['mdxJsxTextElement', 'mdxJsxFlowElement'], (node) => {
    if (node.name !== name) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) ranges.push({ start, end, text: toString(node), node });
  });
  return ranges;
}

/**
 * The place of a word's sign at `index` (counted in its value): where the word starts after an elided
 * article (`l’Assurance` → `Assurance`). The word's pieces keep their own places, so a tag inside the
 * word (`l’A<i>ssurance`) does not shift it.
 */
function pointAfter(word: FalcWord, index: number): Point {
  if (index <= 0) return word.position.start;
  let seen = 0;
  for (const node of word.nodes) {
    for (const piece of node.children) {
      const length = piece.value.length;
      const start = piece.position?.start;
      if (seen + length > index && start?.offset !== undefined) {
        const inside = index - seen;
        return { line: start.line, column: start.column + inside, offset: start.offset + inside };
      }
      seen += length;
    }
  }
  return word.position.start;
}

/**
 * `mot-non-explique`: in a guide, a difficult word must be explained the first time it appears:
 * marked with `<Mot>`, which shows its definition from the glossary (`content/glossaire/`).
 */
export default defineRule({
  id: 'mot-non-explique',
  title: 'Mot pas expliqué',
  severity: 'warning',
  options,
  check({ facts, options, report, language }) {
    if (facts.kind !== 'guide') return;
    const ranges = markedRanges(facts.mdast, options.component);
    const isMarked = (word: FalcWord): boolean => {
      const offset = word.position.start.offset ?? -1;
      return ranges.some((range) => range.start <= offset && offset < range.end);
    };
    const keyOf = (text: string): string => {
      const entry = language.glossary.entryOf(text);
      return entry ? `glossaire:${entry.term}` : phraseTokens(text).join(' ');
    };
    const markedKeys = new Set(ranges.map((range) => keyOf(range.text)));
    const occurrences = new Map<string, Occurrence[]>();
    const add = (key: string, occurrence: Occurrence): void => {
      const list = occurrences.get(key) ?? [];
      list.push(occurrence);
      occurrences.set(key, list);
    };

    // Words the guide explains in its own sentences (« Le CCAS, c’est le centre communal… »).
    const explained = explanationsOf(facts);
    for (const sentence of facts.sentences) {
      // A title in the en-tête or an attribute cannot hold <Mot>: the word is explained in the text.
      if (facts.blocks[sentence.block]?.field) continue;
      const taken = new Set<number>();
      const difficult = difficultWords(sentence, language, options.threshold, false, explained);
      // Glossary terms and forms.
      for (const match of language.glossary.terms.matches(sentence.words)) {
        const words = sentence.words.slice(match.start, match.end + 1);
        // A term of several words (« tribunal administratif ») means more than its common words: it is
        // difficult as a whole, since the glossary explains it. (A form such as the words of an acronym
        // is judged by its words.)
        const hard = (match.end > match.start && /\s/.test(match.value.term)) || difficult.some((found) => found.start <= match.end && found.end >= match.start);
        add(`glossaire:${match.value.term}`, { words, marked: words.some(isMarked), difficult: hard, inGlossary: true, label: match.value.term });
        for (let index = match.start; index <= match.end; index++) taken.add(index);
      }
      // Difficult words that are not glossary terms, and acronyms.
      for (const found of difficult) {
        if (taken.has(found.start)) continue;
        const words = sentence.words.slice(found.start, found.end + 1);
        add(found.kind === 'jargon' ? found.entry?.term ?? found.key : found.key, {
          words,
          marked: words.some(isMarked),
          difficult: true,
          inGlossary: false,
          label: words.map((word) => word.value).join(' '),
        });
        for (let index = found.start; index <= found.end; index++) taken.add(index);
      }
      sentence.words.forEach((word, index) => {
        if (taken.has(index) || word.kind !== 'word' || !isAcronymLike(word.value)) return;
        add(word.value.toLowerCase(), { words: [word], marked: isMarked(word), difficult: false, inGlossary: false, label: word.value });
      });
      // Words marked with <Mot> that are not found above: key them by their text. Only the marks within the
      // sentence's words can hold one (the others would find none: no list to make for them).
      let first = Number.POSITIVE_INFINITY;
      let last = -1;
      for (const word of sentence.words) {
        const offset = word.position.start.offset;
        if (offset === undefined) continue;
        if (offset < first) first = offset;
        if (offset > last) last = offset;
      }
      for (const range of ranges) {
        if (range.end <= first || range.start > last) continue;
        const words = sentence.words.filter((word, index) => !taken.has(index) && (word.position.start.offset ?? -1) >= range.start && (word.position.start.offset ?? -1) < range.end);
        if (words.length === 0) continue;
        add(keyOf(range.text), { words, marked: true, difficult: true, inGlossary: false, label: range.text });
      }
    }

    for (const [key, list] of occurrences) {
      list.sort((a, b) => (a.words[0]!.position.start.offset ?? 0) - (b.words[0]!.position.start.offset ?? 0));
      const first = list[0]!;
      // « d’hébergement » is marked as d’<Mot>hébergement</Mot>: the elided article is not part of the
      // word, nor of its place.
      const actual = writtenMainPart(first.words.map((word) => word.value).join(' '));
      const firstWord = first.words[0]!;
      const place = { start: pointAfter(firstWord, firstWord.value.length - writtenMainPart(firstWord.value).length), end: first.words[first.words.length - 1]!.position.end };
      if (first.marked) continue;
      if (list.some((occurrence) => occurrence.marked) || markedKeys.has(key)) {
        report(
          `Le mot « ${actual} » est expliqué plus loin dans le guide. Le lecteur le rencontre ici avant son explication. Écrivez <${options.component}>${actual}</${options.component}> la première fois.`,
          { place, actual },
        );
      } else if (first.inGlossary && list.some((occurrence) => occurrence.difficult) && !termKeys(first.label).every((key) => explained.words.has(key))) {
        report(
          `Le mot « ${actual} » est difficile. Il est dans le glossaire, mais le guide ne montre pas son explication. Écrivez <${options.component}>${actual}</${options.component}> la première fois.`,
          { place, actual },
        );
      }
    }

    // A marked word needs a definition in the glossary (when the glossary is known).
    if (language.glossary.entries.length === 0) return;
    const reported = new Set<string>();
    for (const range of ranges) {
      const text = range.text.trim();
      if (text === '' || language.glossary.entryOf(text) || reported.has(text)) continue;
      reported.add(text);
      report(
        `Le mot « ${text} » n’a pas d’explication dans le glossaire. Ajoutez un fichier pour ce mot dans le dossier content/glossaire.`,
        { place: range.node.position, actual: text },
      );
    }
  },
});
