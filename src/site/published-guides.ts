import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublishedPlace } from './editions.ts';
import { isPublished, publicationSettings } from './publication.ts';

/** This build's publication settings: a preview in `astro dev` and with FALC_PREVIEW=1. */
export const publication = publicationSettings(process.env, import.meta.env.DEV);

/** The guides this build shows to readers, in their order, then by title. */
export async function publishedGuides(): Promise<Array<CollectionEntry<'guides'>>> {
  return (await getCollection('guides'))
    .filter((guide) => isPublished(guide.data.status, publication))
    .sort((a, b) => (a.data.order ?? 1000) - (b.data.order ?? 1000) || a.data.title.localeCompare(b.data.title, 'fr'));
}

/** The local editions this build shows: each published place with each published guide it names. */
export async function publishedEditions(): Promise<Array<{ guide: CollectionEntry<'guides'>; place: CollectionEntry<'lieux'> }>> {
  const guides = await publishedGuides();
  const places = (await getCollection('lieux'))
    .filter((place) => isPublishedPlace(place.data))
    .sort((a, b) => a.data.commune.localeCompare(b.data.commune, 'fr'));
  return places.flatMap((place) =>
    place.data.guides.flatMap((id) => {
      const guide = guides.find((candidate) => candidate.id === id);
      return guide ? [{ guide, place }] : [];
    }),
  );
}
