import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { cleanHeading } from '../_shared/headings.ts';
import type { FalcFacts } from '../../src/engine/types.ts';

export const options = z
  .object({
    /** Most sentences in the introduction. */
    maxSentences: z.number().int().min(1).default(6),
    /** Components that start the steps: the guide must not start with them. */
    stepComponents: z.array(z.string()).default(['Etapes', 'Etape']),
    /** Beginnings of headings that announce an introduction (lower case, `'` for apostrophes). */
    introHeadings: z
      .array(z.string())
      .default([
        'introduction',
        'présentation',
        'à quoi sert ce guide',
        'à quoi ça sert',
        'ce guide',
        'pour qui',
        'de quoi parle ce guide',
        'de quoi s\'agit-il',
        'c\'est quoi',
        'qu\'est-ce que',
        'pourquoi ce guide',
        'en bref',
        'en résumé',
      ]),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** Nodes that show nothing to the reader: imports, comments, a pictogram alone. */
function isSilent(node: RootContent): boolean {
  if (node.type === 'yaml' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'definition') return true;
  if (node.type === 'html') return /^<!--[\s\S]*-->$/.test(node.value.trim());
  if (node.type === 'mdxJsxFlowElement' && node.name === 'Picto') return true;
  if (node.type === 'paragraph') {
    return node.children.every(
      (child) =>
        (child.type === 'mdxJsxTextElement' && child.name === 'Picto') ||
        child.type === 'image' ||
        child.type === 'mdxTextExpression' ||
        (child.type === 'text' && child.value.trim() === ''),
    );
  }
  return false;
}

function sentencesIn(facts: FalcFacts, node: Nodes): number {
  const start = node.position?.start.offset ?? -1;
  const end = node.position?.end.offset ?? -1;
  return facts.sentences.filter((sentence) => {
    const offset = sentence.position.start.offset ?? -1;
    return offset >= start && offset < end;
  }).length;
}

/**
 * `but-en-premier`: a guide says at the start what it helps to do. It needs a `description` in its
 * en-tête and a short introduction before its first heading or its first step.
 */
export default defineRule({
  id: 'but-en-premier',
  title: 'Le but n’est pas au début',
  severity: 'warning',
  options,
  check({ facts, options, report }) {
    if (facts.kind !== 'guide') return;
    const body = facts.mdast.children.filter((node) => !isSilent(node));
    const yaml = facts.mdast.children.find((node) => node.type === 'yaml');
    const top = yaml?.position ?? body[0]?.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const description = facts.frontmatter?.description;
    if (facts.frontmatter && (typeof description !== 'string' || description.trim() === '')) {
      report(
        'L’en-tête du guide n’a pas de description. La description dit en une phrase ce que le guide aide à faire. Ajoutez le champ description dans l’en-tête.',
        { place: { start: top.start, end: top.start } },
      );
    }
    const first = body[0];
    const startOfGuide = 'Le guide doit dire au début ce qu’il aide à faire. Le lecteur sait alors tout de suite si le guide est pour lui.';
    const whyFirst = 'Le lecteur doit savoir tout de suite si le guide est pour lui.';
    if (!first) {
      report(`${startOfGuide} Écrivez 1 ou 2 phrases au début du guide.`, { place: { start: top.end, end: top.end } });
      return;
    }
    if (first.type === 'heading') {
      const text = cleanHeading(toString(first));
      const intro = options.introHeadings.some((start) => text === cleanHeading(start) || text.startsWith(`${cleanHeading(start)} `));
      if (intro && body[1]?.type === 'paragraph') return;
      report(`Le guide commence par un titre. ${whyFirst} Avant ce titre, écrivez 1 ou 2 phrases qui disent à quoi sert le guide.`, {
        place: first.position,
        actual: toString(first).trim(),
      });
      return;
    }
    if ((first.type === 'mdxJsxFlowElement' || first.type === 'mdxJsxTextElement') && first.name && options.stepComponents.includes(first.name)) {
      report(`Le guide commence par les étapes. ${whyFirst} Avant les étapes, écrivez 1 ou 2 phrases qui disent à quoi sert le guide.`, {
        place: first.position?.start ? { start: first.position.start, end: first.position.start } : undefined,
        actual: `<${first.name}>`,
      });
      return;
    }
    if (first.type === 'paragraph') {
      const count = sentencesIn(facts, first);
      if (count > options.maxSentences) {
        report(
          `L’introduction du guide a ${count} phrases. Une introduction courte se lit vite. Gardez ${options.maxSentences} phrases au plus et mettez la suite dans une partie du guide.`,
          { place: first.position },
        );
      }
    }
  },
});
