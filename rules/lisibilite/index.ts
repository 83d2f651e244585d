import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import type { FalcSentence } from '../../src/engine/types.ts';
import { countSyllables } from '../../src/language/syllables.ts';
import { mainPart } from '../../src/language/word-kinds.ts';
import { memoizeWord } from '../../src/language/word-memo.ts';

export const options = z
  .object({
    /** Lowest Kandel–Moles score of a whole text. 60 = « assez facile »; FALC texts usually score 70 or more. */
    minGuide: z.number().default(60),
    /** Lowest Kandel–Moles score of a paragraph of 3 sentences or more. */
    minParagraph: z.number().default(40),
    /** Highest LIX of a whole text. Under 30 = easy, 30–40 = medium. */
    maxLix: z.number().default(40),
    /** Highest LIX of a paragraph of 3 sentences or more (not checked by default: LIX is unstable on a few sentences). */
    maxParagraphLix: z.number().optional(),
    /** A text needs at least this many words to get a score message (short texts give unstable scores). */
    minWords: z.number().int().min(1).default(50),
    /** A paragraph needs at least this many sentences to be scored. */
    paragraphSentences: z.number().int().min(1).default(3),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** Readability numbers of a group of sentences. */
export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Words of more than 6 letters. */
  longWords: number;
  /** Kandel & Moles (1958): 207 − 1.015 × words/sentence − 73.6 × syllables/word. Higher is easier. */
  kandelMoles: number;
  /** LIX (Björnsson): words/sentence + 100 × long words/words. Lower is easier. */
  lix: number;
}

function letters(value: string): number {
  return (value.match(/\p{L}/gu) ?? []).length;
}

/** A word of more than 6 letters, its elided article left out (once per normalised form). */
export const isLongWord = memoizeWord((normal: string): boolean => letters(mainPart(normal)) > 6);

/**
 * A quick test before `isLongWord`: its letters are characters of the word's normal form, so a long word has
 * more than 6 characters.
 */
export function mayBeLongWord(normal: string): boolean {
  return normal.length > 6;
}

interface Counts {
  words: number;
  syllables: number;
  longWords: number;
}

/** Counts already made, per sentence: a sentence is read for the whole text and again for its paragraph. */
const counted = new WeakMap<FalcSentence, Counts>();

function countsOf(sentence: FalcSentence): Counts {
  let counts = counted.get(sentence);
  if (!counts) {
    counts = { words: 0, syllables: 0, longWords: 0 };
    for (const word of sentence.words) {
      counts.words++;
      counts.syllables += Math.max(1, countSyllables(word.value));
      // `mayBeLongWord` first: most words have 6 characters or fewer and need no lookup.
      if (word.kind === 'word' && mayBeLongWord(word.normal) && isLongWord(word.normal)) counts.longWords++;
    }
    counted.set(sentence, counts);
  }
  return counts;
}

/** Scores of sentences (headings excluded by the caller). */
export function readability(sentences: readonly FalcSentence[]): Readability {
  let words = 0;
  let syllables = 0;
  let longWords = 0;
  for (const sentence of sentences) {
    const counts = countsOf(sentence);
    words += counts.words;
    syllables += counts.syllables;
    longWords += counts.longWords;
  }
  const count = Math.max(1, sentences.length);
  const perSentence = words / count;
  const perWord = words === 0 ? 0 : syllables / words;
  return {
    words,
    sentences: sentences.length,
    syllables,
    longWords,
    kandelMoles: 207 - 1.015 * perSentence - 73.6 * perWord,
    lix: perSentence + (words === 0 ? 0 : (100 * longWords) / words),
  };
}

const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * A score under its minimum, as the message shows it: rounded down, so that 59.6 reads « 59 », not « 60 »
 * next to « il faut au moins 60 » (a message that contradicts itself).
 */
const shownBelow = (value: number): number => Math.floor(value);
/** An index over its maximum, rounded up for the same reason (40.2 reads « 41 », not « 40 » next to « 40 au plus »). */
const shownAbove = (value: number): number => Math.ceil(value);
/**
 * The blocks the scores read. Not headings, and not table cells (4th and 5th readings): « | De 6 500 € à 17 000 € |
 * 1,085 % HT de la valeur du bien | » is no sentence, and a fiche of notary fees scored 47 for « sentences » of
 * 5 words because of them (fiche F795). The formulas were made for running text.
 */
const PROSE_BLOCKS = new Set(['paragraph', 'mdxJsxFlowElement']);

/** `lisibilite`: Kandel–Moles and LIX scores of the text and of its long paragraphs. */
export default defineRule({
  id: 'lisibilite',
  title: 'Texte difficile à lire',
  severity: 'warning',
  options,
  check({ facts, file, options, report }) {
    const prose = facts.sentences.filter((sentence) => PROSE_BLOCKS.has(facts.blocks[sentence.block]?.type ?? ''));
    const whole = readability(prose);
    if (whole.words === 0) return;
    file.data.falcStats = { ...(file.data.falcStats ?? {}), kandelMoles: round(whole.kandelMoles), lix: round(whole.lix), syllables: whole.syllables };
    if (whole.words >= options.minWords) {
      if (whole.kandelMoles < options.minGuide) {
        report(
          `Le texte est difficile à lire. Son score de lisibilité est ${shownBelow(whole.kandelMoles)} sur 100 et il faut au moins ${options.minGuide}. Écrivez des phrases plus courtes et des mots plus courts.`,
          // About the whole text: no sentence of it is the problem (before, the first one was underlined and quoted).
          { place: undefined, wholeText: true },
        );
      } else if (whole.lix > options.maxLix) {
        report(
          `Le texte a trop de mots longs et de phrases longues. Son indice de difficulté est ${shownAbove(whole.lix)}, pour ${options.maxLix} au plus. Choisissez des mots plus courts et coupez les phrases longues.`,
          { place: undefined, wholeText: true },
        );
      }
    }
    for (const block of facts.blocks) {
      if (!PROSE_BLOCKS.has(block.type) || block.sentences.length < options.paragraphSentences) continue;
      const score = readability(block.sentences);
      if (score.kandelMoles >= options.minParagraph && (options.maxParagraphLix === undefined || score.lix <= options.maxParagraphLix)) continue;
      const message = report(
        `Ce paragraphe est difficile à lire : son score de lisibilité est ${shownBelow(score.kandelMoles)} sur 100. Coupez les phrases longues et remplacez les mots longs.`,
        { place: block.position },
      );
      message.fatal = undefined;
    }
  },
});
