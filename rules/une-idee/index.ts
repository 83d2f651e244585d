import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { inListItem, quotedFlags, tokensOf, type Token } from '../_shared/tokens.ts';
import { enumerationIn } from '../_shared/enumeration.ts';
import { namesWithAcronym } from '../_shared/acronym-words.ts';

export const options = z
  .object({
    /** Most subordinating words (qui, que, dont, où, lorsque…) in one sentence. */
    maxSubordinators: z.number().int().min(0).default(1),
    /** Most commas in one sentence. */
    maxCommas: z.number().int().min(0).default(2),
    /** Report two clauses joined by « et » or « mais », each with its subject and verb. */
    coordinated: z.boolean().default(true),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** Words that always start a subordinate clause. */
const ALWAYS = new Set(['dont', 'lorsque', "lorsqu'", 'puisque', "puisqu'", 'quoique', "quoiqu'"]);

/** Words before « que » that make a comparison, not a clause: « plus … que », « autre … que ». */
const COMPARATIVE = new Set([
  'plus', 'moins', 'aussi', 'autant', 'même', 'mêmes', 'autre', 'autres', 'plutôt', 'davantage', 'mieux', 'pire',
  'meilleur', 'meilleure', 'meilleurs', 'meilleures', 'tel', 'telle', 'tels', 'telles',
]);

/** Words that close a « ne » without making a restriction « ne … que ». */
const NEGATION_WORDS = new Set(['pas', 'point', 'jamais', 'rien', 'personne', 'aucun', 'aucune', 'guère', 'nulle', 'nul', 'ni']);

/** Prepositions before an interrogative « qui » : « À qui écrire ? ». */
const PREPOSITIONS = new Set(['à', 'de', 'pour', 'avec', 'par', 'chez', 'sur', 'contre', 'sans', 'vers', 'auprès', "d'"]);

/** Words that start the subject of a clause: « car vous êtes malade », « comme il pleut ». */
const CLAUSE_SUBJECTS = new Set([
  'vous', 'il', 'elle', 'ils', 'elles', 'je', "j'", 'nous', 'on', 'tu', 'c', "c'", 'ce', 'cela', 'ça', 'le', 'la', 'les', "l'",
  'votre', 'vos', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'cette', 'ces', 'cet', 'un', 'une', 'des',
]);

/** Words before « car » that make it the noun « le car » (a bus). */
const CAR_NOUN_BEFORE = new Set(['le', 'un', 'du', 'au', 'en', 'ce', 'votre', 'mon', 'ton', 'son', 'notre', 'leur', 'premier', 'dernier', 'petit', 'grand', 'prochain']);

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind !== 'punct';
}

/** Index of the previous token in the same clause (no punctuation between), or -1. */
function clauseStart(tokens: Token[], index: number): number {
  let start = index;
  while (start > 0 && isWord(tokens[start - 1])) start--;
  return start;
}

/** « c'est vous qui », « c'est le juge qui », « ce sont les parents qui »: at most 2 words between « c'est » and « qui ». */
function isCleft(tokens: Token[], index: number): boolean {
  for (let back = index - 2; back >= Math.max(1, index - 4); back--) {
    const verb = tokens[back]!.normal;
    const subject = tokens[back - 1]!.normal;
    if ((verb === 'est' && subject === "c'") || (verb === 'sont' && subject === 'ce')) {
      return tokens.slice(back + 1, index).every((token) => token.kind === 'word');
    }
  }
  return false;
}

/** True when « que » at `index` is not a subordinating word. */
function isNotSubordinateQue(tokens: Token[], index: number, question: boolean): boolean {
  const previous = tokens[index - 1];
  const before = tokens[index - 2];
  // Est-ce que, qu'est-ce que.
  if (isWord(previous) && previous.normal.startsWith('est-ce')) return true;
  // Qu'est-ce qui / qu'est-ce que: the « qu' » of « qu'est-ce ».
  if (tokens[index + 1]?.normal.startsWith('est-ce')) return true;
  // « Que faire ? »: interrogative at the start of a question.
  if (question && index === firstWord(tokens)) return true;
  // « ça veut dire que … », « cela signifie que … »: the explanation is the idea of the sentence (FALC texts
  // explain words this way), not a second one.
  if (isWord(previous) && (previous.normal === 'signifie' || previous.normal === 'signifient')) return true;
  // « quelles que soient les conditions » (fiche F720, fifth reading): a set phrase (« dans tous les cas »), not a
  // second idea; the rule `temps-complexe` reports it.
  if (isWord(previous) && /^quel(?:le)?s?$/.test(previous.normal)) return true;
  if (isWord(previous) && previous.normal === 'dire' && isWord(before) && /^(?:veut|veulent|voulait)$/.test(before.normal)) return true;
  // Ainsi que, de même que: « and also ».
  if (isWord(previous) && previous.normal === 'ainsi') return true;
  // « Stage pratique en tant que directeur » (fiche F2246, seventh reading): « en tant que » is « comme ».
  if (isWord(previous) && previous.normal === 'tant' && isWord(before) && before.normal === 'en') return true;
  if (isWord(previous) && previous.normal === 'même' && isWord(before) && before.normal === 'de') return true;
  const start = clauseStart(tokens, index);
  // Comparisons: « plus de 3 mois que… », « autre chose que ».
  for (let back = index - 1; back >= Math.max(start, index - 4); back--) {
    const normal = tokens[back]!.normal;
    // « aussi » compares only right before an adjective: « aussi simple que ». Elsewhere it means « also ».
    if (normal === 'aussi' && back !== index - 2) continue;
    if (COMPARATIVE.has(normal)) {
      // « alors même que » is a clause, not a comparison.
      if (normal === 'même' && tokens[back - 1]?.normal === 'alors') return false;
      return true;
    }
  }
  // Restriction « ne … que »: a « ne » earlier in the clause, with no « pas », « jamais »… between.
  for (let back = index - 1; back >= Math.max(start, index - 8); back--) {
    const normal = tokens[back]!.normal;
    if (NEGATION_WORDS.has(normal)) return false;
    if (normal === 'ne' || normal === "n'") return true;
  }
  return false;
}

function firstWord(tokens: Token[]): number {
  return tokens.findIndex((token) => token.kind === 'word' && token.normal !== '');
}

/** The subordinating words of a sentence (each counted once: « parce que » is one). */
export function subordinators(tokens: Token[]): Token[] {
  const found: Token[] = [];
  const question = tokens.some((token) => token.normal === '?');
  const first = firstWord(tokens);
  const quoted = quotedFlags(tokens);
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || quoted[index]) return;
    const word = token.normal;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    if (ALWAYS.has(word)) {
      found.push(token);
    } else if (word === 'que' || word === "qu'") {
      if (!isNotSubordinateQue(tokens, index, question)) found.push(token);
    } else if (word === 'qui') {
      // « Qui peut demander ? », « À qui écrire ? », « qu'est-ce qui ».
      if (question && (index === first || (index === first + 1 && PREPOSITIONS.has(tokens[first]!.normal)))) return;
      if (isWord(previous) && previous.normal.startsWith('est-ce')) return;
      // « C'est vous qui décidez »: « c'est … qui » puts a word forward, it adds no idea.
      if (isCleft(tokens, index)) return;
      // « … ne s'applique pas au propriétaire : - qui est privé du logement » (fiche F929, fifth reading): a list item
      // that starts with « qui » goes on with the sentence before the list; it adds no idea of its own.
      if (index === first && !question) return;
      found.push(token);
    } else if (word === 'où') {
      // « Où aller ? », « D'où venez-vous ? », « Vous allez où ? ».
      if (question && (index <= first + 1 || !isWord(next))) return;
      found.push(token);
    } else if (word === 'car') {
      // « car vous êtes malade » joins a clause; « le car part » is a bus.
      if (isWord(previous) && CAR_NOUN_BEFORE.has(previous.normal)) return;
      if (isWord(next) && CLAUSE_SUBJECTS.has(next.normal)) found.push(token);
    } else if (word === 'comme' && index === first) {
      // « Comme vous avez déménagé, … »: a cause at the start; « comme » elsewhere compares.
      if (isWord(next) && CLAUSE_SUBJECTS.has(next.normal)) found.push(token);
    } else if (word === 'quand') {
      if (question && (index <= first + 1 || !isWord(next))) return;
      // « quand même »: an adverb.
      if (next?.normal === 'même') return;
      found.push(token);
    }
  });
  return found;
}

/** Words that form one locution with the « que » that follows: « parce que », « afin que ». */
const LOCUTIONS = new Set(['parce', 'afin', 'pour', 'bien', 'alors', 'tandis', 'dès', 'avant', 'après', 'sans', 'depuis', 'pendant', 'lors']);

/** How a subordinating word is shown: « que » of « parce que » is shown as « parce que ». */
function label(tokens: Token[], word: Token): string {
  const index = tokens.indexOf(word);
  const previous = tokens[index - 1];
  if ((word.normal === 'que' || word.normal === "qu'") && previous?.kind === 'word' && LOCUTIONS.has(previous.normal)) {
    return `${previous.value} ${word.value}`;
  }
  return word.value;
}

/** Subject pronouns that start a new clause after « et », « mais »: « … et vous signez ». */
const SUBJECT_PRONOUNS = new Set(['je', "j'", 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', "c'"]);
/** Pronouns between a subject and its verb: « et vous ne le signez pas », « et il y a ». */
const BEFORE_VERB = new Set(['ne', "n'", 'se', "s'", 'me', "m'", 'te', "t'", 'le', 'la', 'les', "l'", 'lui', 'leur', 'y', 'en', 'vous', 'nous']);
/** Words before « et » that make it join two subjects: « Paul et vous êtes invités », « toi et moi ». */
const JOINED_SUBJECTS = new Set(['moi', 'toi', 'lui', 'eux', 'elle', 'elles', 'vous', 'nous']);

/**
 * « et », « mais » that join two clauses, each with its verb: « Vous allez à la mairie et vous donnez votre
 * dossier. », « J’ai une mesure de protection et j’ai des droits. ». The new clause starts with a subject
 * pronoun followed by a verb; a verb must stand before (the sentence does not start with the pronoun).
 */
export function coordinators(tokens: Token[]): Token[] {
  const found: Token[] = [];
  const quoted = quotedFlags(tokens);
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || quoted[index] || (token.normal !== 'et' && token.normal !== 'mais')) return;
    const previous = tokens[index - 1];
    if (!isWord(previous) || index < 3) return;
    if (token.normal === 'et' && (JOINED_SUBJECTS.has(previous.normal) || /^\p{Lu}/u.test(previous.value))) return;
    const subject = tokens[index + 1];
    if (!isWord(subject) || !SUBJECT_PRONOUNS.has(subject.normal)) return;
    let at = index + 2;
    while (isWord(tokens[at]) && BEFORE_VERB.has(tokens[at]!.normal) && at < index + 5) at++;
    const verb = tokens[at];
    // A verb follows: a word, not a preposition or a determiner (« et vous, à la mairie »).
    if (!isWord(verb) || /^(?:à|de|d'|pour|avec|sans|le|la|les|un|une|des|du|au|aux|et|ou)$/.test(verb.normal)) return;
    // « l'Ofpra prend une décision et vous la notifie » (thirteenth reading): « vous » is the object of the same
    // subject's verb, not a new subject (its verb would end in « -ez »).
    if (subject.normal === 'vous' && at > index + 2 && !verb.normal.endsWith('ez') && !/^(?:êtes|dites|faites)$/.test(verb.normal)) return;
    // « pourront être réédités et vous être envoyés » (fifteenth reading): an infinitive after « vous », not its verb.
    if (subject.normal === 'vous' && (verb.normal === 'être' || verb.normal === 'avoir')) return;
    // « Elles peuvent tenir des permanences et vous entendre » (eighteenth reading): an infinitive in « -re », « -ir »,
    // « -oir » or « -er » after « vous » is the same subject's verb, « vous » its object.
    if (subject.normal === 'vous' && at === index + 2 && /(?:er|ir|re|oir)$/.test(verb.normal) && !/^(?:êtes|dites|faites)$/.test(verb.normal)) return;
    found.push(token);
  });
  return found;
}

/**
 * Commas of a sentence that may cut it into ideas (a decimal comma « 1,5 » is part of its number). Not
 * counted: the commas inside parentheses, which list examples of one word (« 1 justificatif de domicile
 * (facture, contrat de location, avis d'impôt, etc.) », the `ponctuation` rule speaks of the parentheses),
 * and a comma that ends the sentence, as at the end of a list item (« - cuisez bien les œufs, la viande, »).
 */
export function commas(tokens: readonly Token[]): Token[] {
  return commaPlaces(tokens).found;
}

/** The commas that `commas` counts, and their indexes in the sentence. */
function commaPlaces(tokens: readonly Token[]): { found: Token[]; at: number[] } {
  const found: Token[] = [];
  const at: number[] = [];
  let depth = 0;
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]!.kind === 'punct' && tokens[last]!.normal !== ',') last--;
  tokens.forEach((token, index) => {
    if (token.kind !== 'punct') return;
    if (token.normal === '(') depth++;
    else if (token.normal === ')') depth = Math.max(0, depth - 1);
    else if (token.normal === ',' && depth === 0 && index !== last) {
      found.push(token);
      at.push(index);
    }
  });
  return { found, at };
}

/** First words of a short complement set off by 2 commas (« , chaque mois, », « , par ordonnance, »). */
const ASIDE_STARTS = new Set([
  'chaque', 'par', 'dans', 'en', 'selon', 'sauf', 'pour', 'avec', 'sans', 'depuis', 'pendant', 'avant', 'après',
  'sur', 'entre', 'toutefois', 'cependant', 'néanmoins', 'pourtant', 'également', 'alors', 'donc', 'ensuite', 'enfin',
  'parfois', 'souvent', 'généralement', 'normalement', 'ainsi', 'aussi', 'désormais',
  // « Date, lieu et, s'il y a lieu, prix de l'animal » (fiche F34922): a short condition set off by 2 commas.
  "s'", 'si', 'notamment', 'éventuellement',
  // « le patient peut, à tout moment, demander… » (fourteenth reading).
  'à', 'au', 'dès',
]);

/** Most words of a complement set off by 2 commas (« dans la limite de 70 jours »). */
const ASIDE_WORDS = 6;

/**
 * The 2 commas around a short complement (« Ensuite, les cotisations sont prélevées, chaque mois, sur votre
 * salaire. », « il ajourne sa décision, par ordonnance, jusqu'à… ») set off one detail of the sentence: they
 * count as 1 comma (the message still says how many commas the sentence has). The complement has at most 6 words and starts with a preposition or an adverb; a list
 * (« à Paris, à Lyon, à Marseille », « en 2020, en 2021, en 2022 ») repeats its first word and keeps its commas.
 */
function asideEnds(tokens: readonly Token[], at: number[]): number {
  if (at.length < 3) return 0;
  const dropped = new Set<number>();
  for (let pair = 0; pair + 1 < at.length; pair++) {
    if (dropped.has(pair)) continue;
    const inside = tokens.slice(at[pair]! + 1, at[pair + 1]!);
    const first = inside[0];
    if (!first || inside.length > ASIDE_WORDS || inside.some((token) => token.kind === 'punct')) continue;
    if (first.kind !== 'word' || !ASIDE_STARTS.has(first.normal)) continue;
    const next = tokens[at[pair + 1]! + 1];
    const previous = pair > 0 ? tokens[at[pair - 1]! + 1] : tokens[0];
    if (next?.normal === first.normal || (pair > 0 && previous?.normal === first.normal)) continue;
    dropped.add(pair + 1);
    pair++;
  }
  return dropped.size;
}

/**
 * Every word that `subordinators` may count: a sentence without one has none (a quick test, once per word,
 * before the passes of `subordinators`).
 */
export const SUBORDINATOR_FORMS: ReadonlySet<string> = new Set([...ALWAYS, 'que', "qu'", 'qui', 'où', 'car', 'comme', 'quand']);

/** What one pass over a sentence's tokens tells: its commas, and whether the other counts need to run. */
interface Survey {
  commas: number;
  mayHaveSubordinator: boolean;
  mayHaveCoordinator: boolean;
}

function survey(tokens: readonly Token[]): Survey {
  let commaCount = 0;
  let mayHaveSubordinator = false;
  let mayHaveCoordinator = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const normal = token.normal;
    if (token.kind === 'punct') {
      if (normal === ',') commaCount++;
    } else if (token.kind === 'word') {
      if (normal === 'et' || normal === 'mais') mayHaveCoordinator = true;
      else if (SUBORDINATOR_FORMS.has(normal)) mayHaveSubordinator = true;
    }
  }
  return { commas: commaCount, mayHaveSubordinator, mayHaveCoordinator };
}

/** Words that start a clause: a part between commas with one of them is not an item of a list. */
// « L'autorisation, soumise à conditions, est délivrée pour 1 an maximum, renouvelable. » (fiche F2252, seventh reading):
// a part with the verb of the sentence is a clause, and the commas are asides, not a list.
const CLAUSE_WORDS = /(?:^|[\s'’])(?:vous|il|ils|elle|elles|on|je|nous|qui|que|qu|si|lorsque|quand|car|mais|puis|est|sont|sera|seront|doit|doivent|peut|peuvent)(?=[\s,.;:!?…]|$)/iu;

/**
 * True when the parts between the commas, after the first one, are short and have no clause of their own:
 * « Par exemple, avis d’imposition, contrat de travail, attestation sécurité sociale. » The message then
 * says that the sentence holds a list (fiches F31971, F33023), not several ideas.
 */
export function isEnumeration(text: string): boolean {
  const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 4) return false;
  return parts.slice(1).every((part) => part.split(/\s+/).length <= 6 && !CLAUSE_WORDS.test(part));
}

/** `une-idee`: a sentence with several clauses or many commas holds more than one idea. */
export default defineRule({
  id: 'une-idee',
  title: 'Plusieurs idées dans une phrase',
  severity: 'warning',
  options,
  check({ facts, options, report, language }) {
    // « carte bancaire, chèque ou virement »: the frequency list tells a noun from an adjective (see `enumerationIn`).
    const frequencies = language.frequencies;
    const partOf = frequencies ? (word: string) => frequencies.partOf(word) : undefined;
    for (const sentence of facts.sentences) {
      // A heading is not a sentence to cut in 2 (« ### Vous êtes indemnisé et vous revenez en France »): the rule
      // `titre` asks for short headings.
      if (facts.blocks[sentence.block]?.type === 'heading') continue;
      const tokens = tokensOf(sentence);
      // One pass first: most sentences have no word that `subordinators` or `coordinators` look at.
      const seen = survey(tokens);
      const words = seen.mayHaveSubordinator ? subordinators(tokens) : [];
      // All commas first (one pass); those that count (`commas`) only when there are enough.
      let commaCount = seen.commas;
      let counted = seen.commas;
      if (seen.commas > options.maxCommas) {
        const places = commaPlaces(tokens);
        commaCount = places.found.length;
        counted = commaCount - asideEnds(tokens, places.at);
      }
      let joinedBy: Token[] = [];
      if (words.length > options.maxSubordinators) {
        const list = words.map((word) => `« ${label(tokens, word)} »`).join(', ');
        report(
          `Cette phrase a ${words.length} mots qui ajoutent une autre idée : ${list}. Une phrase avec plusieurs idées est difficile à suivre. Écrivez une seule idée par phrase.`,
          { place: sentence.position, actual: sentence.text },
        );
      } else if (options.coordinated && seen.mayHaveCoordinator && (joinedBy = coordinators(tokens)).length > 0) {
        const joined = joinedBy.map((word) => `« ${word.value} »`).join(', ');
        report(
          `Cette phrase a 2 idées, reliées par ${joined}. Une phrase avec plusieurs idées est difficile à suivre. Écrivez 2 phrases, une pour chaque idée.`,
          { place: sentence.position, actual: sentence.text },
        );
      } else if (counted > options.maxCommas) {
        // A heading or a table cell with commas lists names (« Injure raciste, sexiste, homophobe »): neither a
        // list nor short sentences fit there (fiches F32077, F31877).
        const block = facts.blocks[sentence.block]?.type;
        if (block === 'tableCell') continue;
        const enumerated = isEnumeration(sentence.text);
        // « votre carte, votre avis d’impôt, une facture et un RIB »: the rule `liste` gives this advice already.
        if (enumerated && !inListItem(facts.mdast, tokens[0]!) && enumerationIn(tokens, undefined, partOf) !== undefined) continue;
        // « personnels administratifs, sociaux et de santé, techniques, ouvriers et de service (Tos) » (twelfth reading):
        // the commas are in a name, with its acronym after it, as the rule `liste` reads it.
        if (tokens.some((token, index) => token.value === '(' && namesWithAcronym(tokens, index - 1))) continue;
        report(
          enumerated
            ? `Cette phrase a ${commaCount} virgules : elle donne une liste. Une liste dans une phrase est difficile à lire. Faites une liste à puces, avec une chose par ligne.`
            : `Cette phrase a ${commaCount} virgules. Une phrase avec beaucoup de virgules a souvent plusieurs idées. Coupez-la en phrases courtes, ou faites une liste.`,
          { place: sentence.position, actual: sentence.text },
        );
      }
    }
  },
});
