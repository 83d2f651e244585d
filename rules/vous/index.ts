import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { span, tokensOf, type Token } from '../_shared/tokens.ts';

export const options = z.object({}).strict();

export type Options = z.infer<typeof options>;

/** Words that name the reader in the third person, after a determiner: « le demandeur », « l'usager ». */
const DESIGNATIONS = new Set([
  'demandeur', 'demandeuse', 'demandeurs', 'demandeuses', 'usager', 'usagère', 'usagers', 'usagères', 'bénéficiaire',
  'bénéficiaires', 'allocataire', 'allocataires', 'requérant', 'requérante', 'requérants', 'requérantes', 'intéressé',
  'intéressée', 'intéressés', 'intéressées', 'titulaire', 'titulaires', 'déclarant', 'déclarante', 'déclarants',
  'déclarantes', 'administré', 'administrée', 'administrés', 'administrées', 'assuré', 'assurée', 'assurés', 'assurées',
  // Housing, tax and club leaflets: « le locataire », « le contribuable », « l'adhérent ».
  'locataire', 'locataires', 'contribuable', 'contribuables', 'redevable', 'redevables', 'adhérent', 'adhérente',
  'adhérents', 'adhérentes', 'souscripteur', 'souscriptrice', 'signataire', 'signataires',
  // Health leaflets name their reader « le patient ».
  'patient', 'patiente', 'patients', 'patientes',
]);

const DETERMINERS = new Set(['le', 'la', "l'", 'les', 'du', 'des', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'chaque', 'tout', 'toute', 'tous', 'toutes']);

const QUOTES = new Set(['«', '»', '"', '“', '”', '„']);

/** Words after « on » that show English: « on line ». */
const ENGLISH_AFTER = new Set(['line', 'the', 'off', 'air', 'board', 'demand', 'and']);

/** `vous`: the reader is called « le demandeur », « l'usager » or « on » instead of « vous ». */
export default defineRule({
  id: 'vous',
  title: 'Parler au lecteur avec « vous »',
  severity: 'warning',
  options,
  check({ facts, report }) {
    for (const sentence of facts.sentences) {
      const tokens = tokensOf(sentence);
      let quoted = false;
      tokens.forEach((token: Token, index) => {
        if (token.kind === 'punct') {
          if (token.value === '«' || token.value === '“') quoted = true;
          else if (token.value === '»' || token.value === '”') quoted = false;
          else if (QUOTES.has(token.value)) quoted = !quoted;
          return;
        }
        if (quoted || token.kind !== 'word') return;
        const previous = tokens[index - 1];
        if (DESIGNATIONS.has(token.normal) && previous?.kind === 'word' && DETERMINERS.has(previous.normal)) {
          const written = `${previous.value}${previous.normal.endsWith("'") ? '' : ' '}${token.value}`;
          report(
            `Avec « ${written} », le texte parle du lecteur comme d'une autre personne. Le lecteur comprend mieux si le texte lui parle directement. Écrivez « vous ».`,
            { place: span(previous, token), actual: written, expected: ['vous'] },
          );
          return;
        }
        // « la personne concernée »: the reader again, in the third person (« les personnes intéressées » may be anyone).
        const following = tokens[index + 1];
        if (
          (token.normal === 'personne' || token.normal === 'personnes') &&
          previous?.kind === 'word' && DETERMINERS.has(previous.normal) &&
          following?.kind === 'word' && /^concernée?s?$/.test(following.normal)
        ) {
          const written = `${previous.value}${previous.normal.endsWith("'") ? '' : ' '}${token.value} ${following.value}`;
          report(
            `Avec « ${written} », le texte parle du lecteur comme d'une autre personne. Le lecteur comprend mieux si le texte lui parle directement. Écrivez « vous ».`,
            { place: span(previous, following), actual: written, expected: ['vous'] },
          );
          return;
        }
        // « on », « qu'on », « l'on », « peut-on »: a subject that hides who acts.
        const isOn = token.normal === 'on' || (token.normal.includes('-') && token.normal.split('-').slice(1).includes('on'));
        if (!isOn || token.value === 'ON') return;
        const next = tokens[index + 1];
        if (next?.kind === 'word' && ENGLISH_AFTER.has(next.normal)) return;
        report(
          `Le mot « on » ne dit pas qui fait l'action. Le lecteur ne sait pas si cela le concerne. Parlez au lecteur avec « vous », ou dites qui agit.`,
          { place: token.position, actual: token.value, expected: ['vous'] },
        );
      });
    }
  },
});
