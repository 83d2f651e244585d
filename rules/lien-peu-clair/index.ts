import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { normalizeWord } from '../../src/engine/normalize.ts';
import { trailingRunStart, trimEnd } from '../../src/engine/trim.ts';
import { visitTypes } from '../_shared/visit-types.ts';

export const options = z
  .object({
    /** Link texts that do not say where the link goes (compared in lower case, without final punctuation). */
    vague: z
      .array(z.string())
      .default([
        'cliquez ici',
        'cliquer ici',
        'clique ici',
        'cliquez',
        'ici',
        'par ici',
        'voir ici',
        'lien',
        'le lien',
        'ce lien',
        'suivez ce lien',
        'ce site',
        'en savoir plus',
        'pour en savoir plus',
        'savoir plus',
        "plus d'infos",
        "plus d'info",
        "plus d'informations",
        "plus d'information",
        'là',
        'voir',
        'lire la suite',
      ]),
  })
  .strict();

export type Options = z.infer<typeof options>;

/** A web address written as it is: `https://…`, `http://…` or `www.…`. */
const URL = /^(?:https?:\/\/|www\.)\S+$/i;
/** A site's address and nothing after it: `www.service-public.fr`, `https://www.impots.gouv.fr/`. */
const DOMAIN_ONLY = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}\/?$/iu;

/**
 * Link texts made only of « cliquez », « ici », « ce lien »… in other orders: « cliquez sur ce lien »,
 * « appuyez ici », « cliquez sur le bouton ».
 */
const VAGUE_PHRASE = /^(?:(?:pour en savoir plus|pour plus d'informations?),? )?(?:cliquez|cliquer|clique|appuyez|appuyer|touchez|allez)(?: (?:ici|là|sur|à|dessus))*(?: (?:ce|le|cette|la))?(?: (?:lien|bouton|page|adresse|site))?(?: (?:ici|là|suivant|suivante|ci-dessous|ci-contre))?$/u;

/**
 * « Caisse de retraite des notaires - **CPRN** (www.crn.fr) » (fiche F2504, eleventh reading: 12 false alarms): the
 * address between brackets right after the words that name it, as the advice asks. Not after « le site » or
 * « l'adresse », which do not name anything.
 */
function namedBefore(source: string, start: number, end: number): boolean {
  if (source[end] !== ')') return false;
  let at = start - 1;
  if (source[at] !== '(') return false;
  while (at > 0 && (source[at - 1] === ' ' || source[at - 1] === '\u00a0')) at--;
  const line = source.slice(source.lastIndexOf('\n', at - 1) + 1, at).replace(/[*_]+/g, '').trimEnd();
  const last = line.split(/\s+/u).pop() ?? '';
  return /[\p{L}\d»)]$/u.test(last) && !/^(?:site|internet|web|adresse|page|l[’']adresse|sur)$/iu.test(last);
}

function clean(text: string): string {
  const normal = normalizeWord(text.replace(/\s+/g, ' ').trim());
  // The final signes and the spaces before them (the old `/\s*[.:!…›»>→-]+$/u`, in linear time).
  const signs = trailingRunStart(normal, /[.:!…›»>→-]/u);
  const core = signs < normal.length ? trimEnd(normal.slice(0, signs), /\s/u) : normal;
  return core.replace(/^[«"“]\s*|\s*[»"”]$/gu, '').trim();
}

/**
 * `lien-peu-clair`: a link whose text does not say where it goes (« cliquez ici », « en savoir plus »)
 * or whose text is a bare web address (also a literal address in the text, made a link by GFM).
 */
export default defineRule({
  id: 'lien-peu-clair',
  title: 'Lien pas clair',
  severity: 'error',
  options,
  check({ facts, file, options, report }) {
    const source = String(file.value ?? '');
    const vague = new Set(options.vague.map((text) => clean(text)));
    visitTypes(facts.mdast, ['link', 'linkReference', 'mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const isAnchor = (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a';
      if (node.type !== 'link' && node.type !== 'linkReference' && !isAnchor) return;
      const written = toString(node).replace(/\s+/g, ' ').trim();
      const text = clean(written);
      // « www.CVEC.etudiant.gouv.fr » (fiche F2865, eighth reading): a site's address with no page after it says where
      // the link goes, and the reader may need to type it: advice to name the site too, not an error. A long address
      // with a page is hard to read and to type.
      if (URL.test(written) && DOMAIN_ONLY.test(written)) {
        if (namedBefore(source, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)) return 'skip';
        const message = report(
          'Le texte de ce lien est l’adresse d’un site. Dites aussi le nom du site, par exemple « le site Service public (www.service-public.fr) ».',
          { place: node.position, actual: written },
        );
        message.fatal = undefined;
      } else if (URL.test(written)) {
        report(
          'Le texte de ce lien est une adresse web. Une adresse est difficile à lire et ne dit pas où va le lien. Écrivez à la place le nom de la page, par exemple « Formulaire de demande ».',
          { place: node.position, actual: written },
        );
      } else if (text === '') {
        report('Ce lien n’a pas de texte. Le lecteur ne sait pas où va le lien. Écrivez le nom de la page où va le lien.', {
          place: node.position,
          actual: written,
        });
      } else if (vague.has(text) || VAGUE_PHRASE.test(text)) {
        report(
          `Le texte du lien « ${written} » ne dit pas où va le lien. Le lecteur doit savoir où il va avant de cliquer. Écrivez le nom de la page, par exemple « Formulaire de demande ».`,
          { place: node.position, actual: written },
        );
      }
      return 'skip';
    });
  },
});
