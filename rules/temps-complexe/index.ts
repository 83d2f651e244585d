import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { quotedFlags, span, textBetween, tokensOf, type Token } from '../une-idee/tokens.ts';
import { ADVERBS, ETRE_VERBS, IRREGULAR_PARTICIPLES } from '../voix-passive/participles.ts';
import {
  AVOIR_FUTURE,
  ETRE_FUTURE,
  isConditional,
  NOUNS_IN_E,
  PASSE_SIMPLE,
  PASSE_SIMPLE_A,
  PASSE_SIMPLE_ERENT,
  PRESENT_OF,
  SUBJUNCTIVE,
} from './verbs.ts';

export const options = z.object({}).strict();

export type Options = z.infer<typeof options>;

type Tense = 'conditionnel' | 'subjonctif' | 'passé simple' | 'futur antérieur';

interface Finding {
  tense: Tense;
  first: number;
  last: number;
  expected?: string;
}

const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'on']);
/** Clitics between the subject and the verb: « il lui demanda », « elle se leva ». */
const CLITICS = new Set(['ne', "n'", 'lui', 'leur', 'le', 'la', 'les', "l'", 'se', "s'", 'me', "m'", 'te', "t'", 'nous', 'vous', 'y', 'en']);
const PREPOSITIONS = new Set(['avec', 'pour', 'chez', 'de', "d'", 'à', 'sans', 'par', 'sur', 'contre', 'entre', 'après', 'avant', 'selon', 'vers', 'que', "qu'"]);
const REFLEXIVE = new Set(['se', "s'", 'me', "m'", 'te', "t'"]);

function word(tokens: Token[], index: number): string | undefined {
  const token = tokens[index];
  return token && token.kind === 'word' ? token.normal : undefined;
}

/** True when a « que » stands a few words before `index`, in the same clause: « que vous soyez ». */
function afterQue(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 6); at--) {
    const token = tokens[at]!;
    if (token.kind === 'punct') return false;
    if (token.normal === 'que' || token.normal === "qu'") return true;
  }
  return false;
}

/** True when « il », « elle » or « on » is the subject right before `index` (clitics allowed between). */
function afterSubjectPronoun(tokens: Token[], index: number, pronouns: Set<string>): boolean {
  let at = index - 1;
  while (at >= 0 && CLITICS.has(word(tokens, at) ?? '') && !pronouns.has(word(tokens, at) ?? '')) at--;
  const subject = word(tokens, at);
  if (subject === undefined || !pronouns.has(subject)) return false;
  // « avec elle », « pour eux »: not a subject.
  return !PREPOSITIONS.has(word(tokens, at - 1) ?? '');
}

function isPastParticiple(normal: string): boolean {
  if (NOUNS_IN_E.has(normal)) return false;
  return normal === 'été' || normal === 'eu' || /^\p{L}{2,}[^é]é(e|s|es)?$/u.test(normal) || IRREGULAR_PARTICIPLES.has(normal) ||
    /^(fini|choisi|rempli|réussi|obtenu|reçu|vu|pu|dû|su|lu|bu|cru|tenu|rendu|perdu|attendu|répondu|vendu|entendu|dormi|servi|suivi|parti|sorti|venu)(e|s|es)?$/u.test(normal);
}

/** The complex tenses of a sentence. */
export function complexTenses(tokens: Token[]): Finding[] {
  const found: Finding[] = [];
  const quoted = quotedFlags(tokens);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || token.normal === '' || quoted[index]) continue;
    const normal = token.normal;
    // A name (« Ferrais ») is not a verb, except as the first word of the sentence.
    const lower = /^\p{Ll}/u.test(token.value) || index === 0;
    if (!lower) continue;
    const head = normal.split('-')[0]!;
    if (AVOIR_FUTURE.has(normal) || ETRE_FUTURE.has(normal)) {
      let at = index + 1;
      while (ADVERBS.has(word(tokens, at) ?? '')) at++;
      const participle = word(tokens, at);
      if (participle !== undefined) {
        const reflexive = REFLEXIVE.has(word(tokens, index - 1) ?? '');
        const anterior = AVOIR_FUTURE.has(normal) ? isPastParticiple(participle) : ETRE_VERBS.has(participle) || (reflexive && isPastParticiple(participle));
        if (anterior) {
          found.push({ tense: 'futur antérieur', first: index, last: at });
          index = at;
        }
      }
      continue;
    }
    if (isConditional(head)) {
      const present = PRESENT_OF[head];
      // « Pourriez-vous » → « Pouvez-vous ».
      let expected = present ? present + token.value.slice(head.length) : undefined;
      if (expected && /^\p{Lu}/u.test(token.value)) expected = expected.charAt(0).toUpperCase() + expected.slice(1);
      found.push({ tense: 'conditionnel', first: index, last: index, ...(expected ? { expected } : {}) });
    } else if (SUBJUNCTIVE.has(head) && afterQue(tokens, index)) {
      found.push({ tense: 'subjonctif', first: index, last: index });
    } else if (PASSE_SIMPLE.has(head) || PASSE_SIMPLE_ERENT.has(head)) {
      found.push({ tense: 'passé simple', first: index, last: index });
    } else if (PASSE_SIMPLE_A.has(head) && afterSubjectPronoun(tokens, index, SUBJECT_PRONOUNS)) {
      found.push({ tense: 'passé simple', first: index, last: index });
    }
  }
  return found;
}

const ADVICE: Record<Tense, string> = {
  conditionnel: 'Le conditionnel est difficile à comprendre : le lecteur ne sait pas si la chose est vraie. Écrivez le verbe au présent',
  subjonctif: 'Le subjonctif est difficile à comprendre. Écrivez une phrase simple au présent, par exemple avec « vous devez »',
  'passé simple': 'Le passé simple est rare et difficile. Écrivez le verbe au passé composé, par exemple « il a demandé », ou au présent',
  'futur antérieur': 'Ce temps est difficile à comprendre. Écrivez 2 phrases au présent, dans l’ordre des actions',
};

/** `temps-complexe`: conditional, subjunctive, passé simple and futur antérieur. */
export default defineRule({
  id: 'temps-complexe',
  title: 'Temps de verbe difficile',
  severity: 'warning',
  options,
  check({ facts, report }) {
    for (const sentence of facts.sentences) {
      const tokens = tokensOf(sentence);
      for (const finding of complexTenses(tokens)) {
        const written = textBetween(tokens, finding.first, finding.last);
        const hint = finding.expected ? ` : « ${finding.expected} ».` : '.';
        report(`Le verbe « ${written} » est au ${finding.tense}. ${ADVICE[finding.tense]}${hint}`, {
          place: span(tokens[finding.first]!, tokens[finding.last]!),
          actual: written,
          ...(finding.expected ? { expected: [finding.expected] } : {}),
        });
      }
    }
  },
});
