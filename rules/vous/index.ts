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

const SECOND_PERSON = new Set(['vous', 'votre', 'vos']);

/** « l'assuré décédé »: a person who died is never the reader. */
const DEAD = new Set(['décédé', 'décédée', 'décédés', 'décédées', 'défunt', 'défunte', 'défunts', 'défuntes']);

/** Relatives of « la personne concernée »: « Descendant de la personne concernée » names the reader's relative. */
const KIN = new Set(['descendant', 'descendante', 'descendants', 'ascendant', 'ascendante', 'ascendants', 'enfant', 'enfants', 'parent', 'parents', 'époux', 'épouse', 'conjoint', 'conjointe', 'frère', 'sœur', 'héritier', 'héritiers', 'petit-enfant', 'petits-enfants']);

const QUOTES = new Set(['«', '»', '"', '“', '”', '„']);

/** Plural designations name the reader only when a duty or a right follows: « les usagers doivent … ». */
const DUTY_AFTER = new Set(['doivent', 'peuvent', 'devront', 'pourront', 'ont', 'reçoivent', 'remplissent', 'signent', 'envoient', 'paient', 'présentent']);

/** How a text names another person: « du propriétaire » (after « parle aussi ») and « le propriétaire ». */
interface Party {
  of: string;
  the: string;
}

const LANDLORD: Record<string, Party> = {
  propriétaire: { of: 'du propriétaire', the: 'le propriétaire' },
  propriétaires: { of: 'des propriétaires', the: 'le propriétaire' },
  bailleur: { of: 'du bailleur', the: 'le propriétaire' },
  bailleurs: { of: 'des bailleurs', the: 'le propriétaire' },
};
/** « Le souscripteur ne peut plus modifier le bénéficiaire » (fiche F2386, eleventh reading): an insurance or a gift. */
const GIVER: Record<string, Party> = {
  souscripteur: { of: 'du souscripteur', the: 'le souscripteur' },
  souscriptrice: { of: 'de la souscriptrice', the: 'la souscriptrice' },
  donateur: { of: 'du donateur', the: 'le donateur' },
  donatrice: { of: 'de la donatrice', the: 'la donatrice' },
};
const BENEFICIARY: Record<string, Party> = {
  bénéficiaire: { of: 'du bénéficiaire', the: 'le bénéficiaire' },
  bénéficiaires: { of: 'des bénéficiaires', the: 'le bénéficiaire' },
};

/**
 * The other party of a designation, named in the same sentence: « locataire » and « propriétaire » or
 * « bailleur », « bénéficiaire » and « souscripteur ». « titulaire » and « non titulaire » are found apart
 * (`otherParty`).
 */
/** « d'abord le demandeur, puis le défendeur » (fiches F1789, F1791, fourteenth reading): the 2 parties of a trial. */
const DEFENDANT: Record<string, Party> = {
  défendeur: { of: 'du défendeur', the: 'le défendeur' },
  défenderesse: { of: 'de la défenderesse', the: 'la défenderesse' },
  défendeurs: { of: 'des défendeurs', the: 'le défendeur' },
};

const OTHER_PARTIES: Record<string, Record<string, Party>> = {
  demandeur: DEFENDANT,
  demandeuse: DEFENDANT,
  demandeurs: DEFENDANT,
  locataire: LANDLORD,
  locataires: LANDLORD,
  bénéficiaire: GIVER,
  bénéficiaires: GIVER,
  souscripteur: BENEFICIARY,
  souscriptrice: BENEFICIARY,
};

/** « Le non titulaire du bail quitte le logement, alors que le titulaire reste » (fiche F2565, eleventh reading). */
const NOT_HOLDER: Party = { of: 'du non-titulaire', the: 'le non-titulaire' };

/** « Le suppléant assiste aux réunions en l'absence du titulaire » (fiche F34474, sixteenth session): an elected member and his substitute. */
const SUBSTITUTE: Party = { of: 'du suppléant', the: 'le suppléant' };
const SUBSTITUTE_WORDS = new Set(['suppléant', 'suppléants', 'suppléante', 'suppléantes']);

/**
 * Words that show whom a text about a lease speaks to: « vous êtes locataire » or « votre propriétaire » (the
 * tenant), « vous êtes propriétaire » or « votre locataire » (the landlord).
 */
const TENANT_WORDS = new Set(['locataire', 'locataires']);
const LANDLORD_WORDS = new Set(['propriétaire', 'propriétaires', 'bailleur', 'bailleurs']);

/** The forms of « être » (and « devenir ») after « vous » that name what the reader is. */
const BE_FORMS = new Set(['êtes', 'soyez', 'serez', 'seriez', 'étiez', 'devenez']);

/** Who the text speaks to, from its « vous êtes locataire », « votre propriétaire »: the words that name the reader. */
function readerOf(tokens: Token[], into: Set<'tenant' | 'landlord'>): void {
  tokens.forEach((token, index) => {
    if (token.kind !== 'word') return;
    const next = tokens[index + 1];
    if (next?.kind !== 'word') return;
    // « que vous soyez propriétaire » (fiche F33175) says it as well as « vous êtes propriétaire ».
    const isVousEtes = BE_FORMS.has(token.normal) && tokens[index - 1]?.normal === 'vous';
    const isVotre = token.normal === 'votre' || token.normal === 'vos';
    if (isVousEtes) {
      if (TENANT_WORDS.has(next.normal)) into.add('tenant');
      else if (LANDLORD_WORDS.has(next.normal)) into.add('landlord');
    } else if (isVotre) {
      if (LANDLORD_WORDS.has(next.normal)) into.add('tenant');
      else if (TENANT_WORDS.has(next.normal)) into.add('landlord');
    }
  });
}

/**
 * Designations that a sentence with « vous » names as somebody else: « Le bénéficiaire ne peut être qu'un
 * membre de votre famille » (F12691, a text for the giver). « Vous êtes le bénéficiaire », « en tant que
 * bénéficiaire » name the reader and do not count.
 */
function namedBesideReader(tokens: Token[], into: Set<string>): void {
  if (!tokens.some((token) => token.kind === 'word' && SECOND_PERSON.has(token.normal))) return;
  tokens.forEach((token, index) => {
    // « locataire » has its own test of who reads (`readerOf`): « réclamé au locataire lorsque vos revenus
    // dépassent » (F1317) speaks of the reader.
    if (token.kind !== 'word' || !DESIGNATIONS.has(token.normal) || TENANT_WORDS.has(token.normal)) return;
    const previous = tokens[index - 1];
    if (previous?.kind !== 'word' || !(DETERMINERS.has(previous.normal) || SECOND_PERSON.has(previous.normal))) return;
    const before = tokens.slice(Math.max(0, index - 3), index - 1).map((word) => word.normal);
    if (before.includes('êtes') || before.includes('que') || before.includes('devenez')) return;
    into.add(token.normal.replace(/[sx]$/, ''));
  });
}

/** How the sentence names the other party of `designation` (« du propriétaire »), or undefined. */
function otherParty(tokens: Token[], designation: string): Party | undefined {
  if (designation === 'titulaire' || designation === 'titulaires') {
    const notHolder = tokens.some((token, index) => (token.normal === 'non-titulaire' || (token.normal === 'non' && /^titulaires?$/.test(tokens[index + 1]?.normal ?? ''))));
    if (notHolder) return NOT_HOLDER;
    return tokens.some((token) => SUBSTITUTE_WORDS.has(token.normal)) ? SUBSTITUTE : undefined;
  }
  const parties = OTHER_PARTIES[designation];
  if (!parties) return undefined;
  for (const token of tokens) if (token.kind === 'word' && parties[token.normal]) return parties[token.normal];
  return undefined;
}

/** « le locataire ou le propriétaire »: the 2 people the text may speak to. */
function eitherOf(designation: string, other: Party): string {
  const singular = designation.replace(/s$/, '');
  return `${/^[aeéiou]/.test(singular) ? "l'" : /(?:trice|euse|ière|ante|ée)$/.test(singular) ? 'la ' : 'le '}${singular} ou ${other.the}`;
}

/**
 * `vous`: the reader is called « le demandeur », « l'usager », « la personne concernée » instead of « vous ».
 * The general « on » (« on a le droit de … ») is not reported: it speaks of everybody.
 */
export default defineRule({
  id: 'vous',
  title: 'Parler au lecteur avec « vous »',
  severity: 'warning',
  options,
  check({ facts, report }) {
    const allTokens = facts.sentences.map((sentence) => tokensOf(sentence));
    // The other party named anywhere in the text (« Le propriétaire doit envoyer … »): a text about a lease
    // may be written for the landlord, and its « à envoyer au locataire » then speaks of somebody else.
    const otherInText: Record<string, Party | undefined> = {};
    let readers: Set<'tenant' | 'landlord'> | undefined;
    const otherPartyInText = (designation: string): Party | undefined => {
      if (!readers) {
        readers = new Set();
        for (const tokens of allTokens) readerOf(tokens, readers);
      }
      // « Si vous êtes locataire, … », « prévenez votre propriétaire »: the text speaks to the tenant.
      if (TENANT_WORDS.has(designation) && readers.has('tenant') && !readers.has('landlord')) return undefined;
      if (!(designation in otherInText)) {
        otherInText[designation] = undefined;
        for (const tokens of allTokens) {
          const found = otherParty(tokens, designation);
          if (found) {
            otherInText[designation] = found;
            break;
          }
        }
      }
      return otherInText[designation];
    };
    /** Words already told with a doubt (« le texte parle peut-être du lecteur »). */
    const doubted = new Set<string>();
    let besideReader: Set<string> | undefined;
    const isBesideReader = (designation: string): boolean => {
      if (!besideReader) {
        besideReader = new Set();
        for (const tokens of allTokens) namedBesideReader(tokens, besideReader);
      }
      return besideReader.has(designation.replace(/[sx]$/, ''));
    };
    for (const tokens of allTokens) {
      // « Vous devez certifier que le demandeur de la carte grise dispose … », « Vous êtes l'assuré »: the
      // sentence already speaks to the reader with « vous »; « le demandeur » is somebody else, or the reader
      // named by « vous ».
      if (tokens.some((token) => token.kind === 'word' && SECOND_PERSON.has(token.normal))) continue;
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
        const following = tokens[index + 1];
        const plural = /[sx]$/.test(token.normal);
        // A plural designation may be other people (« les bénéficiaires du service »): it names the reader
        // only when a duty or a right follows (« les usagers doivent … »).
        // « la pension de réversion de l'assuré décédé » (page N378, sixth reading): the reader is the one who lives on.
        // « Numéro de dossier du demandeur d'emploi décédé » (thirteenth reading): the word after « d'emploi » too.
        const after = following?.normal === "d'" && tokens[index + 2]?.normal === 'emploi' ? tokens[index + 3] : following;
        // « Décès du locataire » (fiche F1314, eighteenth reading): the person who died is not the reader.
        const died = /^(?:du|de|d')$/.test(previous?.normal ?? '') && tokens[index - 2]?.normal === 'décès';
        const forReader = (!plural || (following?.kind === 'word' && DUTY_AFTER.has(following.normal))) && !(after?.kind === 'word' && DEAD.has(after.normal)) && !died;
        if (DESIGNATIONS.has(token.normal) && forReader && previous?.kind === 'word' && DETERMINERS.has(previous.normal)) {
          const written = `${previous.value}${previous.normal.endsWith("'") ? '' : ' '}${token.value}`;
          const other = otherParty(tokens, token.normal);
          // A doubt about who reads the text (« peut-être ») is told once per word and file: a fiche written for the
          // tenant and the landlord had 47 of them (F31269, ninth reading). The author answers it once for the text.
          const otherElsewhere = other ? undefined : otherPartyInText(token.normal);
          const beside = !other && !otherElsewhere && isBesideReader(token.normal);
          if (other || otherElsewhere || beside) {
            // « le bénéficiaire » and « le souscripteur » of one sentence: one doubt for the pair.
            const party = other ?? otherElsewhere;
            const doubt = [token.normal.replace(/[sx]$/, ''), ...(party ? [party.the.replace(/^(?:le|la) /, '')] : [])].sort().join('|');
            if (doubted.has(doubt)) return;
            doubted.add(doubt);
          }
          if (other) {
            // « entre bailleur et locataire », « Le propriétaire doit remettre le dossier au locataire »: the
            // reader may be either party. « Écrivez « vous » » for the tenant would be wrong in a text for the landlord.
            report(
              `Avec « ${written} », le texte parle peut-être du lecteur comme d'une autre personne. Cette phrase parle aussi ${other.of}. Parlez avec « vous » à la personne qui lit le texte, ${eitherOf(token.normal, other)}.`,
              { place: span(previous, token), actual: written },
            );
            return;
          }
          if (otherElsewhere) {
            // F10039 « à envoyer au locataire », F1351 « la résidence principale du locataire »: the sentence does
            // not name the landlord, but the text does; it may be written for the landlord.
            report(
              `Avec « ${written} », le texte parle peut-être du lecteur comme d'une autre personne. Le texte parle aussi ${otherElsewhere.of} : il est peut-être écrit pour cette personne. Parlez avec « vous » à la personne qui lit le texte, ${eitherOf(token.normal, otherElsewhere)}.`,
              { place: span(previous, token), actual: written },
            );
            return;
          }
          if (beside) {
            // F12691 « le bénéficiaire de la donation »: another sentence names « le bénéficiaire » next to « vous »
            // (« un membre de votre famille »): it may be somebody else than the reader.
            report(
              `Avec « ${written} », le texte parle peut-être d'une autre personne que le lecteur : une autre phrase parle de cette personne et de « vous ». Si cette personne est le lecteur, écrivez « vous ».`,
              { place: span(previous, token), actual: written },
            );
            return;
          }
          report(
            `Avec « ${written} », le texte parle du lecteur comme d'une autre personne. Le lecteur comprend mieux si le texte lui parle directement. Écrivez la phrase avec « vous ».`,
            // No replacement: « vous » alone in place of « Le demandeur » breaks the sentence (« vous dispose »,
            // « transmis vous »); the verb changes too.
            { place: span(previous, token), actual: written },
          );
          return;
        }
        // « la personne concernée »: the reader again, in the third person (« les personnes intéressées » may be anyone).
        if (
          (token.normal === 'personne' || token.normal === 'personnes') &&
          previous?.kind === 'word' && DETERMINERS.has(previous.normal) &&
          following?.kind === 'word' && /^concernée?s?$/.test(following.normal) &&
          (token.normal === 'personne' || DUTY_AFTER.has(tokens[index + 2]?.normal ?? '')) &&
          // « Descendant de la personne concernée » (fiche F1427, twelfth reading): the reader is the relative.
          !(/^(?:de|d')$/.test(tokens[index - 2]?.normal ?? '') && KIN.has(tokens[index - 3]?.normal ?? ''))
        ) {
          const written = `${previous.value}${previous.normal.endsWith("'") ? '' : ' '}${token.value} ${following.value}`;
          report(
            `Avec « ${written} », le texte parle du lecteur comme d'une autre personne. Le lecteur comprend mieux si le texte lui parle directement. Écrivez la phrase avec « vous ».`,
            { place: span(previous, following), actual: written },
          );
          return;
        }
      });
    }
  },
});
