import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide.ts';

/** The guides: `content/guides/*.mdx`. Their frontmatter is checked by the same schema as the FALC checker. */
const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guides' }),
  schema: guideSchema,
});

export const collections = { guides };
