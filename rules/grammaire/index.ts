import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { quotedFlags, span, tokensOf, type Token } from '../_shared/tokens.ts';

export const options = z.object({}).strict();

export type Options = z.infer<typeof options>;

/** Endings of past participles and adjectives: « c’est fait », « c’est écrit », « c’est ouvert » are right. */
const PARTICIPLE = /(?:é|ée|és|ées|i|ie|is|ise|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|ait|aint|eint|oint|ant)$/;

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

/**
 * `grammaire`: two grammar mistakes that the checker can find with almost no false alarm.
 * - « a » (the verb « avoir ») before an infinitive, for « à »: « facile a comprendre », « une carte a remplir ».
 * - « c’est » before a conjugated verb: « Le FALC, c’est permet … ». Participles and adjectives are right.
 * Other grammar mistakes are not searched: a wrong message teaches authors to ignore the checker.
 */
export default defineRule({
  id: 'grammaire',
  title: 'Faute de grammaire',
  severity: 'warning',
  options,
  check({ facts, report, language }) {
    const table = language.frequencies;
    if (!table) return;
    /** An infinitive: a verb form that is its own lemma, ending in -er, -ir, -re or -oir. */
    const isInfinitive = (normal: string): boolean => /(?:er|ir|re|oir)$/.test(normal) && table.partOf(normal) === 'VER' && table.lemmaOf(normal) === normal;
    for (const sentence of facts.sentences) {
      const tokens = tokensOf(sentence);
      const quoted = quotedFlags(tokens);
      tokens.forEach((token, index) => {
        if (token.kind !== 'word' || quoted[index]) return;
        const next = tokens[index + 1];
        if (!isWord(next)) return;
        if (token.normal === 'a' && isInfinitive(next.normal)) {
          // « il a été », « il a fait » are participles; « a » + infinitive is always « à ».
          report(
            `« ${token.value} ${next.value} » : avant un verbe à l’infinitif, écrivez « à » avec un accent.`,
            { place: token.position, actual: token.value, expected: [token.value === 'A' ? 'À' : 'à'] },
          );
          return;
        }
        if (token.normal === 'est' && tokens[index - 1]?.normal === "c'") {
          if (table.partOf(next.normal) !== 'VER' || PARTICIPLE.test(next.normal) || isInfinitive(next.normal)) return;
          // « c’est peut-être », « c’est dire »: not a conjugated verb after « c’est ».
          if (next.normal.includes('-') || table.lemmaOf(next.normal) === next.normal) return;
          // « C'est est un produit d'épargne » (fiche F2368, eleventh reading): « est » typed twice; without « c'est »
          // the sentence has no subject.
          const twice = next.normal === 'est';
          report(
            twice
              ? `« c’est ${next.value} » : le verbe « est » est écrit 2 fois. Enlevez le 2e « est ».`
              : `« c’est ${next.value} » : il y a 2 verbes à la suite. Enlevez « c’est » ou écrivez une autre phrase.`,
            { place: span(tokens[index - 1]!, next), actual: `${tokens[index - 1]!.value}${token.value} ${next.value}` },
          );
        }
      });
    }
  },
});
