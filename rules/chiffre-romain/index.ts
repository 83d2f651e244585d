import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { withoutLastSigns } from '../../src/engine/places.ts';

export const options = z
  .object({
    /** Extra words after which a Roman numeral is expected (lower case), e.g. « fascicule ». */
    contextWords: z.array(z.string()).default([]),
  })
  .strict();

export type Options = z.infer<typeof options>;

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** Words after which a Roman numeral is likely: « chapitre IV », « Titre II », « type I ». */
const CONTEXT_WORDS = new Set([
  'chapitre', 'chap', 'titre', 'article', 'art', 'livre', 'tome', 'partie', 'annexe', 'acte', 'scène', 'siècle', 'volume', 'vol',
  'section', 'sous-section', 'paragraphe', 'phase', 'type', 'catégorie', 'classe', 'niveau', 'degré', 'stade', 'échelon',
  'groupe', 'étape', 'leçon', 'fascicule', 'tableau', 'figure', 'planche', 'république', 'concile', 'vatican',
]);

/** First names of kings, queens and popes: « Louis XIV », « Henri IV », « Jean-Paul II ». */
const MONARCHS = new Set([
  'louis', 'henri', 'charles', 'françois', 'jean', 'jean-paul', 'benoît', 'pie', 'paul', 'léon', 'grégoire', 'philippe',
  'napoléon', 'édouard', 'edouard', 'guillaume', 'frédéric', 'alexandre', 'nicolas', 'pierre', 'clément', 'innocent',
  'urbain', 'jacques', 'georges', 'richard', 'elizabeth', 'élisabeth', 'elisabeth', 'victor-emmanuel', 'ferdinand',
  'isabelle', 'catherine', 'marie', 'anne', 'henry', 'jean-xxiii', 'othon', 'robert', 'rodolphe', 'sixte', 'boniface',
  'alphonse', 'juan', 'carlos', 'felipe', 'victor', 'humbert', 'constantin', 'michel', 'ivan', 'pépin', 'lothaire', 'clovis',
  'childebert', 'dagobert', 'clotaire', 'baudouin', 'albert', 'léopold', 'olaf', 'gustave', 'christian', 'frederik', 'harald',
]);

/** Words that start the name of a place: « rue Louis XVI », « lycée Henri IV ». */
const PLACE_WORDS = new Set(['rue', 'avenue', 'boulevard', 'place', 'quai', 'allée', 'impasse', 'cours', 'pont', 'square', 'lycée', 'collège', 'école', 'hôpital', 'résidence', 'cité', 'parc', 'port']);

/** The value of a valid Roman numeral. */
export function romanValue(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let index = 0; index < numeral.length; index++) {
    const value = values[numeral[index]!]!;
    const next = values[numeral[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** After a part of a legal text: « du II de l'article 15 », « le III du code », « au I de la loi ». */
const LEGAL_TEXT_AFTER = /^\s+(?:de\s+l['’]\s*(?:article|annexe|arrêté|ordonnance)|de\s+la\s+(?:loi|section)|du\s+(?:code|décret|présent\s+article))\b/iu;

/** The letters a Roman numeral is written with (both patterns below start with one of them). */
const ROMAN_FIRST = new Set(['I', 'V', 'X', 'L', 'C', 'D', 'M']);

/** `chiffre-romain`: a Roman numeral (« XXIe siècle », « Louis XIV », « chapitre IV »). */
export default defineRule({
  id: 'chiffre-romain',
  title: 'Chiffre romain',
  severity: 'warning',
  options,
  check({ facts, file, options, report }) {
    const source = String(file.value ?? '');
    const context = new Set([...CONTEXT_WORDS, ...options.contextWords.map((word) => word.toLowerCase())]);
    for (const sentence of facts.sentences) {
      const words = sentence.words;
      /** Where the last numeral of a diploma's level stands (« niveau V »), or -10. */
      let levelAt = -10;
      for (let index = 0; index < words.length; index++) {
        const word = words[index]!;
        // A numeral starts with one of its letters: most words are left at their first character.
        if (word.kind !== 'word' || !ROMAN_FIRST.has(word.value.charAt(0))) continue;
        const value = word.value.replace(/\.$/, '');
        // « XXIe », « XIXème », « Ier », « Ire »: a Roman numeral with an ordinal ending.
        const ordinal = /^([IVXLCDM]+)(e|ème|eme|er|re|es|èmes)$/.exec(value);
        const numeral = ordinal ? ordinal[1]! : value;
        if (!/^[IVXLCDM]+$/.test(numeral) || !ROMAN.test(numeral)) continue;
        // « transcrivent Ies enregistrements » (fiche F2515, eleventh reading): « les » typed with a capital I. « 1 » takes
        // « er » or « re » (« Ier », « Ire »), never « e » or « es ».
        if (ordinal && numeral === 'I' && !/^(?:er|re)$/.test(ordinal[2]!)) continue;
        // « catégorie II B », « III A » (fiche F17709, fourteenth reading): the code of a category of the 1948 law, as the
        // lease writes it; « 2 B » is written nowhere.
        const nextWord = words[index + 1];
        if (!ordinal && nextWord?.kind === 'word' && /^[A-D]\.?$/.test(nextWord.value)) continue;
        const previous = words[index - 1];
        const previousNormal = previous?.normal.replace(/\.$/, '').replace(/^(l|d)'/, '');
        const inContext =
          previous !== undefined &&
          previous.kind === 'word' &&
          // « groupes I, II et III »: a context word in the plural too.
          (context.has(previousNormal!) || context.has(previousNormal!.replace(/s$/, '')) || (MONARCHS.has(previousNormal!) && /^\p{Lu}/u.test(previous.value)));
        const hasSmall = /[IVX]/.test(numeral);
        const onlyX = /^X+$/.test(numeral);
        let sure: boolean;
        if (ordinal) {
          // « Ier » and « Ire » only for I; other endings need I, V or X (« Me », « De » are not numerals).
          const suffix = ordinal[2]!;
          sure = hasSmall && ((suffix !== 'er' && suffix !== 're') || numeral === 'I');
        } else if (numeral.length === 1) {
          // « I », « V », « X » alone are letters, unless a context word comes before: « chapitre V », « Charles V ».
          sure = inContext && hasSmall;
          // « Jean V. Dupont »: an initial.
          const nextWord = words[index + 1];
          if (sure && word.value.endsWith('.') && nextWord && /^\p{Lu}/u.test(nextWord.value)) sure = false;
        } else if (/^[IVX]+$/.test(numeral)) {
          // « II », « XIV »: not « XX » or « XXX », often placeholders.
          sure = inContext || !onlyX;
        } else if (hasSmall && numeral.length >= 4) {
          // « XLII », « XVII ». With C, D or M only after a context word: « CDII » is an acronym (« CDI intermittent
          // (CDII ou CD2I) », fiche F2247, seventh reading), not 402.
          sure = inContext || !/[CDM]/.test(numeral);
        } else {
          // « CV », « CDI », « CCI », « CMI », « XL », « DIX », « MM »: acronyms or words; only after a context word.
          sure = inContext;
        }
        // « rue Louis XVI », « lycée Henri IV »: the official name of a place stays as it is.
        const place = words.slice(Math.max(0, index - 3), index).some((candidate) => PLACE_WORDS.has(candidate.normal));
        if (!sure || place) continue;
        const number = romanValue(numeral);
        const suffix = ordinal ? (ordinal[2] === 'er' ? 'er' : ordinal[2] === 're' ? 're' : ordinal[2]!.endsWith('s') ? 'es' : 'e') : '';
        const digits = `${number}${suffix}`;
        // « un diplôme de niveau V ou VI (CAP, BEP) » (fiche F434): the levels of diplomas changed in 2019 (the old
        // level V, the CAP, is level 3 now); « niveau 5 » would name another diploma. The name of the diploma is clearer.
        const levelWord = words.slice(Math.max(0, index - 3), index).find((candidate) => /^niveaux?$/.test(candidate.normal));
        // « de niveau V (CAP) à III (BTS) » (fiche F215, seventh reading): the second numeral is a level too (the old
        // level III, the BTS, is level 5 now: « 3 » was wrong).
        // « niveau 4 (anciennement IV) » (fiche F199, tenth reading): the old level, next to the new one; « 4 (anciennement
        // 4) » says nothing.
        const afterLevel = (levelAt >= index - 4 && words.slice(levelAt + 1, index).some((candidate) => /^(?:à|et|ou)$/.test(candidate.normal))) || previous?.normal === 'anciennement';
        if (!ordinal && (levelWord !== undefined || afterLevel) && /diplôme|cap|bep|bac|brevet|licence|master|formation|qualification|titre|certification/i.test(sentence.text)) {
          levelAt = index;
          report(
            `« ${value} » est un chiffre romain. Beaucoup de lecteurs ne savent pas lire les chiffres romains. Pour un diplôme, « niveau ${number} » peut dire un autre diplôme : les niveaux ont changé en 2019. Écrivez plutôt le nom du diplôme, par exemple « CAP » ou « bac ».`,
            { place: withoutLastSigns(word.position, word.value.length - value.length), actual: value },
          );
          continue;
        }
        if (!ordinal && previous?.kind === 'number') {
          // « l'article 140 VI » (fiche F34996): a part of a legal article. « l'article 140 6 » would read as one
          // number, « 1406 »: the number gets a word before it, and no replacement is given.
          const article = words[index - 2] !== undefined && /^(?:[ld]')?(?:article|art)\.?$/.test(words[index - 2]!.normal);
          report(
            `« ${value} » est un chiffre romain. Beaucoup de lecteurs ne savent pas lire les chiffres romains. Il suit un autre nombre : « ${previous.value} ${number} » se lirait comme un seul nombre. Écrivez par exemple ${article ? `« paragraphe ${number} de l’article ${previous.value} »` : `« partie ${number} »`}.`,
            { place: withoutLastSigns(word.position, word.value.length - value.length), actual: value },
          );
          continue;
        }
        // « les alinéas du II de l'article 15 » (fiche F920, fifth reading): a part of a legal text. « du 2 de
        // l'article 15 » means nothing; « du paragraphe 2 de l'article 15 » does.
        const end = word.position.end.offset ?? 0;
        if (!ordinal && /^(?:le|du|au|l')$/.test(previous?.normal ?? '') && LEGAL_TEXT_AFTER.test(source.slice(end, end + 40))) {
          const part = `paragraphe ${number}`;
          report(
            `« ${value} » est un chiffre romain. Beaucoup de lecteurs ne savent pas lire les chiffres romains. Ici, c’est une partie d’un texte de loi : écrivez « ${part} ».`,
            { place: withoutLastSigns(word.position, word.value.length - value.length), actual: value, expected: [part] },
          );
          continue;
        }
        report(
          `« ${value} » est un chiffre romain. Beaucoup de lecteurs ne savent pas lire les chiffres romains. Écrivez « ${digits} ».`,
          { place: withoutLastSigns(word.position, word.value.length - value.length), actual: value, expected: [digits] },
        );
      }
    }
  },
});
