import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import type { FalcBlock } from '../../src/engine/types.ts';
import { visitTypes } from '../_shared/visit-types.ts';
import { readerWordCount } from '../_shared/chunks.ts';

export const options = z
  .object({
    /** Most words in one bold passage. */
    maxWords: z.number().int().min(1).default(4),
    /** Largest share of the words of a paragraph in bold, between 0 and 1. */
    maxShare: z.number().min(0).max(1).default(0.2),
    /** The share is checked only in paragraphs of at least this many words. */
    minParagraphWords: z.number().int().min(1).default(10),
  })
  .strict();

export type Options = z.infer<typeof options>;

const BOLD_ELEMENTS = new Set(['strong', 'b']);

interface BoldSpan {
  start: number;
  end: number;
  position: Position;
  text: string;
}

/** Most words of a short paragraph written all in bold that stands as a title (`isBoldTitle`). */
const TITLE_WORDS = 10;

/**
 * A paragraph all in bold, short, with no full stop: a title written in bold (« **Impayés réalisés ou à
 * venir** », « **Quelles mesures peuvent être prises ?** », then the text under it). Many FALC guides ask for bold titles; the `titre` rule speaks of titles.
 */
function isBoldTitle(block: FalcBlock, span: BoldSpan, words: number, source: string): boolean {
  return words <= TITLE_WORDS && isTitleShaped(block, span, source);
}

/** A bold paragraph (or first line) placed like a title, whatever its length. */
function isTitleShaped(block: FalcBlock, span: BoldSpan, source: string): boolean {
  return (
    block.type === 'paragraph' &&
    span.start === block.position.start.offset &&
    // The whole paragraph, or its whole first line: « - **Abonnement scolaire (interne ou demi-pensionnaire)** »,
    // then what it is on the next lines (fiche F34964: the name of an offer as the title of a list item).
    // The next line starts a new sentence (a capital letter or a number): « **Vous devez venir avec**\n au centre. » goes on.
    (span.end === block.position.end.offset || /^[ \t]*\r?\n[ \t]*[\p{Lu}\d]/u.test(source.slice(span.end, span.end + 16))) &&
    // « **Dans tous les cas à fournir :** » then a list: a lead-in in bold on its own line, like a title.
    !/[.!…;,]$/.test(span.text.trimEnd())
  );
}

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const DATE = `(?:1er|\\d{1,2})\\s+(?:${MONTHS})(?:\\s+\\d{4})?`;
/** One date or one period in bold (« **du 30 octobre 2020 au 1er décembre 2020 minimum** »): one piece of information. */
// « **entre le 12 mars 2020 et le 31 janvier 2021 inclus** » (fiches F2846, F2845, eighth reading): « entre le … et le ».
const DATE_SPAN = new RegExp(`^(?:(?:du|le|entre|entre le|jusqu'au|jusqu’au|avant le|après le|à partir du|dès le)\\s+)?${DATE}(?:\\s+(?:au|et|et le)\\s+${DATE})?(?:\\s+(?:minimum|maximum|inclus|compris|inclusivement))?$`, 'iu');

/**
 * One amount or one duration in bold (« **entre 18 et 28 ans** », « **de moins de 6 mois** », « **délai
 * maximum de 2 mois** »): short words before one number (or 2 joined by « et », « à »), then its unit.
 */
const QUANTITY_SPAN = new RegExp(
  // « **d'1 an et 6 mois** » (fiche F2390, eleventh reading): « d' » glued to the number.
  `^(?:(?:de|du|en|entre|au|à|dans|moins|plus|pendant|jusqu'à|jusqu’à|maximum|minimum|délai|les|des|un|une|1)\\s+|d['’]\\s*){0,4}` +
    // « **10 jours à 6 mois** »: a range whose 2 ends have their own unit.
    `\\d[\\d ,]*(?:\\s*(?:ans?|années?|mois|jours?|semaines?|heures?))?(?:\\s+(?:et|à|ou)\\s+\\d[\\d ,]*)?\\s*(?:ans?|années?|mois|trimestres?|jours?|semaines?|heures?|h|€|euros?|%|points?)` +
    // « **803 heures 30 par an** », « **1 607 heures par salarié en 2020** » (fiches F2310, F23503, eleventh reading).
    `(?:\\s+\\d{1,2}(?=\\s|$))?(?:\\s+par\\s+(?:an|année|mois|jour|semaine|salarié|personne|enfant))?(?:\\s+en\\s+\\d{4})?` +
    // « **au moins 8 trimestres de cotisation** » (fiche F32485): one word after « de » says what is counted.
    // (Letters listed: esbuild would make a `\\p{L}` in a `new RegExp` text again at each call.)
    // « **plus de 3 ans consécutifs** » (fiche F2231, seventh reading): a word after the unit that says how it counts.
    `(?:\\s+(?:de|d'|d’)\\s*[a-zàâäéèêëîïôöùûüçœæ]+)?(?:\\s+(?:maximum|minimum|inclus|consécutif|consécutifs|consécutive|consécutives|révolus|pleins|pleines|ouvrables|ouvrés|calendaires))?$`,
  'iu',
);

/**
 * How often (« **1 fois tous les 6 mois.** », « **2 fois par an** », fiche F34836) or how long before an event
 * (« **au moins 2 jours avant votre départ** », « **20 jours au moins avant le départ** », fiches F34634,
 * F34441): one piece of information too.
 */
const FREQUENCY_SPAN = /^(?:\d+|une?) fois (?:par|tous les|toutes les) (?:\d+ )?(?:ans?|années?|mois|jours?|semaines?|trimestres?)$/iu;
const BEFORE_EVENT_SPAN = new RegExp(
  `^(?:au moins |au plus |moins de |plus de )?\\d+ (?:ans?|années?|mois|jours?|semaines?|heures?)(?: au moins| au plus| minimum| maximum)? (?:avant|après) (?:le|la|l'|l’|votre|vos|son|sa|ses|leur) ?[a-zàâäéèêëîïôöùûüçœæ]+$`,
  'iu',
);

function isDate(span: BoldSpan): boolean {
  // A full stop inside the bold (« **1 fois tous les 6 mois.** ») ends the sentence, not the piece of information.
  const text = span.text.trim().replace(/\s+/g, ' ').replace(/[.;,]$/, '');
  return DATE_SPAN.test(text) || QUANTITY_SPAN.test(text) || FREQUENCY_SPAN.test(text) || BEFORE_EVENT_SPAN.test(text);
}

/** True when the text at `offset` starts a list item: « - » or « 1. » and spaces before it on its line. */
function isListItemStart(source: string, offset: number): boolean {
  const line = source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset);
  return /^\s*(?:[-*+]|\d{1,2}[.)])\s+$/u.test(line);
}

/**
 * « - **Seuil d'information et de recommandation** : le niveau de pollution … »: a short bold term at the
 * start of its paragraph, then « : » (or « est ») and what it means, like the term of a glossary. Also a bold cell that is
 * the label of its row, and the name of a paper at the start of a list item (`NAME_THEN_WHEN`).
 */
function isTermBeforeColon(block: FalcBlock, span: BoldSpan, words: number, source: string): boolean {
  if (words > TITLE_WORDS) return false;
  // « | **Logements classés en catégorie II B** | … | » (fourteenth reading): a bold cell is the label of its row.
  if (block.type === 'tableCell') {
    const cell = (from: number, to: number): boolean => /^[\s|]*$/u.test(source.slice(from, to));
    return cell(block.position.start.offset ?? 0, span.start) && cell(span.end, block.position.end.offset ?? 0);
  }
  if (block.type !== 'paragraph' || span.start !== block.position.start.offset) return false;
  const after = source.slice(span.end, span.end + 16);
  const when = NAME_THEN_WHEN.test(after);
  // Not a sentence in bold: « **Vous devez envoyer votre plan** si… ».
  if (when && /^(?:vous|je|j['’]|il|elle|on|nous|ils|elles)\s/iu.test(span.text)) return false;
  // « - **Inscription et création du dossier :** vous devez… » (fiche F23476, eleventh reading): the colon in the bold.
  return TERM_THEN_MEANING.test(after) || span.text.trimEnd().endsWith(':') || (when && isListItemStart(source, span.start));
}

/**
 * What follows a term that its paragraph explains: « : », or « est un… », « est chargé… » (« **Le juge de
 * l'application des peines (Jap)** est chargé de… », fiche F2250, seventh reading: the bold is the important word).
 * Not « **La décision d'attribution** sera notifiée… »: a subject in bold is not a term.
 */
const TERM_THEN_MEANING = /^\s*(?::|(?:est|sont) (?:une? |des |les? |la |l['’]|chargée?s? ))/u;

/**
 * « - **Plan en coupe du terrain** si vous construisez… », « - **Plan des façades et des toitures** pour… » (fiche
 * F2022, fourteenth reading): the name of a paper at the start of a list item, then when it is needed.
 */
const NAME_THEN_WHEN = /^\s+(?:si|s['’]|pour|en cas|quand|lorsque|lorsqu['’])/u;

/** `gras-excessif`: a long passage in bold, or too much bold in a paragraph. */
export default defineRule({
  id: 'gras-excessif',
  title: 'Trop de gras',
  severity: 'warning',
  options,
  check({ facts, file, options, report }) {
    const source = String(file.value ?? '');
    const spans: BoldSpan[] = [];
    visitTypes(facts.mdast, ['strong', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html'], (node, index, parent) => {
      const isJsxBold = (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name !== null && BOLD_ELEMENTS.has(node.name);
      if ((node.type === 'strong' || isJsxBold) && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
        spans.push({ start: node.position.start.offset, end: node.position.end.offset, position: node.position, text: toString(node) });
        return 'skip';
      }
      // <strong>…</strong> or <b>…</b> in Markdown: an opening html node, content, a closing html node.
      if (node.type === 'html' && parent && index !== undefined && /^<(strong|b)(\s[^<>]*)?>$/i.test(node.value)) {
        const tag = /^<(\w+)/.exec(node.value)![1]!.toLowerCase();
        const closeIndex = parent.children.findIndex((child, at) => at > index && child.type === 'html' && new RegExp(`^</${tag}>$`, 'i').test(child.value));
        const close = parent.children[closeIndex];
        if (close?.position?.end.offset !== undefined && node.position?.start.offset !== undefined) {
          const text = parent.children.slice(index + 1, closeIndex).map((child) => toString(child)).join('');
          spans.push({ start: node.position.start.offset, end: close.position.end.offset, position: { start: node.position.start, end: close.position.end }, text });
        }
      }
      return undefined;
    });
    if (spans.length === 0) return;
    // « **Étape n°4 : reprise et fin de la démarche en ligne** » (twelfth reading): « n°4 » is one word for the reader.
    const wordsIn = (block: FalcBlock, start: number, end: number): number =>
      block.sentences.reduce(
        (count, sentence) => count + readerWordCount(source, sentence.words.filter((word) => (word.position.start.offset ?? -1) >= start && (word.position.end.offset ?? -1) <= end)),
        0,
      );
    for (const block of facts.blocks) {
      if (block.type === 'heading') continue;
      const blockStart = block.position.start.offset ?? 0;
      const blockEnd = block.position.end.offset ?? 0;
      const inside = spans.filter((span) => span.start >= blockStart && span.end <= blockEnd);
      if (inside.length === 0) continue;
      let reported = false;
      let boldWords = 0;
      let shareWords = 0;
      for (const span of inside) {
        const count = wordsIn(block, span.start, span.end);
        // A date, an amount or a frequency is one piece of information: it counts as one word in the share
        // (fiche F34836: « **tous les mois** … à **1 fois tous les 6 mois.** » is the contrast bold is for).
        boldWords += count;
        const onePiece = isDate(span);
        shareWords += onePiece ? 1 : count;
        if (count > options.maxWords && !isBoldTitle(block, span, count, source) && !onePiece && !isTermBeforeColon(block, span, count, source)) {
          reported = true;
          // « **Actes d'état civil devant être mis à jour à la suite du changement de prénom** » (fiche F885, fifth
          // reading): a bold paragraph that stands as a title. « Only the important word in bold » would leave no title.
          report(
            isTitleShaped(block, span, source)
              ? `Ce passage en gras sert de titre, mais il a ${count} mots. Le lecteur ne le voit pas comme un titre. Écrivez-le comme un titre, avec ### au début, en ${TITLE_WORDS} mots au plus.`
              : `Ce passage en gras a ${count} mots. Quand il y a trop de gras, le lecteur ne voit plus ce qui est important. Mettez en gras seulement le mot important.`,
            { place: span.position, actual: span.text },
          );
        }
      }
      const total = wordsIn(block, blockStart, blockEnd);
      // One short bold passage is what the rule asks for (« faite **1 an maximum** après »): the share counts from 2.
      if (!reported && inside.length > 1 && shareWords > 1 && total >= options.minParagraphWords && shareWords / total > options.maxShare) {
        report(
          `Ce paragraphe a ${boldWords} mots en gras sur ${total}. Quand il y a trop de gras, le lecteur ne voit plus ce qui est important. Gardez le gras pour 1 ou 2 mots importants.`,
          { place: block.position, actual: inside.map((span) => span.text).join(' … ') },
        );
      }
    }
  },
});
