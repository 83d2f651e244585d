import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { glossarySchema, guideSchema } from './schemas/guide.ts';

/** The guides: `content/guides/*.mdx`. Their frontmatter is checked by the same schema as the FALC checker. */
const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guides' }),
  schema: guideSchema,
});

/** The glossary: `content/glossaire/*.mdx`, one word per file. The body is the definition. */
const glossaire = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/glossaire' }),
  schema: glossarySchema,
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

export const collections = { guides, glossaire, regles };
