import type { Nodes as MdastNodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { inListItem, mdastAncestors, quoteBetween, span, tokensOf, type Token } from '../_shared/tokens.ts';
import { acronymLetters, followsItsWords, followsItsWordsInAnyOrder, lastInitial, plainLetters } from '../_shared/acronym-words.ts';

export const options = z.object({}).strict();

export type Options = z.infer<typeof options>;

type Sign = 'point-virgule' | 'parenthèse' | 'crochet' | 'points de suspension' | 'tiret';

const MESSAGES: Record<Sign, (value: string) => string> = {
  'point-virgule': () =>
    'Le point-virgule « ; » est difficile à comprendre. Coupez la phrase en 2 phrases avec un point.',
  parenthèse: (value) =>
    `Les parenthèses « ${value} » cachent une information : le lecteur peut la sauter. Écrivez cette information dans une autre phrase.`,
  crochet: (value) =>
    `Les crochets « ${value} » sont difficiles à comprendre. Écrivez cette information dans une autre phrase.`,
  'points de suspension': (value) =>
    `Les points de suspension « ${value} » ne disent pas la suite. Le lecteur ne peut pas la deviner. Écrivez toute l'information, par exemple dans une liste.`,
  tiret: (value) =>
    `Le tiret « ${value} » coupe la phrase. Il est difficile à suivre. Écrivez 2 phrases avec un point.`,
};

function signOf(value: string): Sign | undefined {
  if (value === ';') return 'point-virgule';
  // The words of a sentence join signs that follow each other: « ((600 X 1/ 6) / 12) » starts with « (( ».
  if (/^[()]+$/.test(value)) return 'parenthèse';
  if (/^[[\]]+$/.test(value)) return 'crochet';
  if (value === '…' || /^\.{3,}$/.test(value)) return 'points de suspension';
  if (value === '–' || value === '—' || value === '-') return 'tiret';
  return undefined;
}

function hasDigit(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'number';
}

/** « 9 h – 12 h », « 2025 – 2026 », « 10 – 20 € »: a range between two numbers. */
function isRange(tokens: Token[], index: number): boolean {
  const before = tokens.slice(Math.max(0, index - 2), index);
  const after = tokens.slice(index + 1, index + 3);
  return before.some(hasDigit) && after.some(hasDigit);
}

/**
 * Dashes that do not cut a sentence (fiches of service-public): a dash before an acronym or a short name
 * (« résident de longue durée - UE », « action de formation conventionnée - AFC, »), a dash in a title
 * before its second part (« # Impôt sur le revenu - Plus-value immobilière »), a dash in a table cell or
 * after « : » or « , », which starts an item of a list written on one line (« Accordés par : - Les
 * employeurs - Le… »), a minus sign after a number (« (41 136 € - revenu) ») or in a calculation, a dash in a
 * postal address and in a name of 2 words (« cumul emploi - retraite »).
 */
function isNotACut(tokens: Token[], index: number, blockType: string | undefined): boolean {
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (!previous || !next) return false;
  if (blockType === 'tableCell') return true;
  if (previous.kind === 'punct' && /^[:,;]$/.test(previous.value)) return true;
  if (previous.kind === 'number' || previous.value === '€') return true;
  if (next.kind === 'word' && ACRONYM.test(next.value)) return true;
  // « des cultes - Cavimac. »: one word with a capital, then the end of the sentence or a comma.
  const after = tokens[index + 2];
  if (next.kind === 'word' && /^\p{Lu}/u.test(next.value) && (after === undefined || (after.kind === 'punct' && /^[.,;)]$/.test(after.value)))) return true;
  if (blockType === 'heading' && next.kind === 'word' && /^\p{Lu}/u.test(next.value)) return true;
  // « Centre national du Chèque emploi service universel - 63, rue de la Montat »: a postal address.
  if (next.kind === 'number' && (STREET.has(after?.normal ?? '') || (after?.value === ',' && STREET.has(tokens[index + 3]?.normal ?? '')))) return true;
  // « … rue de la Montat - 42 961 Saint-Étienne »: a postal code, then the town.
  if (next.kind === 'number' && isPostalCode(tokens, index + 1)) return true;
  // « cumul emploi - retraite », « trajets domicile – lieu de travail »: 2 words of one name.
  if (next.kind === 'word' && COMPOUNDS.get(previous.normal)?.has(next.normal)) return true;
  // « revenus d'activité - plafond autorisé = 2 700 € - 2 463,07 € »: a minus sign in a calculation.
  if (hasCalculation(tokens)) return true;
  return false;
}

/** Sentences with `=` or `+`, found once per sentence (a line of thousands of « - » asked for each one). */
const calculations = new WeakMap<Token[], boolean>();

function hasCalculation(tokens: Token[]): boolean {
  let found = calculations.get(tokens);
  if (found === undefined) {
    found = tokens.some((token) => token.kind === 'punct' && (token.value === '=' || token.value === '+'));
    calculations.set(tokens, found);
  }
  return found;
}

/** « 42961 Saint-Étienne », « 42 961 Saint-Étienne »: a postal code at `at`, then a town with a capital. */
function isPostalCode(tokens: Token[], at: number): boolean {
  const first = tokens[at]!;
  let town = tokens[at + 1];
  if (/^\d{2}$/.test(first.value) && town?.kind === 'number' && /^\d{3}$/.test(town.value)) town = tokens[at + 2];
  else if (!/^\d{2}\s?\d{3}$/.test(first.value)) return false;
  return town?.kind === 'word' && /^\p{Lu}/u.test(town.value);
}

/** First words of a street in a postal address. */
const STREET = new Set(['rue', 'avenue', 'boulevard', 'bd', 'place', 'allée', 'quai', 'chemin', 'route', 'impasse', 'cours', 'square']);

/** Names of 2 words joined by a dash (« cumul emploi - retraite », « domicile – lieu de travail »). */
const COMPOUNDS = new Map([
  ['emploi', new Set(['retraite'])],
  ['domicile', new Set(['travail', 'lieu'])],
]);

/** True when the sign is inside a web address or an e-mail written in the text, or in code. */
function inAddress(nodes: MdastNodes[]): boolean {
  return nodes.some((node) => {
    if (node.type === 'inlineCode' || node.type === 'code') return true;
    if (node.type !== 'link') return false;
    const text = toString(node);
    return text === node.url || /^(https?:|www\.|mailto:)/.test(text) || text.includes('@') || /\.\w{2,4}(\/|$)/.test(text);
  });
}

const OPENING: Record<string, string> = { ')': '(', ']': '[' };

/**
 * The closing sign of each opening bracket, in the same sentence, nesting included: in
 * « ((600 X 1/ 6) / 12) » the first « ( » closes with the last « ) », the second with the first. One pass
 * with a stack per kind of sign, so that a sentence of thousands of `(` costs no more than its length.
 * An opening sign without its closing one is not in the map.
 */
function pairBrackets(tokens: Token[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: Record<string, number[]> = { '(': [], '[': [] };
  tokens.forEach((token, at) => {
    if (token.kind !== 'punct') return;
    // « (( » and « )) » are one token: each sign counts.
    for (const sign of token.value) {
      if (sign === '(' || sign === '[') open[sign]!.push(at);
      else if (sign in OPENING) {
        const start = open[OPENING[sign]!]!.pop();
        // The outer pair comes last and wins: « (( … ) … ) » is one pair from « (( » to the last « ) ».
        if (start !== undefined && start !== at) pairs.set(start, at);
      }
    }
  });
  return pairs;
}

/** A word in capitals: an acronym (FALC, CCAS, C2S). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]*\p{Lu}$/u;
/** A word with a capital first, of at most 10 signs: may be an acronym written like a name (« Acre », « PreParE »). */
const NAME_LIKE = /^\p{Lu}[\p{L}\d]{1,9}$/u;

/** An acronym with parts joined by hyphens: « CMU-C », « VLS-TS ». */
const HYPHENED_ACRONYM = /^\p{Lu}[\p{Lu}\d]*\p{Lu}(?:-[\p{Lu}\d]+)+$/u;

/** The brackets hold one acronym: « (CCAS) », « (CMU-C) », « (VLS-TS) ». */
function isAcronymInBrackets(inside: Token[]): boolean {
  if (inside.length === 1) return inside[0]!.kind === 'word' && (ACRONYM.test(inside[0]!.value) || HYPHENED_ACRONYM.test(inside[0]!.value));
  // « (CCAS ou CIAS) » (fiche F14807, twelfth reading): 2 acronyms of the words before.
  if (inside.length === 3 && inside[1]!.normal === 'ou') return isAcronymInBrackets([inside[0]!]) && isAcronymInBrackets([inside[2]!]);
  // Parts that the tokens keep apart: words and hyphens with no space between them.
  return inside.length % 2 === 1 && !inside.slice(1).some((token) => token.spaceBefore) && HYPHENED_ACRONYM.test(inside.map((token) => token.value).join(''));
}

/** Short words that an acronym leaves out: « Facile à lire et à comprendre » is not « FALEAC ». */
const GLUE_WORDS = new Set(['et', 'de', "d'", 'du', 'le', 'la', "l'", 'les', 'des', 'en', 'au', 'aux', 'ou']);
/** Short words that an acronym written with one capital leaves out (« Aref », « Aspa »). */
const SKIPPED_WORDS = new Set([...GLUE_WORDS, 'à', 'a', 'sur', 'pour', 'par']);

function initialOf(word: string): string {
  return word.normalize('NFD')[0]!;
}

/**
 * True when the acronym's letters are the initials of the last words, from the end: a short glue word
 * that gives no letter is skipped (« juge aux affaires familiales (Jaf) », « allocation d'aide au retour à
 * l'emploi formation (Aref) »).
 */
function initialsEndWith(words: string[], letters: string[]): boolean {
  let wanted = letters.length - 1;
  for (let at = words.length - 1; at >= 0 && wanted >= 0; at--) {
    const word = words[at]!;
    if (initialOf(word) === letters[wanted]) wanted--;
    else if (!SKIPPED_WORDS.has(word)) return false;
  }
  return wanted < 0;
}

/**
 * « baccalauréat professionnel (bac pro) », « bac professionnel (bac pro) »: the short name of the words
 * before the bracket, each word cut at its start (fiche F32709). Like an acronym, it tells the reader the
 * name met elsewhere; 1 to 3 words, at least one shortened.
 */
function isShortFormInBrackets(tokens: Token[], open: number, inside: Token[]): boolean {
  const short = inside.filter((token) => token.kind === 'word').map((token) => token.normal);
  if (short.length === 0 || short.length > 3 || inside.some((token) => token.kind !== 'word' && token.value.trim() !== '')) return false;
  const full = tokens.slice(0, open).filter((token) => token.kind === 'word').slice(-short.length).map((token) => token.normal);
  if (full.length !== short.length) return false;
  let shortened = false;
  for (const [index, word] of short.entries()) {
    const long = full[index]!;
    if (word.length < 2 || !long.startsWith(word)) return false;
    if (word.length < long.length) shortened = true;
  }
  return shortened;
}

/** A code of 1 to 3 capitals before brackets that hold a name of 1 to 3 words: « GR (Grèce) », « UK (Royaume-Uni) ». */
function isCodeGloss(before: Token, inside: Token[]): boolean {
  if (!/^\p{Lu}{1,3}$/u.test(before.value)) return false;
  const words = inside.filter((token) => token.kind === 'word');
  return words.length >= 1 && words.length <= 3 && words.length === inside.filter((token) => token.kind !== 'punct' || token.value === '-').length && /^\p{Lu}/u.test(words[0]!.value);
}

/**
 * Brackets that give the acronym of the words before them, or the words of the acronym before them:
 * « Facile à lire et à comprendre (FALC) », « la CAF (caisse d’allocations familiales) ». This is what the
 * rule `sigle` asks for: it is not reported.
 */
function isAcronymGloss(tokens: Token[], open: number, close: number): boolean {
  const inside = tokens.slice(open + 1, close);
  if (isAcronymInBrackets(inside)) return true;
  // « l'année du Master 1 (M1) », « Licence 3 (L3) » (fiche F24439, eleventh reading): a letter and the number of
  // the 2 words before it.
  const short = inside.length === 1 ? /^(\p{Lu})(\d{1,2})$/u.exec(inside[0]!.value) : null;
  if (short && tokens[open - 1]?.value === short[2] && tokens[open - 2]?.kind === 'word' && tokens[open - 2]!.value.startsWith(short[1]!)) return true;
  // « l'aide à la création ou à la reprise d'une entreprise (Acre) », « la prestation partagée d'éducation de
  // l'enfant (PreParE) »: a word with a capital whose letters (or whose capitals) start the words before it, as
  // the rule `sigle` reads an acronym in brackets (rules/_shared/acronym-words.ts). The word right before the bracket gives the last letter: a
  // name in brackets (« le nom de sa mère (Leroy) ») is still reported.
  if (inside.length === 1 && inside[0]!.kind === 'word' && NAME_LIKE.test(inside[0]!.value)) {
    const value = inside[0]!.value;
    const capitals = value.replace(/[^\p{Lu}]/gu, '');
    // The capitals alone when they start and end the word, each one starting a part (« PreParE », « FOVeS »;
    // not « SNcf »).
    const readings = [acronymLetters(plainLetters(value)), ...(capitals.length >= 2 && capitals.length < value.length && /\p{Lu}$/u.test(value) ? [acronymLetters(plainLetters(capitals))] : [])];
    for (const letters of readings) {
      if (lastInitial(tokens, open) !== letters[letters.length - 1]) continue;
      if (followsItsWords(letters, tokens, open) || followsItsWordsInAnyOrder(letters, tokens, open)) return true;
    }
  }
  // « constat de risque d'exposition au plomb (Crep) »: service-public writes acronyms with one capital; the
  // letters are the initials of the words just before.
  // « chèque emploi-service universel (CNCesu) »: a few capitals, then small letters.
  if (inside.length === 1 && inside[0]!.kind === 'word' && /^\p{Lu}{1,3}\p{Ll}{1,5}$/u.test(inside[0]!.value)) {
    const letters = [...inside[0]!.normal.normalize('NFD').replace(/\p{M}/gu, '')];
    const words = tokens
      .slice(Math.max(0, open - 24), open)
      .filter((token) => token.kind === 'word')
      .flatMap((token) => token.normal.split('-'))
      .map((word) => word.split(/['’]/).pop() ?? word)
      .filter((word) => word.length > 0);
    if (initialsEndWith(words, letters)) return true;
    // « Relevé d'identité bancaire (Rib), postal (Rip) ou d'épargne (Rice) », « protection universelle
    // maladie (Puma) »: the words are shortened or one letter is missing. The first letter is the initial
    // of one of the 8 words before and most of the letters are initials of these words.
    const initials = new Set(words.slice(-8).filter((word) => !SKIPPED_WORDS.has(word)).map(initialOf));
    const found = letters.filter((letter) => initials.has(letter)).length;
    if (initials.has(letters[0]!) && found * 4 >= letters.length * 3) return true;
  }
  if (isShortFormInBrackets(tokens, open, inside)) return true;
  const before = tokens[open - 1];
  if (!before || before.kind !== 'word' || !ACRONYM.test(before.value)) return false;
  // « DE (Allemagne), AT (Autriche), … GR (Grèce) » (fiche F2843, eighth reading: 29 messages on one line): a short
  // code, then the name it stands for.
  if (isCodeGloss(before, inside)) return true;
  // « Facile À Lire et à Comprendre » gives the « A » of FALC: a short word counts, but not « et », « de »…
  const initials = inside
    .filter((token) => token.kind === 'word' && (token.normal.length > 2 || !GLUE_WORDS.has(token.normal)))
    .map((token) => token.normal.normalize('NFD')[0])
    .join('');
  const wanted = before.value.toLowerCase().replace(/\d/g, '');
  return wanted.length >= 2 && initials.includes(wanted[0]!) && [...wanted].every((letter) => initials.includes(letter));
}

/**
 * Brackets that hold only a number, as the number of a department in a title (« Maine-et-Loire (49) »,
 * « Corse-du-Sud (2A) »): a label that the reader knows, not a hidden sentence.
 */
function isNumberLabel(tokens: Token[], open: number, close: number): boolean {
  if (close !== open + 2) return false;
  const inside = tokens[open + 1]!;
  return inside.kind === 'number' || /^\d{1,3}[AB]?$/.test(inside.value);
}

/** Ends of words written in brackets: feminine (« décédé(e) », « époux(se) ») or plural (« parent(s) »). */
const ENDINGS = new Set(['e', 'es', 'se', 'ne', 'le', 'te', 'trice', 'euse', 's', 'x']);

/**
 * Brackets glued to a word that hold the end of the word (« décédé(e) », « l'époux(se) », « enfant(s) »):
 * the reader must read 2 words in one. The message says to write them in full, with an example only when
 * it is sure (« décédé ou décédée », « époux ou épouse »).
 */
function wordEnding(tokens: Token[], open: number, close: number): { written: string; message: string } | undefined {
  const word = tokens[open - 1];
  const inside = tokens[open + 1];
  if (close !== open + 2 || !word || word.kind !== 'word' || tokens[open]!.spaceBefore || !inside || inside.spaceBefore) return undefined;
  if (inside.kind !== 'word' || !ENDINGS.has(inside.normal)) return undefined;
  const written = `${word.value}(${inside.value})`;
  const bare = word.value.replace(/^\p{L}{1,2}['’]/u, '');
  let full: string | undefined;
  if (inside.normal === 's' || inside.normal === 'x') {
    return {
      written,
      message: `Le mot « ${written} » a sa fin entre parenthèses. Beaucoup de lecteurs lisent mal ce mot. Choisissez le singulier ou le pluriel, ou écrivez les 2 mots en entier.`,
    };
  }
  if (inside.normal === 'se' && bare.endsWith('x')) full = `${bare} ou ${bare.slice(0, -1)}se`;
  else if (inside.normal !== 'se' && inside.normal !== 'trice' && inside.normal !== 'euse') full = `${bare} ou ${bare}${inside.value}`;
  return {
    written,
    message: full
      ? `Le mot « ${written} » a sa fin entre parenthèses. Beaucoup de lecteurs lisent mal ce mot. Écrivez les 2 mots en entier : « ${full} ».`
      : `Le mot « ${written} » a sa fin entre parenthèses. Beaucoup de lecteurs lisent mal ce mot. Écrivez les 2 mots en entier.`,
  };
}

/** True when a month name or a number stands within 3 tokens of `index`: a date in a title. */
function nearDate(tokens: Token[], index: number): boolean {
  const near = [...tokens.slice(Math.max(0, index - 3), index), ...tokens.slice(index + 1, index + 4)];
  return near.some((token) => token.kind === 'number' || /^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/.test(token.normal));
}

/** `ponctuation`: semicolons, parentheses, brackets, ellipses and dashes in the text. */
export default defineRule({
  id: 'ponctuation',
  title: 'Ponctuation difficile',
  severity: 'warning',
  options,
  check({ facts, file, report }) {
    const source = String(file.value ?? '');
    for (const sentence of facts.sentences) {
      const tokens = tokensOf(sentence);
      const block = facts.blocks[sentence.block];
      /** Closing brackets already reported with their opening one. */
      const paired = new Set<number>();
      const pairs = pairBrackets(tokens);
      /** Brackets before this index are inside a pair already reported: one message for the outer pair. */
      let insidePair = -1;
      /** The end of the last pair of brackets reported: the « … » inside it get no message of their own. */
      let reportedUntil = -1;
      tokens.forEach((token, index) => {
        if (token.kind !== 'punct' || paired.has(index)) return;
        const sign = signOf(token.value);
        if (!sign) return;
        // A semicolon that ends a list item (« - votre carte ; ») is the list's punctuation, not a cut sentence.
        if (sign === 'point-virgule' && index === tokens.length - 1 && inListItem(facts.mdast, token)) return;
        if (sign === 'tiret') {
          // A hyphen counts only alone between spaces (« oui - non »); a dash starting a line is a list marker.
          if (token.value === '-' && !(token.spaceBefore && tokens[index + 1]?.spaceBefore)) return;
          if (token.lineStart || index === 0) return;
          if (isRange(tokens, index)) return;
          const glued = !token.spaceBefore && tokens[index + 1] !== undefined && !tokens[index + 1]!.spaceBefore;
          if (token.value === '–' && glued && tokens[index - 1]?.kind !== 'punct' && tokens[index + 1]?.kind !== 'punct') return;
          if (tokens[index - 1] === undefined || tokens[index + 1] === undefined) return;
          // « Réunion – 12 mars 2026 – Lyon »: in a title, a dash separates a date and a place.
          if (block?.type === 'heading' && nearDate(tokens, index)) return;
          if (isNotACut(tokens, index, block?.type)) return;
        }
        if (inAddress(mdastAncestors(facts.mdast, token))) return;
        // One message per pair of brackets, from the opening sign to the closing one.
        if ((sign === 'parenthèse' || sign === 'crochet') && index < insidePair) return;
        const close = pairs.get(index);
        if (close !== undefined) {
          paired.add(close);
          insidePair = close;
          if (isAcronymGloss(tokens, index, close)) return;
          // « décédé(e) », « l'époux(se) », « parent(s) »: the end of a word in brackets, not a hidden piece of information.
          const ending = wordEnding(tokens, index, close);
          if (ending) {
            report(ending.message, { place: span(tokens[index - 1]!, tokens[close]!), actual: ending.written });
            return;
          }
          // In a title or a table cell (fiche F34959: « | Vaucluse (84) | … | »): no other sentence can hold it.
          if ((block?.type === 'heading' || block?.type === 'tableCell') && isNumberLabel(tokens, index, close)) return;
          const written = quoteBetween(tokens, index, close, source);
          // The « … » inside get no message of their own (see below): this one says it.
          const trails = tokens.slice(index + 1, close).some((inside) => inside.kind === 'punct' && signOf(inside.value) === 'points de suspension');
          report(`${MESSAGES[sign](written)}${trails ? ' Les points de suspension ne disent pas la suite : écrivez toute l’information.' : ''}`, { place: span(token, tokens[close]!), actual: written });
          reportedUntil = close;
          return;
        }
        if (sign === 'parenthèse' || sign === 'crochet') {
          const words = sign === 'parenthèse'
            ? { close: 'La parenthèse fermante', before: "n'a pas de parenthèse ouvrante avant elle" }
            : { close: 'Le crochet fermant', before: "n'a pas de crochet ouvrant avant lui" };
          if (/[([]/.test(token.value)) {
            // « … (allocation de logement familiale (ALF) et aide personnalisée au logement (APL). »: the first
            // « ( » has no closing sign in the sentence. The quote goes to the end of the sentence, so that the
            // reader sees which one; the brackets inside it get no other message.
            let end = tokens.length - 1;
            while (end > index && tokens[end]!.kind === 'punct' && !/[)\]]/.test(tokens[end]!.value)) end--;
            insidePair = end + 1;
            const written = quoteBetween(tokens, index, end, source);
            // The closing sign may stand in the next sentence (« (1re partie : ... 2nde partie : ....) »): the
            // message does not say that it is missing.
            report(MESSAGES[sign](written), { place: span(token, tokens[end]!), actual: written });
            return;
          }
          report(
            `${words.close} « ${token.value} » ${words.before} dans la phrase. Vérifiez la phrase, et écrivez l'information dans une autre phrase.`,
            { place: token.position, actual: token.value },
          );
          return;
        }
        // « (nourriture, vêtements, logement, santé...) » (ninth reading: 139 of 160 « ... » stood in brackets already
        // reported): the message on the brackets asks to write their content out; a second one on the same words is noise.
        if (sign === 'points de suspension' && index < reportedUntil) return;
        report(MESSAGES[sign](token.value), {
          place: token.position,
          actual: token.value,
          ...(sign === 'point-virgule' ? { expected: ['.'] } : {}),
        });
      });
    }
  },
});
