import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { boldNodeOf, quotedFlags, span, tokensOf, type Token } from '../_shared/tokens.ts';

export const options = z
  .object({
    /** Accept a negation whose word « pas », « jamais »… is in bold: the reader sees it. */
    allowBold: z.boolean().default(false),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** Words that close « ne » and make a negation. */
const PARTICLES = new Set(['pas', 'plus', 'jamais', 'rien', 'aucun', 'aucune', 'personne', 'guère', 'point', 'nulle', 'nul', 'ni']);

/** Negative words that can stand before « ne »: « Personne ne vient », « Rien n'est payé », « Aucun papier n'est demandé ». */
const SUBJECTS = new Set(['personne', 'rien', 'aucun', 'aucune', 'nul', 'nulle', 'ni']);

/** Words before « personne » that make it a noun: « la personne », « une personne ». */
const DETERMINERS = new Set([
  'la', 'une', 'les', 'des', 'cette', 'chaque', 'toute', 'toutes', 'votre', 'vos', 'sa', 'ses', 'ma', 'mes', 'ta',
  'leur', 'leurs', 'quelle', 'autre', 'seule', 'même', 'aucune', 'en', 'de', "d'", 'par', 'nos', 'notre', 'ces', 'certaines',
  'plusieurs', 'quelques', 'grande', 'jeune', 'vieille', 'première', 'dernière', 'bonne',
]);

/** Words before « pas » that make it a noun: « un pas », « le premier pas ». */
const PAS_NOUN = new Set(['un', 'le', 'les', 'des', 'ce', 'ces', 'premier', 'premiers', 'petit', 'petits', 'grand', 'grands', 'faux', 'mon', 'ton', 'son', 'nos', 'vos', 'leurs', 'à', 'au', 'du', 'quelques', 'même']);

const CLAUSE_END = /^[;:.!?…()\[\]«»"–—]+$|^\.\.\.$/;

interface Negation {
  /** The words that make the negation, in order: « n' », « pas ». */
  words: Token[];
  /** « ne … que »: a restriction (« seulement »), that many readers take for a negation. */
  restriction?: boolean;
}

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

function isNegativePersonne(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (isWord(previous) && DETERMINERS.has(previous.normal)) return false;
  return true;
}

/** Every word that `negations` starts from: a sentence without one has no negation. */
export const NEGATION_FORMS: ReadonlySet<string> = new Set(['ne', "n'", 'sans', 'aucun', 'aucune', 'ni', 'pas', 'jamais']);

/** A quick test before `negations`: one pass, one lookup per word. */
export function mayHaveNegation(tokens: readonly Token[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'word' && NEGATION_FORMS.has(token.normal)) return true;
  }
  return false;
}

/** True when a negation (not a restriction « ne … que ») stands before `index` in the same clause. */
function continuesNegation(tokens: Token[], index: number, found: readonly Negation[]): boolean {
  return found.some((negation) => {
    if (negation.restriction) return false;
    const last = tokens.indexOf(negation.words[negation.words.length - 1]!);
    if (last < 0 || last >= index) return false;
    // An aside in brackets does not end the clause: « ne sont pas fournis par l'hôpital (pyjamas, robe de
    // chambre, ...), ni les produits de toilette » (fiche F725, fifth reading).
    let depth = 0;
    for (let at = last + 1; at < index; at++) {
      const between = tokens[at]!;
      if (between.kind !== 'punct') continue;
      if (between.value === '(') depth++;
      else if (between.value === ')' && depth > 0) depth--;
      else if (depth === 0 && CLAUSE_END.test(between.value)) return false;
    }
    // Also inside an aside: « ne peut pas diminuer la rémunération du salarié (ni ses avantages) ».
    return true;
  });
}

/** Where a negative subject stands before the « ne » at `index` (« Personne ne vient », « Aucun papier n'est »), or -1. */
function negativeSubjectBefore(tokens: Token[], index: number, used: ReadonlySet<number>): number {
  for (let at = index - 1; at >= Math.max(0, index - 5); at--) {
    const previous = tokens[at]!;
    if (previous.kind === 'punct') break;
    if (SUBJECTS.has(previous.normal) && !used.has(at) && (previous.normal !== 'personne' || isNegativePersonne(tokens, at))) return at;
  }
  return -1;
}

/** The negations of a sentence. */
export function negations(tokens: Token[]): Negation[] {
  return mayHaveNegation(tokens) ? findNegations(tokens) : [];
}

/** `negations` without its quick test (for the tests that prove the quick test). */
export function findNegations(tokens: Token[]): Negation[] {
  const found: Negation[] = [];
  const used = new Set<number>();
  const quoted = quotedFlags(tokens);
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || quoted[index]) return;
    if (token.normal !== 'ne' && token.normal !== "n'") return;
    // « n'importe quand », « n'importe qui »: no negation.
    if (tokens[index + 1]?.normal === 'importe') return;
    // A particle after « ne », in the same clause: « ne … pas », « n'… jamais ». « ne … que » is a restriction.
    for (let at = index + 1; at < Math.min(tokens.length, index + 9); at++) {
      const next = tokens[at]!;
      if (next.kind === 'punct' && CLAUSE_END.test(next.value)) break;
      if (next.kind !== 'word') continue;
      if (next.normal === 'que' || next.normal === "qu'") {
        // « Vous ne payez que 5 euros »: « ne … que » means « seulement ».
        found.push({ words: [token, next], restriction: true });
        used.add(at);
        return;
      }
      if (next.normal === 'ne' || next.normal === "n'") break;
      if (!PARTICLES.has(next.normal)) continue;
      if (next.normal === 'personne' && !isNegativePersonne(tokens, at)) continue;
      // « Aucun salarié ne doit travailler plus de 4h30 » (fiche F2216, seventh reading): after a negative subject,
      // « plus » is « more than », and the negation is « Aucun … ne ».
      if (next.normal === 'plus' && negativeSubjectBefore(tokens, index, used) >= 0) break;
      // « ne … plus que 2 jours »: a restriction.
      if (next.normal === 'plus' && (tokens[at + 1]?.normal === 'que' || tokens[at + 1]?.normal === "qu'")) {
        found.push({ words: [token, tokens[at + 1]!], restriction: true });
        used.add(at + 1);
        return;
      }
      found.push({ words: [token, next] });
      used.add(at);
      // « ne … ni … ni »: one negation; mark the « ni » that follow.
      if (next.normal === 'ni') tokens.forEach((other, otherIndex) => otherIndex > at && other.normal === 'ni' && used.add(otherIndex));
      return;
    }
    // A negative word before « ne »: « Personne ne vient », « Aucun papier n'est demandé ».
    const subject = negativeSubjectBefore(tokens, index, used);
    if (subject >= 0) {
      found.push({ words: [tokens[subject]!, token] });
      used.add(subject);
      return;
    }
    // Otherwise « ne » is expletive (« avant qu'il ne parte ») or a restriction: no negation.
  });
  // Negative words without « ne ».
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || used.has(index) || quoted[index]) return;
    const previous = tokens[index - 1];
    const word = token.normal;
    if (word === 'sans' || word === 'aucun' || word === 'aucune') {
      // « avec ou sans travaux »: both cases, not a negation.
      if (word === 'sans' && previous?.normal === 'ou' && tokens[index - 2]?.normal === 'avec') return;
      // « sans aucune formalité »: « aucune » makes « sans » stronger, it is not a second negation.
      if (word !== 'sans' && previous?.normal === 'sans' && !quoted[index - 1]) return;
      // « un aéronef sans pilote et sans passager »: « sans » said again before each thing, like « ni », is
      // the same negation (fifth reading).
      if (word === 'sans' && (previous?.normal === 'et' || previous?.normal === 'ou') && continuesNegation(tokens, index, found.filter((negation) => negation.words[0]!.normal === 'sans'))) return;
      // « personnes sans domicile stable », « sans emploi », « association sans but lucratif »: the name of a
      // group or a kind, not a negation to write positively.
      if (word === 'sans' && isCategoryName(tokens, index)) return;
      found.push({ words: [token] });
    } else if (word === 'ni' && isWord(tokens[index + 1])) {
      // « ni … ni … »: one negation.
      if (found.some((negation) => negation.words.some((other) => other.normal === 'ni'))) return;
      // « Il n'existe pas de testament, ni d'autres héritiers », « sans formalité ni frais »: « ni » goes on
      // with the negation before it in the same clause, it is not a second one.
      if (continuesNegation(tokens, index, found)) return;
      found.push({ words: [token] });
    } else if (word === 'pas') {
      // « pas de souci », « pas besoin »; not « un pas », « pas à pas ».
      if (isWord(previous) && PAS_NOUN.has(previous.normal)) return;
      // « le prélèvement à la source (PAS) » (fiche F34732): an acronym, unless « ne » comes just before (« ne faut PAS »).
      if (token.value === 'PAS' && !tokens.slice(Math.max(0, index - 4), index).some((other) => other.normal === 'ne' || other.normal.startsWith("n'"))) return;
      if (tokens[index + 1]?.normal === 'à' && tokens[index + 2]?.normal === 'pas') return;
      found.push({ words: [token] });
    } else if (word === 'jamais') {
      // « si jamais », « à jamais »: not a negation.
      if (isWord(previous) && (previous.normal === 'si' || previous.normal === 'à' || previous.normal === 'plus')) return;
      found.push({ words: [token] });
    }
  });
  found.sort((a, b) => (a.words[0]!.position.start.offset ?? 0) - (b.words[0]!.position.start.offset ?? 0));
  return found;
}

/** True when `negation` says the same as the one before it again, after « et » or « ou »: « ne … pas … et ne … pas ». */
function repeatsAfterAnd(tokens: Token[], negation: Negation, before: Negation | undefined): boolean {
  if (!before || before.restriction || negation.words.length < 2 || before.words.length < 2) return false;
  const start = tokens.indexOf(negation.words[0]!);
  const joiner = tokens[start - 1]?.normal;
  return (joiner === 'et' || joiner === 'ou') && keyWord(negation).normal === keyWord(before).normal;
}

/** A bold passage of this many words at most puts its negative word forward. */
const SHORT_BOLD_WORDS = 5;

/** Words of a piece of text: runs of letters or digits between spaces (« n'est » is one). */
function countWords(text: string): number {
  let count = 0;
  for (const piece of text.split(/\s+/)) if (/[\p{L}\d]/u.test(piece)) count++;
  return count;
}

/** The negative word itself: « pas », « jamais », « personne » (not « ne »). */
function keyWord(negation: Negation): Token {
  return negation.words.find((word) => word.normal !== 'ne' && word.normal !== "n'") ?? negation.words[0]!;
}

/** The negative word that ends last in the sentence. */
function lastWord(found: readonly Negation[]): Token {
  const words = found.flatMap((negation) => negation.words);
  return words.reduce((last, word) => ((word.position.end.offset ?? 0) > (last.position.end.offset ?? 0) ? word : last));
}

function written(negation: Negation): string {
  return negation.words.map((word) => word.value).join(' … ');
}

/** Words after « sans » that name a group or a kind: « sans domicile », « sans emploi », « sans-abri ». */
// « les véhicules sans permis » (fiche F2881, eighth reading): a kind of small car.
// « Extrait sans filiation » (fiche F1432, twelfth reading): the name of a kind of birth certificate.
// « le WiFi (sans fil) » (fifteenth reading).
// « Fonctionnaire sans activité » (a status), « | Sans objet | » (not applicable, in a table) (seventeenth reading).
const CATEGORY_AFTER_SANS = new Set(['domicile', 'emploi', 'abri', 'logement', 'papiers', 'solde', 'permis', 'filiation', 'fil', 'activité', 'objet']);

/** True when « sans » at `index` starts the name of a group or a kind (« sans domicile stable », « sans but lucratif »). */
function isCategoryName(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!isWord(next)) return false;
  if (CATEGORY_AFTER_SANS.has(next.normal)) return true;
  return next.normal === 'but' && tokens[index + 2]?.normal === 'lucratif';
}

/** `negation`: a negative sentence (ne … pas, jamais, rien, sans…) is harder to understand. */
/** « que » is followed by « un seul », « une seule »: the restriction is already said. */
function onlyOne(tokens: readonly Token[], que: Token): boolean {
  const at = tokens.indexOf(que);
  const next = tokens[at + 1]?.normal;
  const after = tokens[at + 2]?.normal;
  return (next === 'un' || next === 'une') && (after === 'seul' || after === 'seule' || after === 'seuls' || after === 'seules');
}

export default defineRule({
  id: 'negation',
  title: 'Phrase négative',
  severity: 'warning',
  options,
  check({ facts, file, options, report }) {
    const source = String(file.value ?? '');
    for (const sentence of facts.sentences) {
      const tokens = tokensOf(sentence);
      const found = negations(tokens);
      if (found.length === 0) continue;
      // « pas » is put forward by a short bold (« **ne … pas** », « n'est **pas** obligatoire »); a whole sentence in
      // bold does not show it (fiche F2232, seventh reading: « **… qui n'est pas forcément celle …** » was told « pas
      // est bien en gras », next to a message of `gras-excessif` asking for less bold).
      const bold = (negation: Negation) => {
        const node = boldNodeOf(facts.mdast, keyWord(negation));
        if (node?.position?.start.offset === undefined || node.position.end.offset === undefined) return false;
        return countWords(source.slice(node.position.start.offset, node.position.end.offset)) <= SHORT_BOLD_WORDS;
      };
      // Negations in 2 parts of a sentence cut by « : » or « ; » do not add up: « Ne sautez pas de
      // niveau : écrivez 3, pas 4. » has one negation in each part.
      const clauseOf = (negation: Negation): number =>
        tokens.filter((token) => token.kind === 'punct' && /^[:;]$/.test(token.value) && (token.position.start.offset ?? 0) < (negation.words[0]!.position.start.offset ?? 0)).length;
      // « ne … que » is a restriction: 2 of them (« ne peut être qu'exceptionnel et ne peut être conclu que pour »)
      // are not a double negation (fifth reading); each sentence then gets one message, as with one negation.
      // « ne doit pas accepter … et ne doit pas réaliser … » (ninth reading): the same prohibition said again after
      // « et », like « sans … et sans … », is one negation.
      const real = found.filter((negation, at) => !negation.restriction && !repeatsAfterAnd(tokens, negation, found[at - 1]));
      const clauses = real.map(clauseOf);
      const separate = real.length >= 2 && new Set(clauses).size === clauses.length;
      if (real.length >= 2 && !separate) {
        const list = real.map((negation) => `« ${written(negation)} »`).join(' et ');
        // From the first negative word to the last, not the whole sentence: a long sentence also gets
        // `phrase-longue` on the whole sentence, and of 2 messages on the same words only one is kept
        // (src/engine/dedupe.ts). The fifth reading found sentences with 2 negations and no `negation`
        // message at all (fiches F929, F760, F598).
        report(
          `Cette phrase a ${real.length} négations : ${list}. Deux négations dans une phrase sont très difficiles à comprendre. Écrivez une phrase positive.`,
          { place: span(real[0]!.words[0]!, lastWord(real)), actual: real.map(written).join(', ') },
        );
        continue;
      }
      // One message per sentence: the first negation that is not in bold.
      {
        const negation = (separate ? real.find((candidate) => !bold(candidate)) : undefined) ?? real[0] ?? found[0]!;
        const isBoldNegation = bold(negation);
        if (isBoldNegation && options.allowBold) continue;
        const key = keyWord(negation).value.toLowerCase();
        const first = negation.words[0]!;
        const last = negation.words[negation.words.length - 1]!;
        if (negation.restriction && onlyOne(tokens, last)) {
          // « Un tel report n'est possible qu'une seule fois » (fiche F510, fourth reading): « seulement une seule
          // fois » says it twice; « une seule fois » says it alone.
          report(
            `Cette phrase dit « ${written(negation)} ». Beaucoup de lecteurs comprennent une négation. Enlevez « ${written(negation)} » : « une seule fois » suffit, par exemple : « Vous pouvez le faire une seule fois. »`,
            { place: span(first, last), actual: written(negation) },
          );
          continue;
        }
        if (negation.restriction) {
          // No `expected`: « seulement » does not replace « ne payez que » (the verb is between the 2 words);
          // the author moves the words, the message says how.
          report(
            `Cette phrase dit « ${written(negation)} ». Beaucoup de lecteurs comprennent une négation. Enlevez « ${written(negation)} » et écrivez « seulement », par exemple : « Vous payez seulement 5 euros. »`,
            { place: span(first, last), actual: written(negation) },
          );
          continue;
        }
        const message = report(
          isBoldNegation
            ? `Cette phrase est négative : « ${written(negation)} ». Le mot « ${key} » est bien en gras : gardez-le visible. Essayez quand même d'écrire une phrase positive.`
            : `Cette phrase est négative : « ${written(negation)} ». Une phrase négative est plus difficile à comprendre. Écrivez une phrase positive. Si la négation est utile, mettez le mot « ${key} » en gras.`,
          { place: span(first, last), actual: written(negation) },
        );
        // The author did what the rule asks (« pas » in bold): what is left is advice, so a warning becomes an info.
        if (isBoldNegation && message.fatal === false) message.fatal = undefined;
      }
    }
  },
});
