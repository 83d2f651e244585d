import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { inListItem, span, textBetween, tokensOf, type Token } from '../_shared/tokens.ts';

export const options = z.object({}).strict();

export type Options = z.infer<typeof options>;

/** « Si » before these words is an intensifier (« Si peu de personnes… »), not a condition. */
const INTENSIFIED = new Set(['peu', 'vite', 'tôt', 'tard', 'longtemps', 'loin', 'près', 'souvent', 'rarement', 'bien', 'mal', 'fort']);

/** Words that link to the sentence before: « Et si… », « Mais si… », « Ou si… ». */
const LINKS = new Set(['et', 'mais', 'ou', 'or']);

/** Determiners of a named subject after « si »: « Si le salarié… », « Si un couple… ». */
const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs']);

/** Words that speak to the reader: a condition on the reader becomes a question to the reader. */
const READER = new Set(['vous', 'votre', 'vos', 'vôtre', 'vôtres']);

/** The advice for a condition that speaks to the reader (« Si vous avez un enfant, … »). */
// Without the reader's own question (a long condition), the example says it is one: « Posez une question : « Vous avez
// un enfant ? » » was read as the question to write (ninth reading: 6 messages judged wrong).
const ASK_THE_READER = 'Cette phrase commence par « si ». Une condition est difficile à suivre. Posez une question au lecteur sur sa situation, puis donnez la réponse. Par exemple : « Vous avez un enfant ? Vous recevez une aide. »';

/** Words of a condition short enough to be asked as it is. */
const QUESTION_WORDS = 8;

/**
 * The reader's condition asked as a question: « Si vous êtes surendetté, … » → « Vous êtes surendetté ? » (seventh
 * reading: the advice always gave « Vous avez un enfant ? », whatever the condition). Only a short condition that
 * starts with « vous » and ends at a comma; otherwise undefined.
 */
function questionOf(tokens: Token[], first: number): string | undefined {
  if (tokens[first + 1]?.normal !== 'vous') return undefined;
  let words = 0;
  for (let at = first + 1; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.kind === 'punct') {
      if (token.value !== ',' || at === first + 1) return undefined;
      const condition = textBetween(tokens, first + 1, at - 1);
      return `${condition.charAt(0).toUpperCase()}${condition.slice(1)} ?`;
    }
    if (++words > QUESTION_WORDS) return undefined;
  }
  return undefined;
}

/**
 * The advice for a condition on someone else (« Si l'organisme lui coûte 500 € par mois, un couple … touchera … »,
 * fiche F34430): a question to the reader does not fit an example about other people; the situation is said first.
 */
const SAY_THE_CASE = 'Cette phrase commence par « si ». Une condition est difficile à suivre. Dites d’abord la situation dans une phrase courte, par exemple : « Le locataire part. » Puis dites ce qui se passe dans une autre phrase : « Il rend les clés. »';

/** The same advice for a heading: the heading becomes the question or the situation itself. */
const HEADING_QUESTION = 'Ce titre commence par « si ». Une condition est difficile à suivre. Écrivez le titre comme une question, par exemple : « Vous avez un enfant ? »';
const HEADING_CASE = 'Ce titre commence par « si ». Une condition est difficile à suivre. Écrivez seulement la situation, par exemple : « Le locataire part ».';

/** `si-alors`: a sentence that starts with a condition « Si … ». */
/** « S'il annule l'OQTF : … »: a « : » before any comma. */
function isLabelCase(tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    if (token.kind !== 'punct') continue;
    if (token.value === ':') return true;
    if (token.value === ',') return false;
  }
  return false;
}

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
      // « - S'il annule l'OQTF : toutes les mesures prennent fin » (fourteenth reading): a case of a list, as a label, then
      // « : » and what happens.
      // Not « Si la carte a été gardée, présentez : » (a comma before « : » ends the condition).
      if (/^S/.test(first.value) && isLabelCase(tokens) && inListItem(facts.mdast, first)) continue;
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
      // A condition on someone named (« Si l'organisme… », « Si le salarié… ») in a sentence that neither names
      // the reader nor tells them to act (« appelez »): the situation is said first.
      // « S'il accepte la proposition, le propriétaire doit… » (fiche F2615, eighth reading): « il » is someone else too.
      const aboutSomeoneElse = ((first.normal === 'si' && (DETERMINERS.has(next.normal) || /^l'/.test(next.normal))) || first.normal === "s'") &&
        !sentence.words.some((word) => READER.has(word.normal) || /^(?:[ldjmnst]|qu)'(?:vous|votre|vos)$/.test(word.normal) || /\p{L}{2,}ez$/u.test(word.normal));
      // « ### Si vous avez déjà bénéficié d'un bon » (fiche F714, fifth reading): a heading is no sentence to cut in 2.
      const heading = facts.blocks[sentence.block]?.type === 'heading';
      const question = heading || aboutSomeoneElse || first.normal !== 'si' ? undefined : questionOf(tokens, skip);
      const askTheReader = question
        ? `Cette phrase commence par « si ». Une condition est difficile à suivre. Posez une question : « ${question} » puis donnez la réponse.`
        : ASK_THE_READER;
      report(
        heading ? (aboutSomeoneElse ? HEADING_CASE : HEADING_QUESTION) : aboutSomeoneElse ? SAY_THE_CASE : askTheReader,
        { place: span(first, last), actual: `${first.value}${last === first ? '' : last.value}`, expected: [] },
      );
    }
  },
});
