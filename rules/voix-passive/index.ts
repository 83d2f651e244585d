import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { quotedFlags, span, textBetween, tokensOf, type Token } from '../_shared/tokens.ts';
import { ADJECTIVAL, ADVERBS, ETRE_VERBS, IRREGULAR_PARTICIPLES, PROCEDURE_PARTICIPLES } from './participles.ts';

export const options = z.object({}).strict();

export type Options = z.infer<typeof options>;

/** Forms of « être » that build a passive. */
const ETRE = new Set([
  'est', 'sont', 'suis', 'es', 'sommes', 'êtes', 'était', 'étaient', 'étais', 'étions', 'étiez', 'sera', 'seront',
  'serez', 'serons', 'serai', 'seras', 'serait', 'seraient', 'serions', 'seriez', 'serais', 'soit', 'soient', 'soyez',
  'sois', 'soyons', 'fut', 'furent', 'fût', 'être', 'étant',
]);

/** Forms of « avoir » before « été »: « a été envoyé ». */
const AVOIR = new Set([
  'a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient', 'avais', 'avions', 'aviez', 'aura', 'aurai', 'auras',
  'aurons', 'aurez', 'auront', 'aurait', 'auraient', 'aurais', 'aurions', 'auriez', 'avoir', 'ayant', 'aie', 'ait',
  'ayez', 'aient', 'eu', 'eut',
]);

const REFLEXIVE = new Set(['se', "s'", 'me', "m'", 'te', "t'"]);
const NEGATION = new Set(['ne', "n'"]);
/** Subjects that make « c'est fait », « c'est demandé » a remark, not a procedure. */
const DEMONSTRATIVE = new Set(["c'", 'ce', 'ça', 'cela', 'ceci']);

/** « par » that does not name who acts: « par exemple », « par mois ». */
const NOT_AGENT = new Set([
  'exemple', 'ailleurs', 'contre', 'conséquent', 'suite', 'défaut', 'hasard', 'erreur', 'cœur', 'mois', 'an', 'année',
  'jour', 'semaine', 'heure', 'personne', 'foyer', 'enfant', 'tête', 'ici', 'là', 'moments', 'endroits', 'avance',
]);

/**
 * A means after « par »: « Le bail doit être fait par écrit » (fiche F920, fifth reading), « vous êtes averti par
 * courrier ». Not who acts: the reader still does not know who does it.
 */
const MEANS = new Set([
  'écrit', 'oral', 'courrier', 'téléphone', 'internet', 'mail', 'e-mail', 'courriel', 'lettre', 'fax', 'télécopie', 'voie', 'virement',
  'chèque', 'prélèvement', 'recommandé', 'sms', 'texto',
  // « est sanctionné par une peine de prison de 5 ans » (fiche F2250, seventh reading): the punishment, not who gives it.
  'peine', 'peines', 'amende', 'amendes', 'sanction', 'sanctions',
  // « la somme est récupérée par retenues sur votre salaire » (eighth reading).
  'retenue', 'retenues', 'prélèvements', 'virements', 'compensation',
]);

const CLAUSE_END = /^[,;:.!?…()\[\]«»"–—]+$|^\.\.\.$/;

function word(tokens: Token[], index: number): string | undefined {
  const token = tokens[index];
  return token && token.kind === 'word' ? token.normal : undefined;
}

/** Index of the first word after `index` that is not an adverb (« est bien envoyée »), or -1. */
function skipAdverbs(tokens: Token[], index: number): number {
  let at = index + 1;
  for (let count = 0; count < 3; count++) {
    const normal = word(tokens, at);
    if (normal === undefined || !ADVERBS.has(normal)) break;
    at++;
  }
  return tokens[at]?.kind === 'word' ? at : -1;
}

/** The word before `index`, skipping « ne », « y », « en ». */
function previousIndex(tokens: Token[], index: number): number {
  let at = index - 1;
  while (at >= 0 && tokens[at]!.kind === 'word' && (NEGATION.has(tokens[at]!.normal) || tokens[at]!.normal === 'y' || tokens[at]!.normal === 'en')) at--;
  return at;
}

function isReflexive(tokens: Token[], auxiliary: number): boolean {
  const at = previousIndex(tokens, auxiliary);
  const previous = word(tokens, at);
  if (previous === undefined) return false;
  if (REFLEXIVE.has(previous)) return true;
  // « vous vous êtes inscrit », « nous nous sommes présentés ».
  return (previous === 'vous' || previous === 'nous') && word(tokens, at - 1) === previous;
}

/** True when `index` is an auxiliary « être » (or « été » after « avoir »). */
function isAuxiliary(tokens: Token[], index: number): boolean {
  const normal = word(tokens, index);
  if (normal === undefined) return false;
  if (normal === 'été') {
    let at = index - 1;
    while (at >= 0 && word(tokens, at) !== undefined && ADVERBS.has(word(tokens, at)!)) at--;
    return AVOIR.has(word(tokens, at) ?? '');
  }
  if (!ETRE.has(normal)) return false;
  // « à l'est »: the east.
  if (normal === 'est' && word(tokens, index - 1) === "l'") return false;
  // « les sommes versées », « des sommes reçues »: amounts of money; the verb is « nous sommes ».
  if (normal === 'sommes') return word(tokens, previousIndex(tokens, index)) === 'nous';
  return true;
}

/** A past participle of a regular -er verb (« envoyée ») or a known irregular one (« reçu », « pris »). */
function isParticiple(normal: string): boolean {
  return /^\p{L}{2,}[^é]é(e|s|es)?$/u.test(normal) || IRREGULAR_PARTICIPLES.has(normal);
}

/** Words after the participle within which « par » names who acts, at once. */
const NEAR_AGENT = 6;
/** A verb between the participle and a far « par » may own it: a participle, a gerund, an infinitive, a relative clause. */
const OWNS_PAR = /^(?:qui|que|qu'|dont|où|et|ou|mais)$|ant$|^(?:\p{L}{2,}(?:er|ir))$/u;
/** Nouns after « par le » that name a means, not someone: « par le biais d'un formulaire », « aide par le travail ». */
const MEANS_AFTER_DETERMINER = new Set(['biais', 'travail', 'moyen', 'intermédiaire', 'voie', 'bais']);

/**
 * Index of « par » naming who acts, after the participle and in the same clause, or -1. Up to 9 words
 * after it (« Vous avez été condamné 2 fois avec inscription au Fijais par le tribunal », fiche F34836) when
 * « par » is far: then it names someone (« par le tribunal ») and no other verb stands between (« est déterminé
 * en divisant le montant par votre salaire », « réunions organisées par le service »).
 */
function agentAfter(tokens: Token[], participle: number): number {
  for (let at = participle + 1; at < Math.min(tokens.length, participle + 10); at++) {
    const token = tokens[at]!;
    if (token.kind === 'punct' && CLAUSE_END.test(token.value)) return -1;
    if (token.normal === 'par') {
      if (NOT_AGENT.has(word(tokens, at + 1) ?? '') || isMeans(tokens, at)) return -1;
      // « Le dossier doit être envoyé par : » then a list of means (thirteenth reading): no one is named after « par ».
      // « est calculé en divisant par 30,42 » (fourteenth reading): a number after « par » is a term of a calculation.
      if (tokens[at + 1] === undefined || tokens[at + 1]!.kind !== 'word') return -1;
      // « par la suite » (« later », ninth reading) names nobody.
      if (word(tokens, at + 1) === 'la' && word(tokens, at + 2) === 'suite') return -1;
      const between = tokens.slice(participle + 1, at);
      // « est imposée à cause des risques encourus par le salarié » (fourteenth reading): « par » goes with the other
      // participle between them, or with a gerund (« en divisant par »).
      // Not a participle joined by « et », « ou »: « être représenté et défendu par votre assurance » shares the agent.
      if (between.some((other, position) => other.kind === 'word' && ((isParticiple(other.normal) && !/^(?:et|ou)$/.test(between[position - 1]?.normal ?? '')) || (other.normal.endsWith('ant') && between[position - 1]?.normal === 'en')))) return -1;
      if (at - participle <= NEAR_AGENT) return at;
      const owned = between.some((other) => other.kind === 'word' && (OWNS_PAR.test(other.normal) || isParticiple(other.normal)));
      return !owned && namedAgent(tokens, at) && !MEANS_AFTER_DETERMINER.has(word(tokens, at + 2) ?? '') ? at : -1;
    }
    // Another verb starts: « … est arrivé et il est reçu par … » is checked from its own auxiliary.
    if (isAuxiliary(tokens, at)) return -1;
  }
  return -1;
}

/** A means after « par » at `at`: « par courrier », « par tous moyens » (page N143, sixth reading). */
function isMeans(tokens: Token[], at: number): boolean {
  const next = word(tokens, at + 1) ?? '';
  // « par un courrier », « par une peine de prison »: an indefinite article before the means.
  if ((next === 'un' || next === 'une' || next === 'des') && MEANS.has(word(tokens, at + 2) ?? '')) return true;
  return MEANS.has(next) || ((next === 'tous' || next === 'tout') && /^moyens?$/.test(word(tokens, at + 2) ?? ''));
}

/**
 * True when « par » and a means follow the participle closely, in the same clause and with no other verb
 * between: « vous êtes averti par courrier », « l'alerte est consignée par écrit ». The participle is then an
 * action done to the subject by someone the sentence does not name (« Il est recommandé d'envoyer la lettre par
 * courrier » is not: « par » goes with « envoyer »).
 */
function byMeans(tokens: Token[], participle: number): boolean {
  for (let at = participle + 1; at < Math.min(tokens.length, participle + NEAR_AGENT + 1); at++) {
    const token = tokens[at]!;
    if (token.kind === 'punct' && CLAUSE_END.test(token.value)) return false;
    if (token.normal === 'par') return isMeans(tokens, at);
    if (token.kind === 'word' && (OWNS_PAR.test(token.normal) || isParticiple(token.normal) || token.normal === 'de' || token.normal === "d'")) return false;
    if (isAuxiliary(tokens, at)) return false;
  }
  return false;
}

/** Participles that name a term: « est appelé délai de prescription », « est dénommée ». (« est nommé » is most often « appointed ».) */
const NAMING = /^(?:appel|dénomm|intitul)ée?s?$/u;

/** Participles of a calculation or a definition: « multiplié par 2 », « divisé par 12 », « caractérisé par ». */
const CALCULATION_OR_DEFINITION = /^(?:multipli|divis|caractéris)ée?s?$/u;

/** Participles that describe a state alone (« la porte est fermée ») but an action with someone after « par ». */
const ACTION_WITH_AGENT = /^(?:(?:prépar|ferm|réserv|bless|équip|organis|install)(?:é|ée|és|ées)|ouverte?s?)$/;

/** Determiners that show that « par » names someone: « par la caisse », « par les cuisiniers ». */
/**
 * Determiners of a named agent after a state participle: « préparés par les cuisiniers », « ouvert par
 * votre conseillère ». Indefinite ones are left out: « ouvert par une clé », « fermée par un code » name
 * a means more often than someone who acts.
 */
const AGENT_DETERMINERS = new Set(['le', 'la', 'les', "l'", 'votre', 'vos', 'notre', 'nos', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces', 'mon', 'ma', 'mes']);

function namedAgent(tokens: Token[], agent: number): boolean {
  return AGENT_DETERMINERS.has(word(tokens, agent + 1) ?? '');
}

/** Modal verbs before « être »: « des images doivent être utilisées », « vous pouvez être aidé ». */
const MODALS = new Set([
  'doit', 'doivent', 'devez', 'devons', 'dois', 'devra', 'devront', 'devrez', 'devrait', 'devraient',
  'peut', 'peuvent', 'pouvez', 'pouvons', 'peux', 'pourra', 'pourront', 'pourrez', 'pourrait', 'pourraient',
]);

/**
 * The auxiliary leaves no doubt that an action is done to the subject: « a été relu », « doivent être
 * utilisées » (a compound or a modal passive). The participle of any verb is then a passive.
 */
function isActionAuxiliary(tokens: Token[], index: number): boolean {
  const normal = word(tokens, index);
  if (normal === 'été') return true;
  if (normal !== 'être') return false;
  let at = index - 1;
  while (at >= 0 && word(tokens, at) !== undefined && (ADVERBS.has(word(tokens, at)!) || word(tokens, at) === 'pas' || word(tokens, at) === 'jamais')) at--;
  return MODALS.has(word(tokens, at) ?? '');
}

/** Verbs of a procedure in the present, 3rd person: « se remplit », « se font », « se signe ». */
const PRONOMINAL_PASSIVE = /^(?:rempli(?:t|ssent)|sign(?:e|ent)|télécharg(?:e|ent)|envoi(?:e|ent)|demand(?:e|ent)|fai?t|font|pai(?:e|ent)|dépos(?:e|ent)|obtien(?:t|nent)|retir(?:e|ent)|renouvell(?:e|ent)|imprim(?:e|ent)|complèt(?:e|ent)|valid(?:e|ent)|calcul(?:e|ent)|vers(?:e|ent)|pren(?:d|nent)|prépar(?:e|ent)|command(?:e|ent)|réserv(?:e|ent))$/;

/** Determiners of a subject that is a thing: « le formulaire se remplit », « la demande se fait ». */
const THING_DETERMINERS = new Set(['le', 'la', 'les', "l'", 'ce', 'cet', 'cette', 'ces', 'votre', 'vos', 'un', 'une', 'des', 'chaque']);

/**
 * A pronominal passive: « Le formulaire se remplit sur internet », « La demande se fait en ligne ». The
 * subject is a noun after a determiner, right before « se »; the verb is a procedure verb.
 */
function pronominalPassive(tokens: Token[], index: number): boolean {
  const normal = word(tokens, index);
  if (normal !== 'se' && normal !== "s'") return false;
  const verb = word(tokens, index + 1);
  if (!verb || !PRONOMINAL_PASSIVE.test(verb)) return false;
  // « Ça se fait », « il se fait aider »: not a thing named as subject.
  const subject = word(tokens, index - 1);
  if (!subject || THING_DETERMINERS.has(subject) || !THING_DETERMINERS.has(word(tokens, index - 2) ?? '')) return false;
  // « se fait aider », « se fait rembourser »: the reader acts.
  const after = word(tokens, index + 2);
  return !(after && /(?:er|ir|re)$/.test(after) && /^fai?t|font$/.test(verb));
}

/** True when `pronominalPassive` or `isAuxiliary` may hold at this token: « se », « s' », « été », a form of « être ». */
export function mayStartPassive(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const normal = token.normal;
  return normal === 'se' || normal === "s'" || normal === 'été' || ETRE.has(normal);
}

/** `voix-passive`: « être » + past participle, with « par » or for a procedure verb. */
export default defineRule({
  id: 'voix-passive',
  title: 'Phrase à la forme passive',
  severity: 'warning',
  options,
  check({ facts, report }) {
    for (const sentence of facts.sentences) {
      const tokens = tokensOf(sentence);
      const quoted = quotedFlags(tokens);
      for (let index = 0; index < tokens.length; index++) {
        // Both tests below start at « se », « s' », « été » or a form of « être »: most words are none.
        if (!mayStartPassive(tokens[index]!)) continue;
        if (!quoted[index] && pronominalPassive(tokens, index)) {
          const written = textBetween(tokens, index, index + 1);
          report(
            `Cette phrase est à la forme passive : « ${written} ». Le lecteur ne sait pas qui fait l'action. Dites qui agit, par exemple : « Vous remplissez le formulaire sur internet. »`,
            { place: span(tokens[index]!, tokens[index + 1]!), actual: written },
          );
          index++;
          continue;
        }
        if (quoted[index] || !isAuxiliary(tokens, index)) continue;
        const at = skipAdverbs(tokens, index);
        if (at < 0) continue;
        const participle = tokens[at]!.normal;
        // « a été » is followed by its own participle: check it from « été ».
        if (participle === 'été') continue;
        if (ETRE_VERBS.has(participle) || isReflexive(tokens, index)) continue;
        // « Cette demi-unité est multipliée par le nombre de jours » (fiche F23149), « La force majeure est caractérisée
        // par un événement » (fiche F24412, eleventh reading): a calculation or a definition; « par » names no one.
        if (CALCULATION_OR_DEFINITION.test(participle)) continue;
        // « Ce délai est appelé délai de prescription » (seventeenth reading): the text names a term, what FALC asks
        // for. « Vous êtes appelé par le juge », « appelé à témoigner » stay passives.
        const named = tokens[at + 1];
        if (NAMING.test(participle) && named?.kind === 'word' && !['par', 'à', 'au', 'aux'].includes(named.normal)) continue;
        // « L'activité peut être rémunérée ou non » (thirteenth reading): « ou non » says what the thing is like.
        if (word(tokens, at + 1) === 'ou' && word(tokens, at + 2) === 'non') continue;
        // « est ouvert » is a state; « a été ouvert par la caisse » and « sont préparés par les cuisiniers »
        // are actions done by someone. « fatigué par le voyage », « concerné par cette aide » stay states.
        if (ADJECTIVAL.has(participle) && !(agentAfter(tokens, at) >= 0 && (tokens[index]!.normal === 'été' || ACTION_WITH_AGENT.test(participle) && namedAgent(tokens, agentAfter(tokens, at))))) continue;
        let end = at;
        // « pris en charge », « mis à jour », « pris en compte », « mis en place ».
        const next = word(tokens, at + 1);
        const after = word(tokens, at + 2);
        const locution = (next === 'en' && (after === 'charge' || after === 'compte' || after === 'place')) || (next === 'à' && after === 'jour');
        if (locution) end = at + 2;
        const agent = agentAfter(tokens, end);
        const procedure = (PROCEDURE_PARTICIPLES.has(participle) || locution) && !DEMONSTRATIVE.has(word(tokens, previousIndex(tokens, index)) ?? '');
        const action = isActionAuxiliary(tokens, index) && !ADJECTIVAL.has(participle) && isParticiple(participle);
        if (!procedure && !action && !(agent >= 0 && (isParticiple(participle) || ADJECTIVAL.has(participle))) && !(isParticiple(participle) && !ADJECTIVAL.has(participle) && byMeans(tokens, end))) continue;
        // Show the whole verb: « a été refusé », « n'est pas versée ».
        let start = index;
        if (tokens[index]!.normal === 'été') while (start > 0 && !AVOIR.has(word(tokens, start) ?? '')) start--;
        if (NEGATION.has(word(tokens, start - 1) ?? '')) start--;
        const written = textBetween(tokens, start, end);
        report(
          agent >= 0
            ? `Cette phrase est à la forme passive : « ${written} ${tokens[agent]!.value} ». Le lecteur voit trop tard qui fait l'action. Commencez la phrase par la personne qui agit, par exemple : « Le centre envoie votre demande. »`
            : `Cette phrase est à la forme passive : « ${written} ». Le lecteur ne sait pas qui fait l'action. Dites qui agit, par exemple : « Le centre envoie votre demande. »`,
          { place: span(tokens[start]!, tokens[end]!), actual: written },
        );
        index = end;
      }
    }
  },
});
