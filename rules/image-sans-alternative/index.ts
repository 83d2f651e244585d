import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { visitTypes } from '../_shared/visit-types.ts';

export const options = z
  .object({
    /** Words that say nothing about the picture: an alternative made only of one of them is flagged. */
    vague: z.array(z.string()).default(['image', 'images', 'photo', 'img', 'illustration', 'icone', 'icône', 'dessin', 'picto', 'pictogramme', 'logo']),
  })
  .strict();

export type Options = z.infer<typeof options>;

const FILE_NAME = /^[^\s/\\]+\.(?:jpe?g|png|gif|svg|webp|avif|bmp|tiff?|ico|heic)$/i;

type Problem = 'vide' | 'fichier' | 'vague' | undefined;

/** What is wrong with an alternative text, if anything. */
function problemOf(alt: string | null | undefined, vague: Set<string>): Problem {
  const text = (alt ?? '').trim();
  if (text === '') return 'vide';
  if (FILE_NAME.test(text)) return 'fichier';
  if (vague.has(text.toLowerCase().replace(/[.:!]$/, ''))) return 'vague';
  return undefined;
}

const REASONS = {
  vide: 'Cette image n’a pas de texte de remplacement. Une personne aveugle ne sait pas ce que montre l’image. Décrivez l’image en quelques mots.',
  fichier: 'Le texte de remplacement de cette image est un nom de fichier. Une personne aveugle entend ce nom et ne comprend pas l’image. Décrivez l’image en quelques mots.',
  vague: 'Le texte de remplacement de cette image ne dit pas ce qu’elle montre. Décrivez l’image en quelques mots.',
} as const;

/** Reads an HTML attribute in a tag: `alt="…"`. Undefined when the attribute is absent. */
function htmlAttribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!match) return new RegExp(`\\s${name}(?=[\\s/>])`, 'i').test(tag) ? '' : undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/**
 * `image-sans-alternative`: a Markdown image with an empty alternative, an `<img>` without `alt`,
 * a `<Picto>` without `nom`, or an alternative that is a file name or a word such as « image ».
 * An `<img alt="">` is a decorative image, on purpose: it stays allowed.
 */
export default defineRule({
  id: 'image-sans-alternative',
  title: 'Image sans texte de remplacement',
  severity: 'error',
  options,
  check({ facts, options, report }) {
    const vague = new Set(options.vague.map((word) => word.toLowerCase()));
    visitTypes(facts.mdast, ['image', 'imageReference', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      if (node.type === 'image' || node.type === 'imageReference') {
        const problem = problemOf(node.alt, vague);
        if (problem) report(REASONS[problem], { place: node.position, actual: node.alt ?? '' });
        return;
      }
      if (node.type === 'html') {
        for (const match of node.value.matchAll(/<img\b[^<>]*>/gi)) {
          const alt = htmlAttribute(match[0], 'alt');
          if (alt === undefined) report(REASONS.vide, { place: node.position, actual: match[0] });
          else if (alt.trim() !== '') {
            const problem = problemOf(alt, vague);
            if (problem) report(REASONS[problem], { place: node.position, actual: alt });
          }
        }
        return;
      }
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
      const attribute = (name: string) => node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
      if (node.name === 'img') {
        const alt = attribute('alt');
        if (!alt) {
          report(REASONS.vide, { place: node.position, actual: '<img>' });
          return;
        }
        if (typeof alt.value === 'string' && alt.value.trim() !== '') {
          const problem = problemOf(alt.value, vague);
          if (problem) report(REASONS[problem], { place: node.position, actual: alt.value });
        }
        return;
      }
      if (node.name === 'Picto') {
        const nom = attribute('nom');
        const value = nom?.value;
        if (!nom || value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
          report(
            'Ce pictogramme n’a pas de nom. Sans nom, le site ne sait pas quel dessin montrer ni quel texte lire à une personne aveugle. Ajoutez nom="…" avec un nom de la page /pictos/.',
            { place: node.position, actual: '<Picto>' },
          );
        }
      }
    });
  },
});
