import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { quotedFlags, span, textBetween, tokensOf, type Token } from '../_shared/tokens.ts';
import { ADVERBS, ETRE_VERBS, IRREGULAR_PARTICIPLES } from '../voix-passive/participles.ts';
import { memoizeWord } from '../../src/language/word-memo.ts';
import { ELIDED_BEFORE_VOWEL } from '../../src/language/word-kinds.ts';
import {
  AVOIR_FUTURE,
  ETRE_FUTURE,
  isConditional,
  NOUNS_IN_E,
  PASSE_SIMPLE,
  PASSE_SIMPLE_A,
  PASSE_SIMPLE_ERENT,
  PASSE_SIMPLE_FAMILY,
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
  /** A past conditional (« auriez pu »): the present would change the meaning. */
  past?: boolean;
  /** « devrait », « faudrait »: said of what is expected or advised; the present makes it a duty. */
  duty?: boolean;
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

/** A « soit » said again after a comma or « ou » (`at` is the second one). */
function isSecondSoit(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  return tokens[at]?.normal === 'soit' && before !== undefined && (before.value === ',' || before.normal === 'ou');
}

/**
 * « selon qu'il est prévu soit par un accord, soit par l'employeur »: « soit … soit » means « either … or »,
 * it is not the verb « être » (fiche F75, fifth reading).
 */
function soitPair(tokens: Token[], index: number): boolean {
  if (tokens[index]?.normal !== 'soit') return false;
  for (let at = index + 1; at < tokens.length; at++) if (isSecondSoit(tokens, at)) return true;
  return isSecondSoit(tokens, index) && tokens.slice(0, index).some((token) => token.normal === 'soit');
}

/** Words before « que » that call for a subjunctive: « il faut que », « pour que », « bien que ». */
const SUBJUNCTIVE_TRIGGERS = new Set([
  'faut', 'fallait', 'faudra', 'faudrait', 'pour', 'afin', 'avant', 'bien', 'sans', 'quoique', 'condition', 'important',
  'nécessaire', 'obligatoire', 'essentiel', 'indispensable', 'souhaitable', 'préférable', 'possible', 'veux', 'voulons',
  'souhaite', 'souhaitons', 'demandons', 'attendons', 'exige', 'exigeons',
]);

/** Imperfect forms that are never subjunctive: « que vous étiez », « que nous avions ». */
const IMPERFECT_ONLY = new Set(['étiez', 'étions', 'aviez', 'avions']);

/**
 * « Il faut que vous veniez », « pour que nous puissions »: a form in -iez or -ions is also an
 * imperfect (« vous veniez »), so it is a subjunctive only after « vous » or « nous » and a
 * « que » that calls for it.
 */
function ambiguousSubjunctive(tokens: Token[], index: number): boolean {
  const normal = word(tokens, index);
  if (normal === undefined || !/(iez|ions)$/.test(normal) || IMPERFECT_ONLY.has(normal)) return false;
  const subject = normal.endsWith('iez') ? 'vous' : 'nous';
  let at = index - 1;
  // Clitics between the subject and the verb: « que vous lui donniez », « que vous y alliez ».
  while (at >= 0 && ['y', 'en', 'le', 'la', 'les', "l'", 'lui', 'leur', 'me', "m'", 'nous', 'vous', 'ne', "n'", 'se', "s'"].includes(word(tokens, at) ?? '') && at > index - 4) {
    if (word(tokens, at) === subject && (word(tokens, at - 1) === 'que' || word(tokens, at - 1) === "qu'")) break;
    at--;
  }
  if (word(tokens, at) !== subject) return false;
  const que = word(tokens, at - 1);
  if (que !== 'que' && que !== "qu'") return false;
  return SUBJUNCTIVE_TRIGGERS.has(word(tokens, at - 2) ?? '');
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

/**
 * False when a word is none of the forms tested below, whatever the words around it (once per form): the
 * same tests as `complexTenses`, without their conditions on the neighbours.
 */
const mayBeComplexTense = memoizeWord((normal: string): boolean => {
  const head = normal.split('-')[0]!;
  return AVOIR_FUTURE.has(normal) || ETRE_FUTURE.has(normal) || isConditional(head) || SUBJUNCTIVE.has(head) ||
    (/(iez|ions)$/.test(normal) && !IMPERFECT_ONLY.has(normal)) ||
    PASSE_SIMPLE.has(head) || PASSE_SIMPLE_ERENT.has(head) || PASSE_SIMPLE_FAMILY.test(head) || PASSE_SIMPLE_A.has(head);
});

/**
 * The shortest form that `mayBeComplexTense` may accept: every test reads the word or its part before a hyphen,
 * a form of the lists, a word ending in « iez » or « ions », a conditional (a base of 2 letters or more and its
 * ending), or a passé simple of « écrire », « conduire », « construire ».
 */
export const SHORTEST_COMPLEX_TENSE = Math.min(
  ...[AVOIR_FUTURE, ETRE_FUTURE, SUBJUNCTIVE, PASSE_SIMPLE, PASSE_SIMPLE_ERENT, PASSE_SIMPLE_A].flatMap((forms) => [...forms].map((form) => form.length)),
  'iez'.length,
  'xrais'.length,
  'crivit'.length,
);

/** A quick test before `mayBeComplexTense`: a word shorter than every form is none of them. */
export function mayBeComplexTenseQuick(normal: string): boolean {
  return normal.length >= SHORTEST_COMPLEX_TENSE;
}

/** True when a word may be one of the tenses (the exact test, once per form). */
export function isComplexTenseForm(normal: string): boolean {
  return mayBeComplexTense(normal);
}

/** The complex tenses of a sentence. */
export function complexTenses(tokens: Token[]): Finding[] {
  const found: Finding[] = [];
  const quoted = quotedFlags(tokens);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || token.normal === '' || quoted[index]) continue;
    const normal = token.normal;
    // Most words can be none of these tenses, whatever their neighbours: one test per form.
    if (normal.length < SHORTEST_COMPLEX_TENSE || !mayBeComplexTense(normal)) continue;
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
      // « dont bénéficiait ou aurait pu bénéficier le défunt »: a past conditional says what did not happen;
      // « a pu » would say that it happened.
      let next = index + 1;
      while (ADVERBS.has(word(tokens, next) ?? '')) next++;
      // « Les dommages qui seraient causés aux voisins » is a passive: « sont causés » keeps its meaning. A verb
      // of motion (« serait venu ») or a reflexive verb (« se serait trompé ») makes a past conditional again.
      const participle = word(tokens, next) ?? '';
      const passive = head.startsWith('ser') && !ETRE_VERBS.has(participle) && !REFLEXIVE.has(word(tokens, index - 1) ?? '');
      const past = isPastParticiple(participle) && !passive;
      if (past) expected = undefined;
      // « Le service devrait vous répondre dans les 2 mois » (fiche F3076, eighth reading): what is expected, not a duty;
      // « doit » would give the reader a right the text does not give. The author chooses (`PRESENT_OF` has no present
      // for these forms).
      const duty = DUTY_CONDITIONAL.test(head);
      // « comme le serait un suspect »: « le est » needs « l’est », a change before the verb; no replacement.
      if (expected && /^[aeiouyéèêh]/iu.test(expected) && ELIDED_BEFORE_VOWEL.has(word(tokens, index - 1) ?? '')) expected = undefined;
      if (expected && /^\p{Lu}/u.test(token.value)) expected = expected.charAt(0).toUpperCase() + expected.slice(1);
      found.push({ tense: 'conditionnel', first: index, last: index, ...(expected ? { expected } : {}), ...(past ? { past } : {}), ...(duty && !past ? { duty } : {}) });
    } else if ((SUBJUNCTIVE.has(head) && afterQue(tokens, index) && !soitPair(tokens, index)) || ambiguousSubjunctive(tokens, index)) {
      found.push({ tense: 'subjonctif', first: index, last: index });
    } else if (PASSE_SIMPLE.has(head) || PASSE_SIMPLE_ERENT.has(head) || PASSE_SIMPLE_FAMILY.test(head)) {
      found.push({ tense: 'passé simple', first: index, last: index });
    } else if (PASSE_SIMPLE_A.has(head) && afterSubjectPronoun(tokens, index, SUBJECT_PRONOUNS)) {
      found.push({ tense: 'passé simple', first: index, last: index });
    }
  }
  return found;
}

const QUEL = new Set(['quel', 'quelle', 'quels', 'quelles']);

/** The conditional of « devoir » and « falloir »: « devrait », « devriez », « faudrait ». */
const DUTY_CONDITIONAL = /^(?:devr(?:ais|ait|ions|iez|aient)|faudrait)$/;

/** The advice for « devrait »: an expectation or a piece of advice, which the present would turn into a duty. */
const DUTY_ADVICE = 'Le conditionnel est difficile à comprendre : le lecteur ne sait pas si la chose est obligatoire. Si c’est obligatoire, écrivez « doit » ou « il faut ». Si c’est un conseil ou ce qui se passe d’habitude, dites-le, par exemple « en général, le service répond dans les 2 mois »';

/** True when the verb at `index` follows « il faut que » or « à condition que » (the nearest « que », 10 words back at most). */
function afterDutyQue(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 10); at--) {
    const normal = tokens[at]!.normal;
    if (normal === 'que' || normal === "qu'") return tokens[at - 1]?.normal === 'faut' || tokens[at - 1]?.normal === 'condition';
  }
  return false;
}

/** The advice for a past conditional: « auriez pu » says what did not happen, the present would change that. */
const PAST_CONDITIONAL_ADVICE = 'Le conditionnel est difficile à comprendre : le lecteur ne sait pas si la chose est vraie. Écrivez une phrase plus simple, qui dit ce qui est arrivé ou ce qui n’est pas arrivé';

/**
 * « quel que soit », « quelles que soient », « quel qu'en soit le support »: the verb at `index` follows
 * « quel que ». Gives the index of « quel », or -1.
 */
function quelQueStart(tokens: Token[], index: number): number {
  if (tokens[index - 1]?.normal === 'que' && QUEL.has(tokens[index - 2]?.normal ?? '')) return index - 2;
  if (tokens[index - 1]?.normal === 'en' && tokens[index - 2]?.normal === "qu'" && QUEL.has(tokens[index - 3]?.normal ?? '')) return index - 3;
  return -1;
}

const ADVICE: Record<Tense, string> = {
  conditionnel: 'Le conditionnel est difficile à comprendre : le lecteur ne sait pas si la chose est vraie. Écrivez le verbe au présent',
  subjonctif: 'Le subjonctif est difficile à comprendre. Écrivez une phrase simple au présent',
  'passé simple': 'Le passé simple est rare et difficile. Écrivez le verbe au passé composé, par exemple « il a demandé », ou au présent',
  'futur antérieur': 'Ce temps est difficile à comprendre. Écrivez 2 phrases au présent, dans l’ordre des actions',
};

/** `temps-complexe`: conditional, subjunctive, passé simple and futur antérieur. */
/** « devoir » with the subject of the verb in the subjunctive (« que vous soyez » → « vous devez »). */
const DUTY_BY_SUBJECT: Readonly<Record<string, string>> = {
  vous: '« vous devez »', ils: '« ils doivent »', elles: '« elles doivent »', il: '« il doit »', elle: '« elle doit »',
  on: '« on doit »', nous: '« nous devons »', tu: '« tu dois »', je: '« je dois »', "j'": '« je dois »',
};

/** The duty with the subject, or the verb « devoir » when the subject is a noun (« que la demande soit … »). */
function dutyFor(subject: string | undefined): string {
  return (subject !== undefined && DUTY_BY_SUBJECT[subject]) || 'le verbe « devoir »';
}

/** The pronoun right before the verb (« ne » and « n' » skipped), in lower case, or undefined. */
function subjectBefore(tokens: Token[], verb: number): string | undefined {
  for (let at = verb - 1; at >= 0 && at >= verb - 3; at--) {
    const normal = tokens[at]!.normal;
    if (normal === 'ne' || normal === "n'") continue;
    return tokens[at]!.kind === 'word' ? normal.replace(/^qu'/, '') : undefined;
  }
  return undefined;
}

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
        const quel = finding.tense === 'subjonctif' ? quelQueStart(tokens, finding.first) : -1;
        if (quel >= 0) {
          // « quel que soit votre âge »: a set phrase, « vous devez » does not fit.
          const phrase = textBetween(tokens, quel, finding.first);
          report(
            `« ${phrase} » est au subjonctif. Cette tournure est difficile à comprendre. Écrivez par exemple « pour tous », « dans tous les cas » ou « à tout âge ».`,
            { place: span(tokens[quel]!, tokens[finding.first]!), actual: phrase },
          );
          continue;
        }
        // « il faut que vous soyez » says a duty: « vous devez être ». After « que vous soyez salarié ou non », « il est
        // possible que vous ayez », « demander que la somme soit versée », « vous devez » would change the meaning.
        const duty = finding.tense === 'subjonctif' && afterDutyQue(tokens, finding.first);
        // « à condition qu'ils soient inscrits » (fiche F34781: « ils » are the accessories): « ils doivent », not « vous devez ».
        const advice = finding.past ? PAST_CONDITIONAL_ADVICE : finding.duty ? DUTY_ADVICE : `${ADVICE[finding.tense]}${duty ? `, par exemple avec ${dutyFor(subjectBefore(tokens, finding.first))}` : ''}`;
        report(`Le verbe « ${written} » est au ${finding.tense}. ${advice}${hint}`, {
          place: span(tokens[finding.first]!, tokens[finding.last]!),
          actual: written,
          ...(finding.expected ? { expected: [finding.expected] } : {}),
        });
      }
    }
  },
});
