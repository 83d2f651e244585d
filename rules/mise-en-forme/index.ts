import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { findBulletParagraphs, isAccidentalEmphasis } from '../../src/engine/markup-mistakes.ts';

export const options = z.object({}).strict();

/**
 * `mise-en-forme`: markup that changes the page without the author wanting it — bullets pasted from a
 * word processor instead of a Markdown list, a lone star that turns text into italics.
 */
export default defineRule({
  id: 'mise-en-forme',
  title: 'Mise en forme mal écrite',
  severity: 'error',
  options,
  check({ facts, file, report }) {
    const source = String(file.value);
    for (const paragraph of findBulletParagraphs(facts.mdast, source)) {
      report(
        `Cette ligne commence par « ${paragraph.bullet} ». Ce n’est pas une liste pour le site : il n’affiche pas de liste à cocher et les lecteurs d’écran ne lisent pas de liste. Commencez chaque ligne par un tiret - suivi d’une espace, et laissez une ligne vide avant la liste.`,
        { place: paragraph.position, actual: paragraph.bullet, expected: ['- '] },
      );
    }
    const stack: Nodes[] = [facts.mdast];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'emphasis' && isAccidentalEmphasis(node, source)) {
        const start = node.position!.start.offset!;
        const end = node.position!.end.offset!;
        const written = source.slice(start, end);
        const escaped = `\\*${toString(node)}\\*`;
        report(
          `Les 2 étoiles * de « ${written} » mettent ce texte en italique. Pour écrire une étoile, écrivez \\* : ${escaped}.`,
          { place: node.position, actual: written, expected: [escaped] },
        );
        continue;
      }
      if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
    }
  },
});
