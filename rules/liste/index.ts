import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { withoutLastSigns } from '../../src/engine/places.ts';
import { namesWithAcronym } from '../_shared/acronym-words.ts';
import { enumerationIn, hasComma } from '../_shared/enumeration.ts';
import { inListItem, span, textBetween, tokensOf, type Token } from '../_shared/tokens.ts';

export const options = z
  .object({
    /** Most words in one item of the enumeration. */
    maxItemWords: z.number().int().min(1).default(4),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** `liste`: an enumeration of 3 items or more inside a sentence belongs in a bullet list. */
/**
 * The list stands inside brackets: « (par exemple, nature et durée) », « (dans un délai de 48 heures, 15 jours ou 30
 * jours) » (seventh and tenth readings). The rule `ponctuation` reports the brackets and asks to write their content
 * in another sentence; a second message on the same words is noise.
 */
function inBrackets(tokens: Token[], first: number, last: number): boolean {
  let depth = 0;
  for (let at = first - 1; at >= 0; at--) {
    const value = tokens[at]!.value;
    if (value === ')') depth++;
    else if (value === '(' && depth-- === 0) return tokens.slice(last + 1).some((token) => token.value === ')');
  }
  return false;
}

/** Every thing of the list is a code of 1 or 2 capitals: « catégorie A, B et C » (tenth reading), not a list to set out. */
function codesOnly(tokens: Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).filter((token) => token.kind === 'word');
  const conjunction = words.findLastIndex((token) => token.normal === 'et' || token.normal === 'ou');
  // The things before « et » and the first word after it (the last thing may go on with the sentence).
  const things = conjunction < 0 ? words : [...words.slice(0, conjunction), ...words.slice(conjunction + 1, conjunction + 2)];
  return things.length > 0 && things.every((token) => /^\p{Lu}[\p{Lu}\d]?$/u.test(token.value));
}

export default defineRule({
  id: 'liste',
  title: 'Énumération dans une phrase',
  severity: 'warning',
  options,
  check({ facts, options, report, language }) {
    // « carte bancaire, chèque ou virement »: the frequency list tells a noun from an adjective (see `enumerationIn`).
    const frequencies = language.frequencies;
    const partOf = frequencies ? (word: string) => frequencies.partOf(word) : undefined;
    for (const sentence of facts.sentences) {
      const tokens = tokensOf(sentence);
      // An enumeration needs a comma (a run of 2 segments): most sentences have none, and need no more work.
      if (tokens.length === 0 || !hasComma(tokens) || inListItem(facts.mdast, tokens[0]!)) continue;
      // A table cell cannot hold a bullet list (fiche F31877: 11 calibres in a cell).
      // Nor can a heading (fiche F34777: « # … si l'on est divorcé, séparé ou veuf ? »).
      const blockType = facts.blocks[sentence.block]?.type;
      if (blockType === 'tableCell' || blockType === 'heading') continue;
      const found = enumerationIn(tokens, options.maxItemWords, partOf);
      if (!found || namesWithAcronym(tokens, found.last) || inBrackets(tokens, found.first, found.last) || codesOnly(tokens, found.first, found.last)) continue;
      const whole = textBetween(tokens, found.first, found.last);
      // « 8, 10, 12, 14 et 16. »: the full stop glued to the last number is not part of the list.
      const written = whole.replace(/\.$/, '');
      const place = withoutLastSigns(span(tokens[found.first]!, tokens[found.last]!), whole.length - written.length);
      report(
        `Cette phrase donne une liste de ${found.items} choses : « ${written} ». Une liste dans une phrase est difficile à retenir. Faites une liste à puces, avec une chose par ligne.`,
        { place, actual: written },
      );
    }
  },
});
