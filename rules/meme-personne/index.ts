import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import type { FalcSentence } from '../../src/engine/types.ts';
import { tokensOf, type Token } from '../_shared/tokens.ts';

export const options = z
  .object({
    /** The text must speak to the reader this many times with one person before a switch is reported. */
    minSentences: z.number().int().min(1).default(1),
  })
  .strict();

export type Options = z.infer<typeof options>;

/**
 * How a sentence names its reader: « vous » (« Vous remplissez… »), « je » (« Je remplis… », the voice of
 * many FALC texts), « on » or « nous » as the subject of a step (« Ensuite, on l’envoie », « Nous allons à
 * la mairie »), or none.
 */
type Person = 'vous' | 'je' | 'on' | 'nous';

const YOU = new Set(['vous', 'votre', 'vos', 'vôtre', 'vôtres']);
const I = new Set(['je', "j'", 'me', "m'", 'moi', 'mon', 'ma', 'mes', 'mien', 'mienne']);
const WE = new Set(['nous', 'notre', 'nos']);

/** Words that may stand before the subject « on » of a main clause: « Ensuite, on … », « Puis on … ». */
const LEAD_WORDS = new Set(['ensemble', 'ensuite', 'puis', 'après', 'alors', 'là', 'enfin', "d'", 'abord', 'aussi', 'et', 'maintenant', 'donc', 'mais', 'ici']);
/** Pronouns between « on » and its verb: « on l’envoie », « on ne paie pas », « on y va ». */
const CLITICS = new Set(['ne', "n'", 'se', "s'", 'le', 'la', 'les', "l'", 'lui', 'leur', 'y', 'en', 'me', "m'", 'te', "t'"]);
/**
 * Verbs after which « on » speaks of everybody, not of the reader doing a step: « on dit », « on appelle ça »,
 * « on a le droit », « on est d’abord une personne », « on voit un groupe », « on peut dire ».
 */
const GENERAL_VERBS = new Set([
  'dit', 'disait', 'parle', 'sait', 'pense', 'croit', 'estime', 'compte', 'considère', 'voit', 'trouve', 'peut', 'pourrait',
  'a', 'avait', 'aura', 'aurait', 'est', 'était', 'sera', 'serait', 'appelle',
  // « Par domicile, on entend le domicile personnel… » (fiche F732, fifth reading): a definition.
  'entend', 'désigne', 'qualifie', 'nomme',
]);
/** Words after « notre » / « nos » that show « nous » is the service or the group that writes. */
const WRITERS = new Set([
  'association', 'associations', 'équipe', 'équipes', 'service', 'services', 'centre', 'structure', 'établissement', 'site',
  'foyer', 'maison', 'bureau', 'groupe', 'délégation', 'adhérents', 'membres', 'salariés', 'professionnels', 'bénévoles',
  'accueil', 'mairie', 'entreprise', 'journal', 'magazine',
]);

export interface Reading {
  person: Person | undefined;
  /**
   * The word that gives the sentence its person (« on » of « Ensuite, on l’envoie », « Je » of « Je
   * signe »): the message points at it. A message on the whole sentence covered the same words as
   * `phrase-longue` or `une-idee` on a long sentence, and only one of them was kept.
   */
  word?: Token;
  /** The sentence names the writers apart from the reader: « Nous vous aidons », « Appelez-nous », « Nous sommes … ». */
  writers: boolean;
}

/** The words of a sentence that count: quoted words (« Dites : “Je voudrais…” ») and words after a colon (what the reader says) are left out. */
function countedWords(sentence: FalcSentence): Token[] {
  const words: Token[] = [];
  let quoted = false;
  let afterColon = false;
  let previous: Token | undefined;
  for (const token of tokensOf(sentence)) {
    const before = previous;
    previous = token;
    if (token.kind === 'punct') {
      if (token.value === '«' || token.value === '“') quoted = true;
      else if (token.value === '»' || token.value === '”') quoted = false;
      else if (token.value === '"') quoted = !quoted;
      else if (token.value === ':') afterColon = true;
      continue;
    }
    if (quoted || afterColon || token.kind !== 'word') continue;
    if (!token.spaceBefore && before?.kind === 'punct' && GLUING_SIGNS.has(before.value)) continue;
    words.push(token);
  }
  return words;
}

/** Words that start a subordinate clause: the « on » or « nous » after them is not the main subject. */
const SUBORDINATORS = new Set(['quand', 'si', "s'", 'lorsque', "lorsqu'", 'comme', 'car', 'parce', 'puisque', "puisqu'", 'que', "qu'", 'où', 'dont', 'qui', 'pendant', 'avant', 'après', 'pour']);

/**
 * True when the words before `at` only lead the main clause: nothing, « Ensuite, », « Puis », « Ensemble »,
 * or a short phrase closed by a comma (« À l’entrée, on … ») with no subordinate word (« Quand on est
 * malade, on … » is the general « on »).
 */
function startsMainClause(words: Token[], at: number, tokens: Token[]): boolean {
  let lead = true;
  for (let index = 0; index < at; index++) {
    const word = words[index]!.normal;
    // « l’on »
    if (word === "l'" && index === at - 1) continue;
    if (!LEAD_WORDS.has(word)) lead = false;
  }
  if (lead) return true;
  if (at > 5 || words.slice(0, at).some((word) => SUBORDINATORS.has(word.normal) || word.normal === 'on' || word.normal === 'nous')) return false;
  // The phrase before the subject ends with a comma: « À l’entrée, on vérifie … ».
  const subject = words[at]!;
  const before = tokens.filter((token) => (token.position.end.offset ?? 0) <= (subject.position.start.offset ?? 0));
  return before.at(-1)?.value === ',';
}

/**
 * « on » as the subject of the main clause, for a step the reader does (« Ensuite, on l’envoie à la
 * caisse », « On arrive 10 minutes avant »). Not counted: « on » after a subordinate word (« Quand on est
 * malade », « car on est d’abord une personne »), the general « on » (« on dit », « on a le droit », « on
 * peut »), and a past step told by the writers (« On a choisi les images »).
 */
function stepOn(words: Token[], tokens: Token[]): Token | undefined {
  const at = words.findIndex((word) => word.normal === 'on');
  if (at < 0 || !startsMainClause(words, at, tokens)) return undefined;
  let verb = at + 1;
  while (verb < words.length && CLITICS.has(words[verb]!.normal)) verb++;
  const next = words[verb]?.normal;
  return next !== undefined && !GENERAL_VERBS.has(next) ? words[at] : undefined;
}

/** « nous » as the subject of the main clause (« Nous allons à la mairie »), not « Pour nous, … » nor « Il nous aide ». */
function subjectNous(words: Token[], tokens: Token[]): Token | undefined {
  const at = words.findIndex((word) => word.normal === 'nous');
  return at >= 0 && startsMainClause(words, at, tokens) ? words[at] : undefined;
}

/** Every word that `read` looks for: « vous », « je », « nous » and their possessives, and « on ». */
export const PERSON_FORMS: ReadonlySet<string> = new Set([...YOU, ...I, ...WE, 'on']);

/** A quick test before `read`: a sentence without a word of `PERSON_FORMS` names no person and no writers. */
export function mayNamePerson(sentence: FalcSentence): boolean {
  const tokens = tokensOf(sentence);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'word' && PERSON_FORMS.has(token.normal)) return true;
  }
  return false;
}

/** Possessives that start the name of a service: « Mon compte formation », « Ma Prime Rénov' ». */
const SERVICE_POSSESSIVES = new Set(['mon', 'ma', 'mes']);

/**
 * A « je » word that is part of a name or a label, not the writer speaking:
 * - a capital inside the sentence: « sur Mon compte formation », « cochez la case Je demande un logement »
 *   (fiche F31912, seventh reading);
 * - « Mon », « Ma », « Mes » before a capitalised word: « **Ma Carte TER Hauts-de-France** » (fiche F34964).
 */
function isName(word: Token, index: number, all: readonly Token[]): boolean {
  if (!/^\p{Lu}/u.test(word.value)) return false;
  if (index > 0) return true;
  return SERVICE_POSSESSIVES.has(word.normal) && /^\p{Lu}/u.test(all[index + 1]?.value ?? '');
}

/** Nouns before the name of a service, a page or a box: « le service Transmettre mon certificat de vie ». */
const LABEL_NOUNS = new Set(['service', 'téléservice', 'rubrique', 'onglet', 'case', 'menu', 'bouton', 'page', 'espace', 'application', 'module', 'lien', 'formulaire', 'démarche', 'section']);

/**
 * « Cliquez sur le service Transmettre mon certificat de vie », « la rubrique Éléments liés à ma scolarité » (fiches
 * F2543, F23476, eleventh reading): the « je » word is inside a name that starts with a capital after a noun like
 * « service » or « rubrique », at most 4 words before it, with no sign between.
 */
function inLabelName(word: Token, tokens: readonly Token[]): boolean {
  const at = tokens.indexOf(word);
  for (let back = at - 1; back >= Math.max(1, at - 4); back--) {
    const token = tokens[back]!;
    if (token.kind !== 'word') return false;
    if (/^\p{Lu}/u.test(token.value)) return LABEL_NOUNS.has(tokens[back - 1]?.normal ?? '');
  }
  return false;
}

/** A sign glued before a word makes it a piece of a typo, not a word: « m^me » (« même », fiche F2058). */
const GLUING_SIGNS = new Set(['^', '*', '_', '\\', '/', '=', '+', '|', '~', '#', '@']);

const NOBODY: Reading = { person: undefined, writers: false };

function read(sentence: FalcSentence): Reading {
  return mayNamePerson(sentence) ? readPerson(sentence) : NOBODY;
}

/** `read` without its quick test (for the tests that prove the quick test). */
export function readPerson(sentence: FalcSentence): Reading {
  const words = countedWords(sentence);
  const all = tokensOf(sentence).filter((token) => token.kind === 'word');
  const you = words.find((word) => YOU.has(word.normal));
  const me = words.find((word) => I.has(word.normal) && !isName(word, all.indexOf(word), all) && !inLabelName(word, tokensOf(sentence)));
  const question = sentence.text.trimEnd().endsWith('?');
  // Writers named apart from the reader, anywhere in the sentence (even after a colon: « Appelez-nous : … »).
  // One pass over the words: « vous », « nous », « nous sommes », « notre équipe », « on vous ».
  let anyYou = false;
  let anyWe = false;
  let weAre = false;
  let ourGroup = false;
  let writersOn = false;
  for (let index = 0; index < all.length; index++) {
    const normal = all[index]!.normal;
    if (YOU.has(normal)) anyYou = true;
    if (WE.has(normal)) anyWe = true;
    const next = all[index + 1]?.normal;
    if (normal === 'nous' && next === 'sommes') weAre = true;
    if ((normal === 'notre' || normal === 'nos') && WRITERS.has(next ?? '')) ourGroup = true;
    if (normal === 'on' && YOU.has(next ?? '')) writersOn = true;
  }
  const writersNous = (anyYou && anyWe) || weAre || ourGroup;
  const writers = writersNous || writersOn;
  if (you) return { person: 'vous', word: you, writers };
  // « Je peux venir avec mon chien ? »: the reader's own question, as FALC guides ask them.
  if (me) return question ? { person: undefined, writers } : { person: 'je', word: me, writers };
  if (question) return { person: undefined, writers };
  const nous = subjectNous(words, tokensOf(sentence));
  if (nous) return { person: 'nous', word: nous, writers };
  const on = stepOn(words, tokensOf(sentence));
  return on ? { person: 'on', word: on, writers } : { person: undefined, writers };
}

const MESSAGES: Record<Exclude<Person, 'vous'>, string> = {
  je: 'Cette phrase dit « je », mais le texte parle au lecteur avec « vous ». Le lecteur ne sait plus qui parle. Écrivez aussi cette phrase avec « vous ».',
  on: 'Cette phrase dit « on », mais le texte parle au lecteur avec « vous ». Le lecteur ne sait pas qui est « on ». Écrivez aussi cette phrase avec « vous ».',
  nous: 'Cette phrase dit « nous », mais le texte parle au lecteur avec « vous ». Le lecteur ne sait pas qui est « nous » : lui, ou les personnes qui écrivent ? Si c’est le lecteur, écrivez « vous ». Si ce sont les personnes qui écrivent, dites qui vous êtes, par exemple « Nous sommes l’équipe du centre social ».',
};

/**
 * `meme-personne`: the text speaks to its reader with one person all through: « vous » (or « je » in a text
 * written in the reader's voice). A text that switches (« Vous remplissez le formulaire. Ensuite, on l’envoie
 * à la caisse. ») loses the reader: who is « je », « on » or « nous »? Not counted: the general « on » (« on a
 * le droit »), the « nous » or « on » of the writers when the text names them apart from the reader (« Nous
 * vous aidons », « On vous appelle »).
 */
export default defineRule({
  id: 'meme-personne',
  title: 'Toujours la même personne',
  severity: 'warning',
  options,
  check({ facts, options, report }) {
    // The title of an answer (<Reponse titre="Je ne sais pas">) is what the reader says, like words after a colon.
    const readings = facts.sentences.map((sentence) => ({
      sentence,
      ...(facts.blocks[sentence.block]?.field === 'Reponse.titre' ? { person: undefined, writers: false } : read(sentence)),
    }));
    const count = (person: Person): number => readings.filter((entry) => entry.person === person).length;
    const you = count('vous');
    const me = count('je');
    if (you === 0) return;
    if (me > you) {
      // A text in the reader's voice (« J’ai une mesure de protection »): its « vous » are the switch.
      if (me < options.minSentences) return;
      for (const { person, word } of readings) {
        if (person !== 'vous' || !word) continue;
        report(
          'Cette phrase dit « vous », mais le texte parle avec « je », comme le lecteur. Le lecteur ne sait plus qui parle. Écrivez aussi cette phrase avec « je ».',
          // No replacement: the whole sentence is rewritten (« je » in place of « vous » alone would break the verb).
          { place: word.position, actual: word.value },
        );
      }
      return;
    }
    if (you < options.minSentences) return;
    // The text names its writers apart from the reader (« Nous vous aidons », « On vous présente nos
    // livrets »): its « nous » and its « on » are the writers.
    const writers = readings.some((entry) => entry.writers);
    // The person of the sentence before or after, headings and questions left aside (« ## Le jour du vote »).
    const neighbour = (index: number, step: number): Person | undefined => {
      for (let at = index + step; at >= 0 && at < readings.length; at += step) {
        const { sentence, person } = readings[at]!;
        if (facts.blocks[sentence.block]?.type === 'heading' || sentence.text.trimEnd().endsWith('?')) continue;
        return person;
      }
      return undefined;
    };
    readings.forEach(({ person, word }, index) => {
      if (person === undefined || person === 'vous' || !word) return;
      if ((person === 'nous' || person === 'on') && writers) return;
      // « on » and « nous » are a switch only right next to a sentence that says « vous »: the same steps,
      // told with another person. Far from it, they often speak of everybody or of the writers.
      if (person !== 'je' && neighbour(index, -1) !== 'vous' && neighbour(index, 1) !== 'vous') return;
      // No replacement: the message points at the word, but the author rewrites the sentence with « vous »
      // (« vous » in place of « on » alone breaks the verb: « on envoie » → « vous envoie »).
      report(MESSAGES[person], { place: word.position, actual: word.value });
    });
  },
});
