import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Where the search files go in the built site (the home page loads them from there). */
export const SEARCH_FOLDER = 'pagefind';

/**
 * What the search does not read in a guide page: pictograms, glossary definitions (a word explained
 * in a guide is not what the guide is about), author notes, listen buttons, glossary, sources, footer, the printed address.
 * Selectors here rather than `data-pagefind-ignore` attributes: the guide page stays lighter.
 */
export const SEARCH_EXCLUDED = ['svg', '.mot-def', '.apercu', '.lecteur', '.mots-du-guide', '.sources', '.guide-pied', '.imprime'];

/**
 * Builds the search index of the site with Pagefind, after `astro build`: French words, from the
 * guide pages only (they carry `data-pagefind-body`). The index is a folder of static files in dist/:
 * the search runs in the reader's browser, with no server and nothing from another site.
 * Returns how many pages were indexed.
 */
export async function buildSearchIndex(dist: string): Promise<{ pages: number; errors: string[] }> {
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'fr', excludeSelectors: SEARCH_EXCLUDED });
    if (!index) return { pages: 0, errors };
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) return { pages: 0, errors: added.errors };
    const written = await index.writeFiles({ outputPath: join(dist, SEARCH_FOLDER) });
    // Every page is read, but only the guides (data-pagefind-body) are kept: one fragment each.
    const fragments = join(dist, SEARCH_FOLDER, 'fragment');
    return { pages: existsSync(fragments) ? readdirSync(fragments).length : 0, errors: written.errors };
  } finally {
    await close();
  }
}

/** After `astro build`: the search index of the guides (README « Chercher un guide »). */
export default function searchIntegration(): AstroIntegration {
  return {
    name: 'falc-guides:recherche',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const result = await buildSearchIndex(dist);
        if (result.errors.length > 0) {
          logger.error(`La recherche n’a pas pu être construite : ${result.errors.join(' ; ')}`);
          process.exit(1);
        }
        logger.info(`Recherche : ${result.pages} guides sont dans l’index (dossier ${SEARCH_FOLDER}/).`);
      },
    },
  };
}
