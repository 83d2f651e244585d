// @ts-check
// The guide editor (`npm run editer`): the site in `astro dev`, with its FALC report, plus Keystatic's
// forms at /keystatic. Only this configuration loads Keystatic and React: `npm run build` uses
// astro.config.mjs and publishes nothing of the editor (tests/editor/production.test.ts).
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import site from './astro.config.mjs';
import { offlineEditor } from './src/editor/offline.ts';

const port = Number(process.env.FALC_EDITOR_PORT ?? 4323);

// A plain object (not defineConfig): the site's configuration is spread into it as it is.
export default {
  ...site,
  integrations: [...(site.integrations ?? []), react(), keystatic(), offlineEditor()],
  // Keystatic's own addresses have no final slash (/keystatic/collection/guides).
  trailingSlash: 'ignore',
  server: { host: '127.0.0.1', port },
};
