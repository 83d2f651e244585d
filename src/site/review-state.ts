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

/** The credit line that the European Easy-to-Read logo must carry (Inclusion Europe's rules). */
export const EASY_TO_READ_CREDIT = '© Logo européen Facile à lire : Inclusion Europe. Plus d’informations sur le site www.inclusion-europe.eu/easy-to-read';

/** Where the site owner puts the logo file, when they have the right to use it. */
export const EASY_TO_READ_LOGO_FILES = ['logo-facile-a-lire.svg', 'logo-facile-a-lire.png', 'logo-facile-a-lire.jpg'];
