import { readerFingerprint } from '../engine/fingerprint.ts';
import type { Review } from '../schemas/guide.ts';
import { dateInWords } from './format.ts';

/** What readers are told about the review of a guide by its readers. */
export interface ReviewState {
  /** `aucune`: never reviewed; `a-jour`: the text is the one reviewed; `modifie`: changed since. */
  state: 'aucune' | 'a-jour' | 'modifie';
  /** One sentence for the page, in FALC French. */
  sentence: string;
  reviewers: string[];
  date?: Date;
}

/**
 * The review state of a guide, from its source file (the header and the text) and its header data.
 * The page says « relu le … » only when the text is still the one the readers checked.
 */
export function reviewState(source: string, review: Review | undefined): ReviewState {
  if (!review) return { state: 'aucune', sentence: 'Des lecteurs n’ont pas encore relu ce guide.', reviewers: [] };
  const names = review.par.join(', ');
  const when = dateInWords(review.date);
  if (readerFingerprint(source) === review.empreinte) {
    return { state: 'a-jour', sentence: `Relu le ${when} par ${names}.`, reviewers: review.par, date: review.date };
  }
  return { state: 'modifie', sentence: `Relu le ${when} par ${names}, modifié depuis la relecture.`, reviewers: review.par, date: review.date };
}

/** What one page says about the review, for the people who see this build. */
export interface ReviewNotice {
  /** The sentence under the guide (guide page) or under its title (accessibility statement); none when nothing is said. */
  sentence?: string;
  /** For authors only (preview build): what to do because the text changed after the review. */
  author?: string;
}

/**
 * What a page shows about the review of a guide. A preview build (authors) tells everything,
 * « modifié depuis la relecture » included, and says what to do. A published build (readers) never
 * shows the state of the work: a guide changed since its review is not said to be « relu » (that
 * would be false), and its page says nothing about the review; the accessibility statement (`list`)
 * says that the latest version is not reviewed yet, as it must list what is not done.
 */
export function reviewNotice(state: ReviewState, options: { preview: boolean; list?: boolean }): ReviewNotice {
  const { preview, list = false } = options;
  if (state.state === 'a-jour') return { sentence: state.sentence };
  if (state.state === 'aucune') return list ? { sentence: state.sentence } : {};
  if (preview) {
    return {
      sentence: state.sentence,
      author: `Le texte a changé depuis la relecture du ${dateInWords(state.date!)}. Faites relire les changements par les lecteurs. Puis enregistrez la nouvelle relecture : dans l’éditeur de guides, bouton « Les lecteurs ont relu le texte enregistré », ou avec la commande falc relecture.`,
    };
  }
  return list ? { sentence: 'La dernière version de ce guide n’a pas encore été relue par des lecteurs.' } : {};
}

/** The credit line that the European Easy-to-Read logo must carry (Inclusion Europe's rules). */
export const EASY_TO_READ_CREDIT = '© Logo européen Facile à lire : Inclusion Europe. Plus d’informations sur le site www.inclusion-europe.eu/easy-to-read';

/** Where the site owner puts the logo file, when they have the right to use it. */
export const EASY_TO_READ_LOGO_FILES = ['logo-facile-a-lire.svg', 'logo-facile-a-lire.png', 'logo-facile-a-lire.jpg'];
