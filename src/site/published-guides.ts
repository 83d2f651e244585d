import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, publicationSettings } from './publication.ts';

/** This build's publication settings: a preview in `astro dev` and with FALC_PREVIEW=1. */
export const publication = publicationSettings(process.env, import.meta.env.DEV);

/** The guides this build shows to readers, in their order, then by title. */
export async function publishedGuides(): Promise<Array<CollectionEntry<'guides'>>> {
  return (await getCollection('guides'))
    .filter((guide) => isPublished(guide.data.status, publication))
    .sort((a, b) => (a.data.order ?? 1000) - (b.data.order ?? 1000) || a.data.title.localeCompare(b.data.title, 'fr'));
}
