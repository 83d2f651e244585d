import type { Place } from '../schemas/guide.ts';

/** A local office as a local edition shows it in `<Lieu local="…">`. */
export interface EditionPlace {
  type: string;
  nom: string;
  adresse: string;
  telephone?: string;
  horaires?: string;
  lien?: string;
  picto?: string;
  rendezVous?: string;
  accessibilite?: string;
  /** The place's own text (the body of its file), as HTML. */
  html: string;
}

/** Where a page puts the office of its local edition, for the `<Lieu>` components it renders. */
export interface EditionLocals {
  falcEdition?: EditionPlace;
}

/** True when a place is published: places marked as examples only when FALC_EXEMPLES=1 (tests). */
export function isPublishedPlace(place: Pick<Place, 'exemple'>, env: Record<string, string | undefined> = process.env): boolean {
  return !place.exemple || env.FALC_EXEMPLES === '1';
}

/** The office of the page's local edition that replaces `<Lieu local="type">`, if any. */
export function localPlace(locals: object, type: string): EditionPlace | undefined {
  const place = (locals as EditionLocals).falcEdition;
  return place && place.type === type ? place : undefined;
}

/** The edition's office, from the place's header and its rendered text. */
export function editionPlace(place: Place, html: string): EditionPlace {
  const { type, nom, adresse, telephone, horaires, lien, picto, rendezVous, accessibilite } = place;
  return { type, nom, adresse, html, ...(telephone ? { telephone } : {}), ...(horaires ? { horaires } : {}), ...(lien ? { lien } : {}), ...(picto ? { picto } : {}), ...(rendezVous ? { rendezVous } : {}), ...(accessibilite ? { accessibilite } : {}) };
}
