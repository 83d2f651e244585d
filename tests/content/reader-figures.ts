/**
 * The figures a reader sees in a guide (amounts, delays, ages, form numbers, percentages, dates, hours), and
 * the facts file that must list each of them with its source. Used by tests/content/facts.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Root as MdastRoot, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { createParser } from '../../src/engine/checker.ts';

/** Frontmatter fields a reader sees on the guide page. */
const READER_FIELDS = ['title', 'description', 'audience'] as const;
/** Component attributes that are not text for readers (pictogram names, web addresses, glossary keys). */
const NON_TEXT_ATTRIBUTES = new Set(['picto', 'lien', 'nom-picto', 'taille', 'terme']);

/** The text a reader sees: reader header fields, prose, and the text attributes of components. Comments are left out. */
export function readerText(source: string): string {
  const tree = createParser('mdx').parse(source) as MdastRoot;
  const parts: string[] = [];
  const walk = (node: RootContent | MdastRoot): void => {
    switch (node.type) {
      case 'yaml': {
        const header = (parseYaml(node.value) ?? {}) as Record<string, unknown>;
        for (const field of READER_FIELDS) if (typeof header[field] === 'string') parts.push(header[field]);
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'mdxjsEsm':
        return;
      case 'text':
      case 'inlineCode':
        parts.push(node.value);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' && !NON_TEXT_ATTRIBUTES.has(attribute.name)) {
            parts.push(attribute.value);
          }
        }
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) walk(child as RootContent);
  };
  walk(tree);
  return parts.join('\n');
}

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const UNITS = 'ans|an|mois|semaines|semaine|jours|jour|heures|heure|minutes|minute|euros|euro|€|fois|%|pour cent|h(?: \\d{2})?';
/**
 * One figure: a date with its month in words, or a number (thousands separated by a space, decimal comma, Cerfa
 * suffix `*01`, ordinal `1er`) with the unit that follows it, if any.
 */
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}(?:er)? (?:${MONTHS})(?: \\d{4})?|\\d+(?: \\d{3})*(?:,\\d+)?(?:\\*\\d+)?(?:er|re|e)?(?: ?(?:${UNITS}))?)(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Spaces of every kind become one space, `\*` becomes `*`, letters are lower case: the form figures are compared in. */
export function normalizeFigure(value: string): string {
  return value.replace(/\\\*/g, '*').replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLowerCase();
}

/** Every figure of a text, normalized, in order of appearance (with repeats). */
export function figuresIn(text: string): string[] {
  return [...normalizeFigure(text).matchAll(FIGURE)].map((match) => match[0]);
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'une date sous la forme 2026-11-30');

/** A facts file, `content/guides/<slug>.faits.yml`. */
export const factsSchema = z
  .object({
    guide: z.string().min(1),
    verifie_le: isoDate,
    faits: z
      .array(
        z
          .object({
            fait: z.string().min(5),
            chiffre: z.string().min(1).optional(),
            source: z
              .object({
                titre: z.string().min(5),
                url: z.url().refine((url) => url.startsWith('https://'), 'une adresse https://'),
                passage: z.string().min(5),
              })
              .strict(),
            verifie_le: isoDate,
            note: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
    laisses_de_cote: z
      .array(z.object({ sujet: z.string().min(3), raison: z.string().min(5), ou_demander: z.string().min(3) }).strict())
      .optional(),
  })
  .strict();

export type FactsFile = z.infer<typeof factsSchema>;

/** Reads and validates a facts file; throws with the file name and the zod issues when it is wrong. */
export function readFacts(path: string): FactsFile {
  const result = factsSchema.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!result.success) throw new Error(`${path} : ${z.prettifyError(result.error)}`);
  return result.data;
}
