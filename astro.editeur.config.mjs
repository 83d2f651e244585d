// @ts-check
// The guide editor (`npm run editer`): the site in `astro dev`, with its FALC report, plus Keystatic's
// forms at /keystatic. Only this configuration loads Keystatic and React: `npm run build` uses
// astro.config.mjs and publishes nothing of the editor (tests/editor/production.test.ts).
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import { searchForWorkspaceRoot } from 'vite';
import site from './astro.config.mjs';
import { markContentReloads } from './src/editor/content-reload.ts';
import { editorFavicon } from './src/editor/favicon.ts';
import { frenchInterface } from './src/editor/french-ui.ts';
import { namedInsertButton } from './src/editor/insert-button.ts';
import { offlineEditor } from './src/editor/offline.ts';

const port = Number(process.env.FALC_EDITOR_PORT ?? 4323);
const root = fileURLToPath(new URL('.', import.meta.url));

// A plain object (not defineConfig): the site's configuration is spread into it as it is.
export default {
  ...site,
  integrations: [...(site.integrations ?? []), react(), keystatic(), offlineEditor(), editorFavicon(), markContentReloads(), namedInsertButton(), frenchInterface()],
  // Keystatic's own addresses have no final slash (/keystatic/collection/guides).
  trailingSlash: 'ignore',
  server: { host: '127.0.0.1', port },
  vite: {
    ...site.vite,
    // The editor's own cache of prepared packages, in this folder's `.astro/`: the site's `astro dev` and the
    // editor (whose Vite configuration differs) no longer make each other prepare everything again, and the
    // e2e test's copy of the project does not write in the project's `node_modules/.vite`.
    cacheDir: fileURLToPath(new URL('./.astro/vite-editeur/', import.meta.url)),
    // `node_modules` may be a link to another folder: the editor's e2e test runs it in a copy of the
    // project whose `node_modules` links to the project's (tests/e2e-editeur/project-copy.ts). Vite
    // serves only the files of the project's folder, so the folder the link points to is allowed too.
    server: { fs: { allow: [searchForWorkspaceRoot(root), realpathSync(new URL('./node_modules', import.meta.url))] } },
  },
};
