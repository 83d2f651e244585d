/**
 * Enumerations inside a sentence (« vos papiers, votre carte et vos photos »): what the rule `liste` reports,
 * and what `une-idee` asks so that a sentence does not get the advice « faites une liste » twice.
 * Pure code: no Node-only API.
 */
import type { Token } from './tokens.ts';

const DETERMINERS = new Set([
  'le', 'la', "l'", 'les', 'un', 'une', 'des', 'du', 'de', "d'", 'votre', 'vos', 'son', 'sa', 'ses', 'mon', 'ma', 'mes',
  'ton', 'ta', 'tes', 'notre', 'nos', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'au', 'aux',
]);
const PREPOSITIONS = new Set(['à', 'pour', 'en', 'chez', 'sur', 'avec', 'dans', 'par', 'sans', 'après', 'avant', 'entre']);
const PRONOUNS = new Set(['vous', 'il', 'elle', 'ils', 'elles', 'je', 'nous', 'on', "j'"]);
const NUMBER_WORDS = new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix']);
const DAYS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
const CONJUNCTIONS = new Set(['et', 'ou']);
/** Punctuation that ends a run of items. */
const STOP = /^[;:.!?…()\[\]«»"–—]+$|^\.\.\.$/;

/** What kind of word starts an item: items of one enumeration start the same way. */
function kindOf(token: Token): string {
  if (token.kind === 'number' || NUMBER_WORDS.has(token.normal)) return 'number';
  if (DAYS.has(token.normal)) return 'day';
  // « au jardin, au ménage et à la laverie »: « au » and « aux » are « à » + article.
  if (token.normal === 'au' || token.normal === 'aux') return 'preposition';
  if (DETERMINERS.has(token.normal)) return 'determiner';
  if (PREPOSITIONS.has(token.normal)) return `preposition`;
  if (PRONOUNS.has(token.normal)) return 'pronoun';
  if (/^\p{Lu}/u.test(token.value)) return 'name';
  return 'other';
}

/**
 * True when the word starts an item of `kind`. The first word of the sentence has a capital as any first word:
 * « Certificat, copie, légalisation et conservation de documents » (page N365, sixth reading) is a list of 4
 * things, not a name and 3 things; « Guadeloupe, Guyane, Martinique ou Réunion » stays a list of 4 names.
 */
function isKind(token: Token, kind: string, first: Token | undefined): boolean {
  const own = kindOf(token);
  return own === kind || (token === first && own === 'name' && kind === 'other');
}

interface Segment {
  /** Indexes of the word tokens of this segment. */
  words: number[];
}

/** Segments of the sentence between commas; other punctuation closes the run. */
export function runs(tokens: Token[]): Segment[][] {
  const result: Segment[][] = [];
  let run: Segment[] = [];
  let segment: Segment = { words: [] };
  tokens.forEach((token, index) => {
    if (token.kind === 'punct') {
      if (token.value === ',') {
        run.push(segment);
        segment = { words: [] };
      } else if (STOP.test(token.value)) {
        run.push(segment);
        result.push(run);
        run = [];
        segment = { words: [] };
      }
      return;
    }
    if (token.normal !== '') segment.words.push(index);
  });
  run.push(segment);
  result.push(run);
  return result;
}

/** Length of an item, without « de » in a noun complement: « votre carte de mutuelle » has 3 words. */
function contentLength(tokens: Token[], item: number[]): number {
  return item.filter((index, position) => position === 0 || !OF.has(tokens[index]!.normal)).length;
}
const OF = new Set(['de', "d'"]);

/** Words after « et », « ou » that end a choice, not a list: « successivement ou non ». */
const NOT_ITEMS = new Set(['non', 'pas', 'plus']);

/** First words of a sentence that open a clause or a phrase before the main clause: « Lorsque… , », « Dans les 3 mois…, ». */
const OPENINGS = new Set([
  'lorsque', "lorsqu'", 'quand', 'si', "s'", 'dès', 'comme', 'puisque', "puisqu'", 'dans', 'pour', 'après', 'avant', 'pendant',
  'depuis', 'en', 'à', 'au', 'afin', 'une', 'selon', 'sauf', 'faute',
  // « Durant ce délai, le prévenu ou son avocat peuvent demander… » (fiche F34924).
  'durant', 'lors', 'passé', 'outre', 'malgré', 'hors',
  // « Avec l'accord écrit du parent créancier, la Caf ou la MSA entreprend… » (fiche F1002).
  'avec',
]);

/**
 * True when the sentence starts with a clause or a phrase (« Lorsqu'un parent ne verse pas la pension de
 * l'enfant, la Caf ou la MSA peut… ») and the first comma of the sentence comes after the first item: this
 * comma may close the opening, and the words before it may not be an item.
 */
function closesOpening(tokens: Token[], firstItem: number): boolean {
  const first = tokens.findIndex((token) => token.kind === 'word');
  if (first < 0 || !OPENINGS.has(tokens[first]!.normal)) return false;
  for (let index = 0; index < firstItem; index++) if (tokens[index]!.kind === 'punct' && tokens[index]!.value === ',') return false;
  return true;
}

/**
 * Pairs that say what a thing is like (« meubles ou immeubles », « daté et signé », « physiques ou morales »):
 * after a comma, they describe the word before it. The second word is the first with a prefix of the
 * contrary (« directement ou indirectement »), or the pair is a fixed phrase of legal texts.
 */
const FIXED_PAIRS = new Set([
  'daté et signé', 'datée et signée', 'datés et signés', 'datées et signées',
  'physique ou morale', 'physiques ou morales', 'public ou privé', 'publique ou privée', 'publics ou privés', 'publiques ou privées',
  // « un dispositif de remboursement, intégral ou partiel, de la carte » (fiche F34964).
  'intégral ou partiel', 'intégrale ou partielle', 'intégraux ou partiels', 'intégrales ou partielles',
  'total ou partiel', 'totale ou partielle', 'totaux ou partiels', 'totales ou partielles',
  'partiel ou total', 'partielle ou totale', 'partiels ou totaux', 'partielles ou totales',
  'temporaire ou définitif', 'temporaire ou définitive', 'temporaires ou définitifs', 'temporaires ou définitives',
]);
/** « continus ou discontinus » (fiche F34701), « directement ou indirectement », « réel ou irréel ». */
const CONTRARY_PREFIX = /^(?:im|in|ir|il|dis|dé|non-)/;

function isFixedPair(tokens: Token[], first: number[], second: number[], conjunction: string): boolean {
  if (first.length !== 1 || second.length !== 1) return false;
  const a = tokens[first[0]!]!.normal;
  const b = tokens[second[0]!]!.normal;
  if (FIXED_PAIRS.has(`${a} ${conjunction} ${b}`)) return true;
  const prefix = CONTRARY_PREFIX.exec(b)?.[0];
  return prefix !== undefined && b.slice(prefix.length) === a;
}

/** Ends of adjectives and adverbs that no common noun has (« électronique », « régionale », « contractuel », « séparément »). */
const DESCRIBING_END = /(?:ique|ale|al|aux|ales|uel|elle|el|elles|els|if|ive|ifs|ives|ée|ées|és|ère|ères|ienne|ible|able)s?$/;
/** Singular determiners before a noun: « le support », « une langue ». */
const SINGULAR_DETERMINERS = new Set(['le', 'la', "l'", 'un', 'une', 'ce', 'cet', 'cette', 'son', 'sa', 'votre', 'notre', 'leur', 'mon', 'ma']);

/**
 * A single comma, then 2 words joined by « et » or « ou » that say how the word before the comma is: an
 * adverb in « -ment » after a verb and its subject pronoun (« ils achètent, ensemble ou séparément »), or, after a noun with a singular determiner or
 * a rank (« le support », « une 2e langue »), a last word with the end of an adjective (« papier ou
 * électronique », « étrangère ou régionale »). A list of nouns (« un hôtel, camping ou club de vacances »,
 * « des ordinateurs, imprimantes et scanners ») and a list of adjectives after a noun (« une activité
 * sportive, commerciale ou associative ») stay lists.
 */
function isDescribingPair(tokens: Token[], head: number[], first: number[], second: number[]): boolean {
  if (head.length !== 1 || first.length !== 1 || second.length !== 1) return false;
  const a = tokens[first[0]!]!.normal;
  const b = tokens[second[0]!]!.normal;
  const before = tokens[head[0]! - 1];
  // A verb after its subject (« qu'ils achètent »), not a noun (« par carte bancaire, chèque ou virement »
  // is a list).
  if (before !== undefined && PRONOUNS.has(before.normal) && /ment$/.test(b)) return true;
  // « un ascendant, descendant ou collatéral » (F31864): the first word ends like the word before the comma,
  // a third thing of the same kind.
  if (tokens[head[0]!]!.normal.slice(-3) === a.slice(-3)) return false;
  const singular = before !== undefined && (SINGULAR_DETERMINERS.has(before.normal) || /^\d+(?:e|è|ème|er|re)$/.test(before.normal));
  return singular && DESCRIBING_END.test(b);
}

const OF_WORDS = new Set(['de', "d'", 'du', 'des']);

/** True when a word with a capital stands just before the first item (at most 2 words before): a name. */
function namesInstitution(tokens: Token[], firstItem: number): boolean {
  let seen = 0;
  for (let index = firstItem - 1; index >= 1 && seen < 2; index--) {
    const token = tokens[index]!;
    if (token.kind !== 'word') return false;
    seen++;
    if (/^\p{Lu}\p{Ll}/u.test(token.value)) return true;
  }
  return false;
}

/** Ends of adjectives after a noun (`DESCRIBING_END`, and « bancaire », « scolaire », « alimentaire »). */
const ADJECTIVE_END = /(?:aire|aires)$/;

/** The part of speech of a word form (`NOM`, `ADJ`, `VER`…), from the frequency list, when the rule has it. */
export type PartOf = (word: string) => string | undefined;

/** True when the word is an adjective: by the frequency list, or, for a word it does not have, by its end. */
function isAdjective(normal: string, partOf: PartOf | undefined): boolean {
  const part = partOf?.(normal);
  if (part !== undefined) return part === 'ADJ';
  return DESCRIBING_END.test(normal) || ADJECTIVE_END.test(normal);
}

/**
 * True when the word at `position`, the last of the head, is an adjective after a noun with no determiner
 * (« par carte bancaire »), and the other single-word items are neither adjectives nor verbs: « une activité
 * culturelle, éducative ou sociale », « eau potable, fraîche ou chaude » are lists of adjectives (the quote keeps
 * them alone), « carte bancaire, chèque ou virement » a list of nouns.
 */
function nounBeforeAdjective(tokens: Token[], head: number[], position: number, items: number[][], partOf: PartOf | undefined): boolean {
  if (position < 1) return false;
  const word = tokens[head[position]!]!.normal;
  const before = tokens[head[position - 1]!]!;
  if (!isAdjective(word, partOf) || kindOf(before) !== 'other' || before.normal.includes("'")) return false;
  const beforePart = partOf?.(before.normal);
  if (beforePart !== undefined ? beforePart !== 'NOM' : isAdjective(before.normal, undefined)) return false;
  // « dommage corporel, moral ou matériel »: « moral » is a noun too; an item that ends like an adjective is one.
  return items.every((item) => {
    const normal = tokens[item[0]!]!.normal;
    return !isAdjective(normal, partOf) && !DESCRIBING_END.test(normal) && !ADJECTIVE_END.test(normal) && !VERB_LIKE_END.test(normal);
  });
}

/** Ends of infinitives and participles: « par décision motivée, refuser ou retirer », « dossier informatique, créé et consulté ». */
const VERB_LIKE_END = /(?:er|ir|é|ée|és|ées)$/;

/** An infinitive by its end and the frequency list: « assurer », « informer ». */
function isInfinitive(normal: string | undefined, partOf: PartOf | undefined): boolean {
  return normal !== undefined && /(?:er|ir|oir)$/.test(normal) && partOf?.(normal) === 'VER';
}

/** Words that a noun phrase does not go back over: a preposition, a pronoun, a verb that ends the items (« auprès de la police »). */
function endsNounPhrase(normal: string): boolean {
  return PREPOSITIONS.has(normal) || PRONOUNS.has(normal) || normal === 'auprès' || normal === 'près' || normal === 'lors' || ITEM_END.has(normal) || (ITEM_END_VERBS.has(normal) && normal !== 'et');
}

/** Words that a noun phrase goes on with: « la date et l'heure d'ouverture ». */
const IN_NOUN_PHRASE = new Set(['et', ...OF_WORDS]);

/**
 * The first word of the noun phrase that ends with a complement in « de » (« la date et l'heure d'ouverture de la
 * session »): going back from the « de », the nearest determiner (not another « de ») whose word before is not « de », « et » nor another
 * determiner. At most 8 words back, and never before the head; otherwise the « de » itself.
 */
function nounPhraseStart(tokens: Token[], head: number[], position: number, partOf: PartOf | undefined): number {
  for (let at = position - 1; at >= 0 && at >= position - 8; at--) {
    const token = tokens[head[at]!]!;
    if (token.kind !== 'word' || endsNounPhrase(token.normal)) return position;
    // « la création d'activité et d'assurer la centralisation, … » (fiche F24023): an infinitive ends the noun phrase.
    if (isInfinitive(token.normal, partOf)) return position;
    if (!DETERMINERS.has(token.normal) || OF_WORDS.has(token.normal)) continue;
    const before = at > 0 ? tokens[head[at - 1]!]! : undefined;
    // « Les frais d'acte notarié, les droits d'enregistrement et l'achat des meubles sont… » (eighteenth reading): the
    // list opens the sentence. (« Le dépôt de plainte peut se faire auprès de la police, … » stops at « auprès ».)
    if (before === undefined) return at;
    if (!IN_NOUN_PHRASE.has(before.normal) && !DETERMINERS.has(before.normal)) return at;
  }
  return position;
}

export interface Enumeration {
  first: number;
  last: number;
  items: number;
}

/** An enumeration « a, b, c et d » in one run of segments, or undefined. */
/**
 * Words that end the last item: what follows them goes on with the sentence (« chien, chat ou furet s'il remplit les
 * conditions », « 48 heures, 15 jours ou 30 jours selon le type d'OQTF », fiches F21122, F2190, seventh reading).
 */
const ITEM_END = new Set(['si', "s'", 'selon', 'ainsi', 'qui', 'que', "qu'", 'lorsque', "lorsqu'", 'quand', 'pour', 'afin', 'dont', 'où', 'sauf', 'car', 'puisque', "puisqu'"]);

/**
 * Verbs that start the rest of the sentence after the last item: « les surfaces, les combles et les ascenseurs sont
 * déduites », « un accompagnement social, médical et psychologique correspondent aux besoins » (eleventh and twelfth
 * readings: the quote ran into the verb). Also « et », « ou » again: « un chat, un chien ou un furet et que… ».
 */
const ITEM_END_VERBS = new Set([
  'est', 'sont', 'sera', 'seront', 'était', 'étaient', 'a', 'ont', 'doit', 'doivent', 'peut', 'peuvent', 'fait', 'font', 'va', 'vont', 'reste', 'restent',
  'correspond', 'correspondent', 'permet', 'permettent', 'et', 'ou',
  // « les compétences, aptitudes et connaissances permettant l'exercice… » (thirteenth reading): a participle that goes on.
  'permettant', 'concernant', 'comprenant', 'correspondant', 'justifiant', 'attestant', 'prouvant', 'indiquant', 'précisant', 'mentionnant', 'ayant', 'étant',
]);

/** Small words that cannot end an item: a quote cut after 4 words ended on « de votre », « dans un ». */
const DANGLING = new Set([...DETERMINERS, 'à', 'avec', 'dans', 'pour', 'en', 'sur', 'par', 'sans', 'chez', 'entre', 'auprès', 'et', 'ou']);

/** Words the last item may have beyond `maxItemWords`: it goes on with the sentence, and the quote should not cut a name. */
const LAST_ITEM_EXTRA = 1;
/** Words of a negation after the last item: « un de ses proches ne … » goes on with the sentence. */
const NEGATIVE = new Set(['ne', 'pas', 'plus', 'jamais', 'rien']);

/**
 * The words of the last item: `maxItemWords` words, and `LAST_ITEM_EXTRA` more that ends its noun (« du service
 * public », « d'un temps plein », thirteenth reading: « public » was left out of the quote). Not a small word that
 * takes the sentence on (« auprès de l'employeur »), nor a verb in « -ent » or « -ant » (« constituent »,
 * « répondant »), nor after a small word (« du défunt au jour »).
 */
function withExtraWords(tokens: Token[], words: number[], from: number, maxItemWords: number): number[] {
  let end = from + maxItemWords;
  if (end > words.length || !mayGoOn(tokens[words[end - 1]!]!)) return words.slice(from, end);
  while (end < words.length && end < from + maxItemWords + LAST_ITEM_EXTRA && mayGoOn(tokens[words[end]!]!)) end++;
  return words.slice(from, end);
}

/** A word that ends a noun, not a small word or an elided one (« nom d'usage n'y »): see `withExtraWords`. */
function mayGoOn(token: Token): boolean {
  const normal = token.normal;
  return token.kind === 'word' && /^\p{Ll}/u.test(token.value) && !normal.includes("'") && !normal.endsWith('ent') && !normal.endsWith('ant') && !NEGATIVE.has(normal) &&
    !DANGLING.has(normal) && !GOES_ON.has(normal) && !OF.has(normal) && !ITEM_END.has(normal) && !ITEM_END_VERBS.has(normal);
}

/** Prepositions after the last single-word item that take the sentence on: « sociale auprès des mineurs », « venir au bureau ». */
const GOES_ON = new Set(['à', 'au', 'aux', 'auprès', 'dans', 'pour', 'en', 'sur', 'par', 'avec', 'chez', 'entre', 'sans', 'vers']);

/** The words of the last item, up to a word of `ITEM_END` or `ITEM_END_VERBS` (not its first word), without small words at its end. */
function lastItem(tokens: Token[], words: number[]): number[] {
  const end = words.findIndex((index, position) => position > 0 && (ITEM_END.has(tokens[index]!.normal) || ITEM_END_VERBS.has(tokens[index]!.normal)));
  const item = end < 0 ? words : words.slice(0, end);
  let length = item.length;
  while (length > 1 && DANGLING.has(tokens[item[length - 1]!]!.normal)) length--;
  return item.slice(0, length);
}

function enumeration(tokens: Token[], run: Segment[], maxItemWords: number, partOf: PartOf | undefined): Enumeration | undefined {
  const firstWord = tokens.find((token) => token.kind === 'word');
  // The last segment that holds « et » or « ou » after its first word.
  for (let end = run.length - 1; end >= 1; end--) {
    const lastSegment = run[end]!;
    const conjunction = lastSegment.words.findIndex((index, position) => position > 0 && CONJUNCTIONS.has(tokens[index]!.normal));
    if (conjunction < 0) continue;
    const beforeConjunction = lastSegment.words.slice(0, conjunction);
    const afterConjunction = lastItem(tokens, withExtraWords(tokens, lastSegment.words, conjunction + 1, maxItemWords));
    if (beforeConjunction.length > maxItemWords || afterConjunction.length === 0) continue;
    // « travailler, successivement ou non »: « ou non », « ou pas » end a choice, not a list.
    if (NOT_ITEMS.has(tokens[afterConjunction[0]!]!.normal)) continue;
    // « donner à ses héritiers, tout ou partie de sa succession » (page N31162, sixth reading): « tout ou partie » is one
    // fixed phrase (« all or some of it »), not 2 more things.
    if (tokens[beforeConjunction[beforeConjunction.length - 1] ?? -1]?.normal === 'tout' && tokens[afterConjunction[0]!]!.normal === 'partie') continue;
    // « l'un ou l'autre » (fiche F1312): one of 2 people already named.
    if (tokens[beforeConjunction[beforeConjunction.length - 1] ?? -1]?.normal === 'un' && tokens[afterConjunction[1] ?? -1]?.normal === 'autre') continue;
    const kind = kindOf(tokens[beforeConjunction[0] ?? afterConjunction[0]!]!);
    if (beforeConjunction.length === 0 || kindOf(tokens[afterConjunction[0]!]!) !== kind) continue;
    // Actions with a subject: « je lave, je repasse et je plie » is a list of actions when every item is
    // the same pronoun and a verb; longer clauses (« vous payez moins et vous gagnez du temps ») are for `une-idee`.
    const pronoun = kind === 'pronoun' ? tokens[beforeConjunction[0]!]!.normal : undefined;
    if (pronoun && (beforeConjunction.length > 2 || tokens[afterConjunction[0]!]!.normal !== pronoun)) continue;
    // Items between commas, going back: short, and starting like the last ones.
    const items: number[][] = [beforeConjunction, afterConjunction];
    let at = end - 1;
    let middle = 0;
    while (at >= 1) {
      const segment = run[at]!.words;
      if (segment.length === 0 || segment.length > maxItemWords || !isKind(tokens[segment[0]!]!, kind, firstWord)) break;
      if (pronoun && (segment.length > 2 || tokens[segment[0]!]!.normal !== pronoun)) break;
      items.unshift(segment);
      middle++;
      at--;
    }
    // The segment before the items may end with one: « Apportez vos papiers, votre carte… ».
    const head = run[at]!.words;
    let headStart = -1;
    // Items that are single words (« écrire, appeler ou venir ») take only the last word of the head:
    // « Vous pouvez écrire » gives « écrire ». A pronoun item is the pronoun and its verb.
    const headFrom = kind === 'other' ? head.length - 1 : pronoun ? head.length - 2 : head.length - maxItemWords;
    let pairedFirst = false;
    /** The first thing is a whole noun phrase with its complement (`nounPhraseStart`): it may be long. */
    let longFirst = false;
    for (let position = Math.max(0, headFrom); position < head.length; position++) {
      if (pronoun && tokens[head[position]!]!.normal !== pronoun) continue;
      // « … et d'assurer la centralisation, le contrôle formel et la transmission » (fiche F24023): « d' » before a verb
      // does not start a thing.
      // (« de détenir, d'exploiter ou de financer » stays a list of actions; « Avant de délivrer ce visa, l'ambassade ou
      // le consulat effectue… » opens the sentence.)
      if (kind === 'determiner' && OF.has(tokens[head[position]!]!.normal) && isInfinitive(tokens[head[position + 1] ?? -1]?.normal, partOf) && items.every((item) => !OF_WORDS.has(tokens[item[0]!]!.normal)) && !closesOpening(tokens, head[position]!)) continue;
      if (isKind(tokens[head[position]!]!, kind, firstWord)) {
        // « Vous bénéficiez, en cas de maladie ou de maternité, d'indemnités journalières et du remboursement… » (fiche
        // F544, seventeenth reading): an aside between 2 commas, that starts with a preposition, ends with a pair of its
        // own; it is not a thing of this list. (« vous percevrez … votre perte de revenu et vos frais de déplacement, de
        // séjour et de repas » keeps its first thing.)
        const aside = at >= 1 && (PREPOSITIONS.has(tokens[head[0]!]!.normal) || OPENINGS.has(tokens[head[0]!]!.normal));
        if (aside && position > 0 && CONJUNCTIONS.has(tokens[head[position - 1]!]!.normal)) break;
        let from = position;
        // « le paiement par carte bancaire, chèque ou virement » (sixteenth session): the first thing is a noun and its
        // adjective, « carte bancaire », not « bancaire ».
        if (kind === 'other' && nounBeforeAdjective(tokens, head, position, items, partOf)) {
          from = position - 1;
          pairedFirst = true;
        }
        // « précise la date et l'heure d'ouverture de la session, sa durée prévisible et le lieu » (F1540): « de la
        // session » is the end of the first thing, which starts at « la date ».
        if (kind === 'determiner' && OF_WORDS.has(tokens[head[position]!]!.normal) && items.every((item) => !OF_WORDS.has(tokens[item[0]!]!.normal))) {
          from = nounPhraseStart(tokens, head, position, partOf);
          longFirst = from !== position;
        }
        items.unshift(head.slice(from));
        // A word before the items governs them; the noun of « hébergement gratuit » after a colon is an item, not that word.
        headStart = pairedFirst ? position : from;
        break;
      }
    }
    // With a single comma (« a, b et c »), be strict: the items follow a verb or a word that governs
    // them (« Apportez vos papiers, votre carte et vos photos »), they are short, and they are not
    // clauses (« Le matin, le CCAS ouvre et la mairie ferme » is not a list).
    // The last item may go on with the end of the sentence (« et une fenêtre dans chaque pièce »): only
    // the items before it are measured.
    if (middle < 1) {
      const strictKinds = kind === 'determiner' || kind === 'number' || kind === 'day' || kind === 'name' || kind === 'other' || kind === 'pronoun';
      // A first thing with its complement (`nounPhraseStart`) is a noun phrase even at the start of the sentence.
      const governed = headStart >= 1 || (kind === 'pronoun' && headStart === 0) || longFirst;
      if (!governed || !strictKinds || items.length < 3 || items.slice(0, -1).some((item, index) => !(index === 0 && longFirst) && contentLength(tokens, item) > 3)) continue;
      // « Lorsqu'un parent ne verse pas la pension de l'enfant, la Caf ou la MSA peut se charger… »: the
      // comma closes the opening, and the last item goes on as the subject of the main clause.
      // When a comma follows the last item (« Si vous êtes envoyé auprès d'une ambassade, d'un consulat ou de
      // tout autre organisme officiel, vous restez… »), that comma closes the opening: the items are a list.
      const commaAfterLast = end < run.length - 1;
      if (!commaAfterLast && closesOpening(tokens, items[0]![0]!) && lastSegment.words.length - conjunction - 1 > maxItemWords) continue;
      // « tous les biens reçus, meubles ou immeubles », « en double exemplaire, daté et signé »: the last 2
      // words are a fixed pair that says what the word before the comma is like, not 2 more things.
      if (kind === 'other' && isFixedPair(tokens, items[1]!, afterConjunction, tokens[lastSegment.words[conjunction]!]!.normal)) continue;
      // « Les biens qu'ils achètent, ensemble ou séparément », « le support, papier ou électronique »,
      // « L'agent, titulaire ou contractuel »: 2 words that say how the word before the comma is.
      if (kind === 'other' && items.length === 3 && isDescribingPair(tokens, items[0]!, items[1]!, afterConjunction)) continue;
    }
    // « la Direction générale de la concurrence, de la consommation et de la répression des fraudes »: the
    // name of an administration, written with a capital just before its « de … » parts.
    if (kind === 'determiner' && OF_WORDS.has(tokens[items[0]![0]!]!.normal) && namesInstitution(tokens, items[0]![0]!)) continue;
    // Items that start with « other » words must be single words: « rouge, bleu, vert et jaune ».
    // The last one may go on with the end of the sentence: « écrire, appeler ou venir au bureau ».
    if (kind === 'other' && items.slice(0, -1).some((item, index) => item.length > (index === 0 && pairedFirst ? 2 : 1))) continue;
    // « une activité culturelle, éducative ou sociale auprès des mineurs » (twelfth reading): single words, and the
    // last one goes on with the sentence after a preposition; the quote stops at the last word.
    // « club de vacances », « conservation de documents » keep their complement with « de ».
    const lastWords = kind === 'other' && afterConjunction.length > 1 && GOES_ON.has(tokens[afterConjunction[1]!]!.normal) ? afterConjunction.slice(0, 1) : afterConjunction;
    return { first: items[0]![0]!, last: lastWords[lastWords.length - 1]!, items: items.length };
  }
  return withoutConjunction(tokens, run);
}

/**
 * An enumeration without « et » or « ou »: « regarde votre gorge, vos oreilles, votre ventre, votre dos ».
 * Strict: short items that all start with a determiner, up to the end of the run, after a word that governs them.
 */
function withoutConjunction(tokens: Token[], run: Segment[]): Enumeration | undefined {
  if (run.length < 3) return undefined;
  const isItem = (segment: number[]) =>
    segment.length >= 2 && contentLength(tokens, segment) <= 3 && kindOf(tokens[segment[0]!]!) === 'determiner' &&
    segment.every((index) => tokens[index]!.kind === 'number' || !CONJUNCTIONS.has(tokens[index]!.normal));
  const items: number[][] = [];
  let at = run.length - 1;
  while (at >= 1 && isItem(run[at]!.words)) {
    items.unshift(run[at]!.words);
    at--;
  }
  if (items.length < 2) return undefined;
  const head = run[at]!.words;
  for (let position = Math.max(1, head.length - 3); position < head.length; position++) {
    const tail = head.slice(position);
    if (isItem(tail)) {
      items.unshift(tail);
      const last = items[items.length - 1]!;
      return { first: tail[0]!, last: last[last.length - 1]!, items: items.length };
    }
  }
  return undefined;
}

/** True when a comma stands among the tokens: `runs` makes a run of 2 segments or more only then. */
export function hasComma(tokens: readonly Token[]): boolean {
  for (let index = 0; index < tokens.length; index++) if (tokens[index]!.kind === 'punct' && tokens[index]!.value === ',') return true;
  return false;
}

/**
 * The enumeration that `liste` reports in a sentence's tokens, or undefined. The rule `une-idee` asks it,
 * so that a sentence does not get the same advice (« faites une liste à puces ») twice.
 */
export function enumerationIn(tokens: Token[], maxItemWords = 4, partOf?: PartOf): Enumeration | undefined {
  if (tokens.length === 0 || !hasComma(tokens)) return undefined;
  for (const run of runs(tokens)) {
    if (run.length < 2) continue;
    const found = enumeration(tokens, run, maxItemWords, partOf);
    if (found) return found;
  }
  return undefined;
}
