import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { inListItem, span, tokensOf } from '../_shared/tokens.ts';

export const options = z.object({}).strict();

export type Options = z.infer<typeof options>;

/** « Si » before these words is an intensifier (« Si peu de personnes… »), not a condition. */
const INTENSIFIED = new Set(['peu', 'vite', 'tôt', 'tard', 'longtemps', 'loin', 'près', 'souvent', 'rarement', 'bien', 'mal', 'fort']);

/** Words that link to the sentence before: « Et si… », « Mais si… », « Ou si… ». */
const LINKS = new Set(['et', 'mais', 'ou', 'or']);

/** `si-alors`: a sentence that starts with a condition « Si … ». */
export default defineRule({
  id: 'si-alors',
  title: 'Condition avec « si »',
  severity: 'warning',
  options,
  check({ facts, report }) {
    for (const sentence of facts.sentences) {
      const tokens = tokensOf(sentence);
      // « Et si vous… », « Mais si vous… »: the condition still starts the sentence.
      const skip = tokens[0]?.kind === 'word' && LINKS.has(tokens[0].normal) && /^s(i|')$/.test(tokens[1]?.normal ?? '') ? 1 : 0;
      const first = tokens[skip];
      const next = tokens[skip + 1];
      if (!first || first.kind !== 'word' || !next) continue;
      let last = first;
      // « - si vous avez un travail, » in a list: the item goes on the sentence before the list
      // (« Vous pouvez demander : »), so the condition comes after its main clause.
      if (/^s/.test(first.value) && inListItem(facts.mdast, first)) continue;
      if (first.normal === 'si') {
        // « Si, vous pouvez » answers a negative question; « Si peu » is an intensifier.
        if (next.kind !== 'word' || INTENSIFIED.has(next.normal)) continue;
      } else if (first.normal === "s'" && (next.normal === 'il' || next.normal === 'ils')) {
        // « S'il vous plaît »: politeness, not a condition.
        if (tokens[skip + 3]?.normal === 'plaît' || tokens[skip + 3]?.normal === 'plait') continue;
        last = next;
      } else {
        continue;
      }
      report(
        'Cette phrase commence par « si ». Une condition est difficile à suivre. Posez une question : « Vous avez un enfant ? » puis donnez la réponse.',
        { place: span(first, last), actual: `${first.value}${last === first ? '' : last.value}`, expected: [] },
      );
    }
  },
});
