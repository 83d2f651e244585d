import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { explanationsOf } from '../../src/language/explanations.ts';
import type { Root as MdastRoot } from 'mdast';
import { applySeverity } from '../../src/engine/messages.ts';
import { DEFAULT_THRESHOLD, difficultWords } from './difficulty.ts';
import { trimEnd } from '../../src/engine/trim.ts';
import { visitTypes } from '../_shared/visit-types.ts';
import { fitReplacements } from './fit.ts';

/** Determiners that the frequency list calls adjectives (« vos », « ces », « chaque »). */
const NOT_AN_ADJECTIVE = /^(?:mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|ce|cet|cette|ces|tout|toute|tous|toutes|chaque|aucun|aucune|quelques|plusieurs|certains|certaines|autre|autres|même|mêmes)$/;

/**
 * A jargon word whose lemma is this common (per million words) is known to readers: only its tone is
 * administrative (« obtenir », « informer », « lorsque »). It gets an `info` message, a hint, not a warning.
 */
export const COMMON_JARGON = 20;

const HARD_FOR_READERS = 'Beaucoup de lecteurs ne le comprennent pas.';
const KNOWN_BUT_ADMINISTRATIVE = 'Les lecteurs le connaissent souvent, mais un mot plus simple est plus facile.';

/**
 * Offsets of the text marked with `<Mot>`: the glossary explains it on the page, so the word is not
 * reported (otherwise `mot-non-explique` asks for `<Mot>` and this rule for another word, in a loop).
 */
function markedRanges(tree: MdastRoot, name: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  visitTypes(tree, ['mdxJsxTextElement', 'mdxJsxFlowElement'], (node) => {
    if (node.name !== name) return undefined;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) ranges.push([start, end]);
    return 'skip';
  });
  return ranges;
}

/**
 * Jargon words that readers know in an everyday phrase: « la plaque d'immatriculation » of a car, its
 * « numéro d'immatriculation ». The phrase is not reported (told « plaque d'inscription » before).
 */
const EVERYDAY_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  immatriculation: new Set(['plaque', 'plaques', 'numéro', 'numéros']),
  // Eighteenth reading: « un congé sans solde » (the negation rule knows it too), « un compte à terme » (a savings
  // product: « compte plus tard » was suggested).
  solde: new Set(['sans']),
  'à terme': new Set(['compte', 'comptes', 'dépôt', 'dépôts']),
};

/** True when the jargon word stands in one of the everyday phrases of `EVERYDAY_AFTER`. */
function inEverydayPhrase(term: string | undefined, previous: string | undefined): boolean {
  return term !== undefined && previous !== undefined && (EVERYDAY_AFTER[term]?.has(previous) ?? false);
}

/**
 * Jargon words that start the official name of a benefit: « Allocation personnalisée d'autonomie (Apa) »,
 * « allocation de solidarité aux personnes âgées », « prestation de compensation du handicap ». The reader
 * needs the name as written to ask for the benefit: it is not replaced, the author is asked to explain it.
 */
const NAME_HEADS = new Set(['allocation', 'allocations', 'prestation', 'prestations']);

/** A word right after `NAME_HEADS` that makes a benefit's name (« allocation journalière », « allocations familiales »). */
const NAME_NEXT = new Set([
  'personnalisée', 'journalière', 'journalières', 'familiale', 'familiales', 'chômage', 'logement', 'spécifique', 'supplémentaire',
  'veuvage', 'temporaire', 'différentielle', 'compensatrice', 'forfaitaire', 'adulte', 'partagée', 'parentale',
  "d'éducation", "d'aide", "d'accueil", "d'autonomie", "d'allocation", "d'assurance",
]);

/** Two words right after `NAME_HEADS` that make a benefit's name (« allocation de solidarité », « allocation aux adultes handicapés »). */
const NAME_NEXT_TWO = new Set([
  'de solidarité', 'de soutien', 'de veuvage', 'de rentrée', 'de base', 'de logement', 'de compensation', 'aux adultes', 'aux personnes',
  'de libre', 'de sécurisation', 'de retour',
]);

/** True when the jargon word starts a benefit's name. */
function isBenefitName(term: string | undefined, next: string | undefined, nextTwo: string | undefined): boolean {
  if (term === undefined || !NAME_HEADS.has(term)) return false;
  return (next !== undefined && NAME_NEXT.has(next)) || (nextTwo !== undefined && NAME_NEXT_TWO.has(nextTwo));
}

/** « devai(en)t »: inclusive writing cuts the word at the bracket, letters follow it; « devai » is not a rare word (« titularisé(e) » is). */
function cutAtBracket(source: string, end: number | undefined): boolean {
  return end !== undefined && source.charCodeAt(end) === 40 && /^\(\p{L}{1,4}\)\p{L}/u.test(source.slice(end, end + 8));
}

/**
 * A replacement of 3 words or more is an explanation (« protection par un juge »), not a word to put instead;
 * but not a clause that starts with « si » or « quand » (« en cas de » → « si vous avez »: the message said
 * « Expliquez ce mot » for a phrase to replace, fiche F34661).
 */
function isDefinition(replacement: string): boolean {
  const words = replacement.trim().split(/\s+/);
  return words.length >= 3 && !isClause(replacement);
}

/**
 * A replacement that starts a clause (« si vous avez », « s'il y a »): the words after the jargon must change
 * too (« en cas de perte » is not « si vous avez perte »), so it is advice, never a replacement to apply.
 */
function isClause(replacement: string): boolean {
  const words = replacement.trim().split(/\s+/);
  return words.length >= 3 && /^(?:si|s'il|s’il|s'ils|s’ils|quand|lorsque)$/i.test(words[0]!);
}

export const options = z
  .object({
    /**
     * A word is rare under this many occurrences per million words: the largest of its frequency in
     * films, in books and of its lemma. Words absent from the list of 30,000 forms are rare too.
     */
    threshold: z.number().min(0).default(DEFAULT_THRESHOLD),
    /** Report rare words (not only jargon). */
    rare: z.boolean().default(true),
    /** Name of the component that explains a word with the glossary: a word marked with it is not reported. */
    component: z.string().default('Mot'),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** `mot-difficile`: administrative jargon (with simpler words) and rare words. */
export default defineRule({
  id: 'mot-difficile',
  title: 'Mot difficile',
  severity: 'warning',
  options,
  check({ facts, file, options, report, language, settings }) {
    const source = String(file.value ?? '');
    const seenRare = new Set<string>();
    const seenCommon = new Set<string>();
    // Words the text explains itself (« X veut dire … », « X, c’est … », « On appelle ça X »…): fine at every use.
    const explained = explanationsOf(facts);
    const marked = markedRanges(facts.mdast, options.component);
    const isMarked = (offset: number | undefined): boolean => offset !== undefined && marked.some(([start, end]) => start <= offset && offset < end);
    for (const sentence of facts.sentences) {
      for (const found of difficultWords(sentence, language, options.threshold, true, explained)) {
        const first = sentence.words[found.start]!;
        if (isMarked(first.position.start.offset) || isMarked(sentence.words[found.end]!.position.end.offset! - 1)) continue;
        if (found.kind === 'jargon' && inEverydayPhrase(found.entry?.term, sentence.words[found.start - 1]?.normal)) continue;
        const last = sentence.words[found.end]!;
        const place = { start: first.position.start, end: last.position.end };
        const actual = trimEnd(sentence.words.slice(found.start, found.end + 1).map((word) => word.value).join(' '), /[^\p{L}\p{N}’']/u);
        const lemmaPm = found.kind === 'jargon' && found.start === found.end ? language.frequencies?.lookup(found.entry?.term ?? '')?.pm : undefined;
        const common = lemmaPm !== undefined && lemmaPm >= COMMON_JARGON && settings.severity !== 'info';
        // A word that readers know (« obtenir », « mineur ») gets its advice once in the file: « mineur » came 40 times in
        // fiche F1469 (twelfth reading).
        if (common) {
          const key = found.entry?.term ?? found.key;
          if (seenCommon.has(key)) continue;
          seenCommon.add(key);
        }
        const hint = (message: ReturnType<typeof report>): void => {
          if (common) applySeverity(message, 'info');
        };
        // Its message says that readers know a common word (« ne le comprennent pas » was false for « obtenir »).
        const administrative = `« ${actual} » est un mot administratif. ${common ? KNOWN_BUT_ADMINISTRATIVE : HARD_FOR_READERS}`;
        const replacements = found.replacements ?? found.entry?.replacements ?? [];
        const next = sentence.words[found.end + 1]?.normal;
        const afterNext = sentence.words[found.end + 2]?.normal;
        if (found.kind === 'jargon' && found.start === found.end && isBenefitName(sentence.words[found.start]!.normal.replace(/^l'/, ''), next, next === undefined || afterNext === undefined ? undefined : `${next} ${afterNext}`)) {
          // « Allocation personnalisée d'autonomie »: the benefit's name stays; the reader needs it explained.
          hint(report(
            `« ${actual} » fait partie du nom d’une aide. Gardez ce nom : le lecteur en a besoin pour demander l’aide. Mais expliquez ce que c’est, par exemple : « une aide en argent pour … ».`,
            { place, actual },
          ));
        } else if (found.kind === 'jargon' && found.entry?.advice) {
          // « délai », « démarche », « conjoint »: the phrase is rewritten, no word is put instead.
          hint(report(
            `${administrative} ${found.entry.advice}.`,
            { place, actual },
          ));
        } else if (found.kind === 'jargon' && found.entry?.senses) {
          // « mandat », « dispositif »: no word fits every sense. Explaining keeps the sense; a wrong word would not.
          hint(report(
            `${administrative} Ce mot a plusieurs sens : ${found.entry.senses}. Un autre mot ne convient pas toujours : expliquez ce qu’il veut dire dans votre phrase.`,
            { place, actual },
          ));
        } else if (found.kind === 'jargon' && found.entry && replacements.length === 0) {
          // No replacement of the same part of speech: no suggestion is better than a wrong one.
          hint(report(
            `${administrative} Choisissez un mot plus simple, ou expliquez ce mot.`,
            { place, actual },
          ));
        } else if (found.kind === 'jargon' && found.entry && replacements.length > 0 && replacements.every(isClause)) {
          // « En cas de perte » → « S'il y a une perte », « dès réception du courrier » → « quand vous recevez le
          // courrier »: the author rewrites the phrase.
          hint(report(
            `${administrative} Écrivez plutôt une phrase avec ${replacements.map((value) => `« ${value} »`).join(' ou ')}. Changez aussi les mots autour, pour que la phrase reste correcte.`,
            { place, actual },
          ));
        } else if (found.kind === 'jargon' && found.entry && replacements.every(isDefinition)) {
          // « tutelle » → « protection par un juge »: an explanation to add, not a word to put instead.
          hint(report(
            `${administrative} Expliquez ce mot, par exemple : ${replacements.map((value) => `« ${value} »`).join(' ou ')}.`,
            { place, actual },
          ));
        } else if (found.kind === 'jargon' && found.entry) {
          // The replacements in the form of the word as written (« délivrée » → « donnée »), or none when unsure.
          // « Régime fiscal et social » (eleventh reading: « des impôts et social » was suggested): another adjective after
          // « et » or « ou » shares the noun.
          // Possessives and other determiners are « ADJ » in the frequency list: « avantages fiscaux et vos droits ».
          const sharedNoun = (next === 'et' || next === 'ou') && afterNext !== undefined && !NOT_AN_ADJECTIVE.test(afterNext) && language.frequencies?.partOf(afterNext) === 'ADJ';
          const fitted = fitReplacements(actual, found.entry, replacements, sentence.words[found.start - 1]?.normal, next, sharedNoun);
          if (fitted.length > 0) {
            hint(report(
              `${administrative} Écrivez plutôt ${fitted.map((value) => `« ${value} »`).join(' ou ')}.`,
              { place, actual, expected: fitted },
            ));
          } else {
            hint(report(
              `${administrative} Écrivez plutôt un mot simple, comme ${replacements.map((value) => `« ${value} »`).join(' ou ')}. Changez aussi les mots autour, pour que la phrase reste correcte.`,
              { place, actual },
            ));
          }
        } else if (options.rare && !seenRare.has(found.key) && !cutAtBracket(source, last.position.end.offset)) {
          seenRare.add(found.key);
          report(
            `Le mot « ${actual} » est rare. Beaucoup de lecteurs ne le connaissent pas. Choisissez un mot courant, ou expliquez ce mot dans le glossaire.`,
            { place, actual },
          );
        }
      }
    }
  },
});
