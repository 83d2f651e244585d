import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import type { FalcFacts } from '../../src/engine/types.ts';
import { visitTypes } from '../_shared/visit-types.ts';

export const options = z
  .object({
    /** A heading that ends with a period and has more words than this is a sentence, not a heading. */
    maxWordsWithPeriod: z.number().int().min(1).default(6),
    /** A guide must have at least one heading (## …) in its text. */
    requireHeading: z.boolean().default(true),
    /** Report a heading made only of a vague word: « Informations », « Divers », « Généralités ». */
    vague: z.boolean().default(true),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** Words that never say what a part is about, and the small words that may come with them. */
const VAGUE = new Set([
  'information', 'informations', 'divers', 'diverses', 'généralités', 'généralité', 'remarque', 'remarques', 'précision',
  'précisions', 'introduction', 'complément', 'compléments', 'détails', 'autres', 'annexe', 'annexes', 'suite', 'texte',
]);
const VAGUE_COMPANIONS = new Set(['les', 'des', 'd', 'de', 'autres', 'générales', 'complémentaires', 'diverses', 'divers', 'plus']);

/** True when a heading is only vague words: « Informations », « Autres informations », « Divers ». */
export function isVague(text: string): boolean {
  const words = text.toLowerCase().replace(/’/g, "'").split(/[\s']+/u).map((word) => word.replace(/[^\p{L}]/gu, '')).filter(Boolean);
  return words.some((word) => VAGUE.has(word)) && words.every((word) => VAGUE.has(word) || VAGUE_COMPANIONS.has(word));
}

/** Number of words of a heading, as the engine counted them. */
function wordCount(facts: FalcFacts, heading: Heading): number {
  const offset = heading.position?.start.offset;
  const block = facts.blocks.find((candidate) => candidate.type === 'heading' && candidate.position.start.offset === offset);
  if (block) return block.sentences.reduce((total, sentence) => total + sentence.words.length, 0);
  return toString(heading).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** More # headings than this get one message for all (each one with its own message is noise). */
const MANY_LEVEL_ONES = 5;

/**
 * `titre`: a skipped heading level (## then ####), more than one # heading, an empty heading, a
 * heading written as a long sentence with a period, a vague heading (« Informations »), a guide with
 * no heading at all.
 * Skipped levels are errors; the other problems are one level lower (warnings).
 */
export default defineRule({
  id: 'titre',
  title: 'Titre mal construit',
  severity: 'error',
  options,
  check({ facts, options, report, settings }) {
    const lower = (message: ReturnType<typeof report>) => {
      if (settings.severity === 'error') message.fatal = false;
    };
    const headings: Heading[] = [];
    visitTypes(facts.mdast, ['heading'], (node) => {
      if (node.type === 'heading') headings.push(node);
    });
    // In a guide, the title of the page comes from the en-tête: it is the level 1 heading.
    let previous = facts.kind === 'guide' ? 1 : undefined;
    const titled = facts.kind === 'guide' && typeof facts.frontmatter?.title === 'string';
    let firstLevelOne = titled ? 1 : 0;
    /**
     * True when the heading at `index` has headings under it (« # Cas général » then « ## Conditions »): changing its
     * level alone would put it at the level of its own parts, so the whole part moves, and no replacement is offered.
     */
    const hasParts = (index: number): boolean => {
      const depth = headings[index]!.depth;
      const next = headings[index + 1];
      return next !== undefined && next.depth > depth;
    };
    /** The smallest level (most #) among the headings of the part that the heading at `index` opens. */
    const deepestInPart = (index: number): number => {
      const depth = headings[index]!.depth;
      let deepest: number = depth;
      for (let at = index + 1; at < headings.length && headings[at]!.depth > depth; at++) deepest = Math.max(deepest, headings[at]!.depth);
      return deepest;
    };
    const withParts = ' Ajoutez aussi un # au début des titres de cette partie, pour garder l’ordre des parties.';
    // « ###### Exemple » in the part (fiche F929, fifth reading): a 7th # makes no heading, Markdown has 6 levels.
    const tooDeep = ' Cette partie a déjà des titres avec 6 #, et un titre ne peut pas en avoir plus. Écrivez les plus petits titres en gras, comme du texte, ou coupez cette partie en 2.';
    // Many # headings (fiche F34300: 372, a tree of choices written flat): one message for all of them, not
    // one per heading.
    const levelOnes = headings.filter((heading) => heading.depth === 1).length + (titled ? 1 : 0);
    const manyLevelOnes = levelOnes > MANY_LEVEL_ONES;
    for (const [index, heading] of headings.entries()) {
      const text = toString(heading).replace(/\s+/g, ' ').trim();
      if (previous !== undefined && heading.depth > previous + 1) {
        const level = '#'.repeat(previous + 1);
        const parts = hasParts(index);
        report(
          `Ce titre saute un niveau : il a ${'#'.repeat(heading.depth)} après un titre avec ${'#'.repeat(previous)}. Le lecteur se perd dans les parties du guide. Écrivez ${level} au début du titre.${parts ? ` Enlevez aussi ${heading.depth - previous - 1 === 1 ? 'un #' : `${heading.depth - previous - 1} #`} au début des titres de cette partie, pour garder l’ordre des parties.` : ''}`,
          { place: heading.position, actual: `${'#'.repeat(heading.depth)} ${text}`, ...(parts ? {} : { expected: [`${level} ${text}`] }) },
        );
      }
      previous = heading.depth;
      if (heading.depth === 1 && ++firstLevelOne > 1) {
        if (manyLevelOnes) {
          if (firstLevelOne === 2) {
            lower(
              report(
                `Le texte a ${levelOnes} grands titres, écrits avec un seul #. Un texte a un seul grand titre. Écrivez ## au début des autres titres, et ajoutez un # au début des titres de leurs parties.${headings.some((other) => other.depth === 6) ? ' Des titres ont déjà 6 # : écrivez-les en gras, comme du texte.' : ''}`,
                { place: heading.position, actual: `# ${text}` },
              ),
            );
          }
        } else {
          // With parts under it, one replacement would flatten the plan (« ## Conjoint » then « ## Conditions »).
          const parts = hasParts(index);
          lower(
            report(
              `${titled && firstLevelOne === 2 ? 'Le guide a déjà un grand titre : le titre de l’en-tête. Un guide a un seul grand titre.' : 'Le texte a déjà un grand titre. Un texte a un seul grand titre, écrit avec un seul #.'} Écrivez ## au début de ce titre.${parts ? (deepestInPart(index) >= 6 ? tooDeep : withParts) : ''}`,
              { place: heading.position, actual: `# ${text}`, ...(parts ? {} : { expected: [`## ${text}`] }) },
            ),
          );
        }
      }
      if (text === '') {
        lower(report('Ce titre est vide. Écrivez en quelques mots de quoi parle cette partie.', { place: heading.position, actual: '#'.repeat(heading.depth) }));
        continue;
      }
      if (options.vague && isVague(text)) {
        lower(
          report(
            `Le titre « ${text} » ne dit pas de quoi parle la partie. Le lecteur ne sait pas s’il doit la lire. Écrivez le sujet de la partie, par exemple « Les papiers à apporter ».`,
            { place: heading.position, actual: text },
          ),
        );
      }
      const count = wordCount(facts, heading);
      if (/[^.]\.$/u.test(text) && !/\b(etc|cf|ex)\.$/iu.test(text) && count > options.maxWordsWithPeriod) {
        lower(
          report(
            `Ce titre est une longue phrase de ${count} mots. Un titre court se lit vite et dit de quoi parle la partie. Écrivez un titre de quelques mots, sans point à la fin.`,
            { place: heading.position, actual: text },
          ),
        );
      }
    }
    if (facts.kind === 'guide' && options.requireHeading && headings.length === 0) {
      const first = facts.mdast.children.find((node) => node.type !== 'yaml');
      const start = first?.position?.start ?? { line: 1, column: 1 };
      lower(
        report(
          'Le guide n’a pas de titre de partie. Les titres aident le lecteur à trouver une information. Coupez le guide en parties avec des titres ## comme « Où aller ? ».',
          { place: { start, end: start } },
        ),
      );
    }
  },
});
