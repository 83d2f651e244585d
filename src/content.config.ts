import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { glossarySchema, guideSchema, placeSchema } from './schemas/guide.ts';
import { slugOf } from './site/guide-slug.ts';

/**
 * Example guides for the tests (`tests/fixtures/guides-exemples/`), built only when FALC_EXEMPLES=1:
 * never in `content/`, so the checker, the facts test and a production build never see them.
 */
const EXAMPLE_GUIDES = 'tests/fixtures/guides-exemples';
const GUIDE_FOLDERS = ['content/guides', ...(process.env.FALC_EXEMPLES === '1' ? [EXAMPLE_GUIDES] : [])];

/** The guides: `content/guides/*.mdx`. Their frontmatter is checked by the same schema as the FALC checker. */
const guides = defineCollection({
  loader: glob({
    pattern: GUIDE_FOLDERS.map((folder) => `${folder}/**/*.mdx`),
    base: '.',
    // The id is the path inside its folder, as with `base: './content/guides'`: `domiciliation`.
    generateId: ({ entry }) => {
      const folder = GUIDE_FOLDERS.find((candidate) => entry.startsWith(`${candidate}/`));
      return slugOf(folder ? entry.slice(folder.length + 1) : entry);
    },
  }),
  schema: guideSchema,
});

/** The glossary: `content/glossaire/*.mdx`, one word per file. The body is the definition. */
const glossaire = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/glossaire' }),
  schema: glossarySchema,
});

/**
 * The local offices: `content/lieux/*.md`, one office per file. Each one gets a local edition of the
 * guides it names. A place marked `exemple: true` is built only when FALC_EXEMPLES=1 (tests).
 */
const lieux = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/lieux' }),
  schema: placeSchema,
});

/** The rules of the checker, for authors: `rules/<id>/README.md`. The id is the folder name. */
const regles = defineCollection({
  loader: glob({
    pattern: '*/README.md',
    base: './rules',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: z.object({}).strict(),
});

export const collections = { guides, glossaire, lieux, regles };
