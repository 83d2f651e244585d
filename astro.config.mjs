// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import cspIntegration from './src/astro/csp-integration.ts';
import falcIntegration from './src/astro/falc-integration.ts';
import minifyScriptsIntegration from './src/astro/minify-scripts-integration.ts';
import { SITE_URL } from './src/site-address.ts';
import publishingIntegration from './src/site/publishing-integration.ts';
import searchIntegration from './src/site/search-integration.ts';
import { guideStructurePlugin, sentenceLines, stripFalcIgnore } from './src/site/satteri-plugins.ts';

// Astro 7 renders Markdown and MDX with Sätteri. Our remark plugins (src/site/remark-*.ts) run in it
// through small adapters (src/site/satteri-plugins.ts): no suppression comment in the HTML, one sentence
// per line with the checker's own splitter, and, for the MDX guides, step numbers and heading levels.
const features = { smartPunctuation: false };
const ACORN_ES_MODULE = fileURLToPath(new URL('./node_modules/acorn/dist/acorn.mjs', import.meta.url));

export default defineConfig({
  // The public address of the site: printed guides show it, with a QR code; the checker's report links
  // to the rule pages with it. Change it in src/site-address.ts when the site moves.
  site: SITE_URL,
  trailingSlash: 'always',
  markdown: {
    processor: satteri({ mdastPlugins: [stripFalcIgnore, sentenceLines], features }),
    // No syntax colouring: plain code blocks keep a 7:1 contrast and weigh less.
    syntaxHighlight: false,
  },
  integrations: [
    falcIntegration({ paths: ['content/'] }),
    publishingIntegration(),
    mdx({ processor: satteri({ mdastPlugins: [stripFalcIgnore, sentenceLines, guideStructurePlugin], features }) }),
    // The search index of the guides (Pagefind), built from the pages, before their security policy.
    searchIntegration(),
    // The readers' scripts of public/ (ecouter.js, recherche.js), minified in dist/.
    minifyScriptsIntegration(),
    // Last: a Content-Security-Policy on every built page, and no file from another site (README « Sécurité »).
    cspIntegration(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'always' },
  prefetch: false,
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks MDX pages with a `"use astro:head-inject"` directive that the bundler warns about
        // once per page (withastro/astro#18087): harmless, and a yellow box per guide looks like a failure
        // to an author. Every other warning is still shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // The /verifier/ page checks in a Web Worker that imports the engine as an ES module.
    worker: {
      format: 'es',
      // acorn-jsx asks for acorn with `require`, the MDX parser with `import`: without this, the worker
      // would carry acorn twice (its CommonJS and its ES module files, 115 KB more).
      plugins: () => [{ name: 'falc-one-acorn', enforce: 'pre', resolveId: (id) => (id === 'acorn' ? ACORN_ES_MODULE : undefined) }],
    },
    // A worker has no `document`: use the entity decoder's DOM-free build (its own "worker" export).
    resolve: {
      alias: [{ find: /^decode-named-character-reference$/, replacement: fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)) }],
    },
  },
});
