import type { Position } from 'unist';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { startsWithCapital } from '../../src/engine/normalize.ts';
import { groupDigits } from '../_shared/chunks.ts';
import { mayBeNumberWord, readNumber } from './parse.ts';

export const options = z
  .object({
    /** Fixed expressions where a number stays in words, added to the built-in list (lower case). */
    idioms: z.array(z.string()).default([]),
    /** Also flag ordinals such as « deuxième » → « 2e ». */
    ordinals: z.boolean().default(true),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** Fixed expressions: the number is not a quantity, or the digit form reads badly. */
const IDIOMS = [
  // « l'une des parties ou les deux » (fiche F34480): both, not a quantity to write in digits.
  'ou les deux', 'ou aux deux', 'ou des deux',
  'tous les deux', 'toutes les deux', 'tous deux', 'toutes deux', 'vous deux', 'nous deux', 'eux deux', 'à deux pas', 'en deux mots', "de deux choses l'une",
  'deux poids deux mesures', 'ni une ni deux', 'jamais deux sans trois', 'en deux temps trois mouvements',
  'deux gouttes', 'pierre deux coups', 'la poire en deux', 'trois fois rien', 'se mettre en quatre', 'me mettre en quatre',
  'nous mettre en quatre', 'vous mettre en quatre', 'plier en quatre', 'quatre à quatre', 'entre quatre yeux',
  'un de ces quatre', 'quatre vérités', 'quatre cents coups', 'à quatre pattes', 'aux cent coups', 'cent fois',
  'mille fois', 'mille excuses', 'mille mercis', 'mille merci', 'mille morceaux', 'mille et une', 'mille et un',
  'trente-six chandelles', 'trente-six du mois', 'trente-six mille', 'cinq sur cinq', 'troisième âge', 'sixième sens',
  'septième ciel', 'septième art', 'quatrième de couverture', 'cinquième roue', 'les quatre coins', 'aux quatre coins',
  'quatre vents', 'sept lieues', 'sur son trente et un', 'sur son trente-et-un', 'dix doigts', 'deux doigts',
  'en deux secondes', 'deux secondes', 'de zéro', 'à zéro',
];

/** Words that end in -s but cannot be the noun counted by « neuf ». */
const NOT_A_NOUN = new Set([
  'dans', 'sans', 'sous', 'plus', 'moins', 'tous', 'vous', 'nous', 'les', 'des', 'ses', 'mes', 'tes', 'ces', 'vos', 'nos',
  'pas', 'mais', 'alors', 'puis', 'depuis', 'après', 'très', 'toujours', 'jamais', 'leurs', 'ils', 'elles', 'aux', 'dès',
  'lors', 'parfois', 'hors', 'chez', 'assez', 'trop', 'près',
]);

/** Words before the name of a box on a form: « la rubrique deuxième nom », « la case Deuxième prénom ». */
const FORM_BOXES = new Set(['rubrique', 'case', 'champ', 'ligne', 'cadre']);

function idiomCovers(normals: readonly string[], start: number, length: number, idioms: readonly string[][]): boolean {
  for (const idiom of idioms) {
    for (let k = Math.max(0, start - idiom.length + 1); k <= start + length - 1 && k < normals.length; k++) {
      if (idiom.every((word, offset) => normals[k + offset] === word)) return true;
    }
  }
  return false;
}

function digitsFor(value: number): string {
  if (value >= 10000 || (value >= 1000 && (value < 1900 || value > 2100))) return groupDigits(value);
  return String(value);
}

/** Words after « les deux » that show it means « both »: « combiner les deux si … », « les deux ou … ». */
const CLAUSE_AFTER_BOTH = new Set(['si', "s'", 'quand', 'lorsque', "lorsqu'", 'et', 'ou', 'mais', 'car', 'sont', 'ont', 'doivent', 'peuvent', 'sont-ils']);

/** Nouns of a fraction after a number in words: « trois quarts », « deux tiers », « trois demis ». */
const FRACTION_NOUNS = new Set(['quart', 'quarts', 'tiers', 'demi', 'demis', 'demie', 'demies', 'cinquièmes', 'dixièmes', 'centièmes']);

/** `nombre-en-lettres`: a number written in words (« trois », « dix-huit », « deuxième »). */
export default defineRule({
  id: 'nombre-en-lettres',
  title: 'Nombre écrit en lettres',
  severity: 'error',
  options,
  check({ facts, file, options, report }) {
    const source = String(file.value ?? '');
    const idioms = [...IDIOMS, ...options.idioms].map((idiom) => idiom.toLowerCase().replace(/[’]/g, "'").split(/\s+/));
    for (const sentence of facts.sentences) {
      const words = sentence.words;
      // A number starts at a number word: most sentences have none (no list of their words is made).
      let from = 0;
      while (from < words.length && !(words[from]!.kind === 'word' && mayBeNumberWord(words[from]!.normal))) from++;
      if (from === words.length) continue;
      const normals = words.map((word) => (word.kind === 'word' ? word.normal : '#'));
      for (let index = from; index < words.length; index++) {
        const found = readNumber(normals, index);
        if (!found) continue;
        const used = words.slice(index, index + found.length);
        const next = index + found.length;
        const skip = (): void => {
          index = next - 1;
        };
        const last = found.pieces[found.pieces.length - 1]!;
        const first = used[0]!;
        const end = used[used.length - 1]!.position.end;
        const after = source.slice(end.offset ?? 0, (end.offset ?? 0) + 20).toLowerCase();
        const previous = normals[index - 1];
        // A capital inside the sentence: a name (« Les Trois Vallées », « Deux-Sèvres »).
        if (index > 0 && used.some((word) => startsWithCapital(word.value))) {
          skip();
          continue;
        }
        // Percentages belong to the rule `pourcentage`.
        if (/^\s*(%|pour\s?cent|pourcent)/.test(after) || previous === 'pour') {
          skip();
          continue;
        }
        if (found.pieces.some((item) => item.value === 0) || idiomCovers(normals, index, found.length, idioms)) {
          skip();
          continue;
        }
        // « la somme lui appartient à lui et non aux deux » (fiche F801, fifth reading): « les deux » with no noun
        // after it means « both », like « tous les deux ».
        // « combiner les deux si l'installation le permet » (ninth reading): a word that starts a clause comes next, not a noun.
        if (found.pieces.length === 1 && first.normal === 'deux' && (previous === 'aux' || previous === 'les' || previous === 'des') && (normals[next] === undefined || /^\s*[.,;:!?)»"”]/.test(after) || CLAUSE_AFTER_BOTH.has(normals[next]!))) {
          skip();
          continue;
        }
        // « les trois quarts en usufruit » (fiche F2767, eighth reading): a fraction, said in words (« 3 quarts » is not).
        if (FRACTION_NOUNS.has(normals[next] ?? '')) {
          skip();
          continue;
        }
        // « renseignez la rubrique deuxième nom » (fiche F868): the name of a box on a form, written as on the form.
        if (last.ordinal && FORM_BOXES.has(previous ?? '')) {
          skip();
          continue;
        }
        // « neuf » alone is also the adjective « un logement neuf »: only a number before a counted noun.
        if (found.pieces.length === 1 && first.normal === 'neuf') {
          const noun = normals[index + 1];
          if (!noun || !/[sx]$/.test(noun) || NOT_A_NOUN.has(noun)) continue;
        }
        if (last.ordinal) {
          // « en sixième », « classe de troisième »: school classes. « un dixième », « étalée par huitième »: a fraction.
          // « égale au dixième des rémunérations » (fiche F33164): a fraction too; « 10e » would change the meaning.
          // « l'acompte correspondra au douzième de la moyenne » (ninth reading): any ordinal, not only « dixième ».
          // « au deuxième de la liste » is a rank: the fractions are « demi », « tiers », « quart », then « cinquième »…
          const partOf = (previous === 'au' || previous === 'le') && found.value >= 5 && /^(?:de|des|du|d')$/.test(normals[index + found.length] ?? '');
          const fraction = previous !== undefined && (readNumber(normals, index - 1) !== undefined || previous === 'un' || previous === 'une' || previous === '#' || previous === 'par' || partOf);
          if (!options.ordinals || previous === 'en' || previous === 'de' || fraction || found.value >= 100) {
            skip();
            continue;
          }
        }
        const digits = last.ordinal ? `${found.value}e${last.plural ? 's' : ''}` : digitsFor(found.value);
        const written = used.map((word) => word.value).join(' ');
        // « des deux 1ers trimestres » (fiche F23476, eleventh reading): « 2 1ers » reads as one number. The rank is
        // written in words with the number: « 2 premiers ».
        const rank = /^[\s\u00a0]+1(er|re)s(?![\p{L}\d])/u.exec(after);
        const rankEnd = rank ? (end.offset ?? 0) + rank[0].length : -1;
        const rankWord = rank ? words.find((word) => word.position.end.offset === rankEnd) : undefined;
        if (rank && rankWord && !last.ordinal) {
          const both = `${digits} ${rank[1] === 'er' ? 'premiers' : 'premières'}`;
          const place: Position = { start: first.position.start, end: rankWord.position.end };
          const actual = source.slice(first.position.start.offset ?? 0, place.end.offset ?? 0);
          report(`« ${actual} » a 2 nombres à côté : le lecteur lit un seul nombre. Écrivez « ${both} ».`, { place, actual, expected: [both] });
          index = words.indexOf(rankWord);
          continue;
        }
        if (/^[\s\u00a0]+\d/u.test(after)) {
          // « trois 15 mai »: a number in digits right after; « 3 15 » would read as one number.
          skip();
          continue;
        }
        const place: Position = { start: first.position.start, end };
        report(
          `« ${written} » est écrit en lettres. Les chiffres sont plus faciles à lire. Écrivez « ${digits} ».`,
          { place, actual: source.slice(first.position.start.offset ?? 0, end.offset ?? 0) || written, expected: [digits] },
        );
        skip();
      }
    }
  },
});
