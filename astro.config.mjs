// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import cspIntegration from './src/astro/csp-integration.ts';
import falcIntegration from './src/astro/falc-integration.ts';
import { guideStructurePlugin, sentenceLines, stripFalcIgnore } from './src/site/satteri-plugins.ts';

// Astro 7 renders Markdown and MDX with Sätteri. Our remark plugins (src/site/remark-*.ts) run in it
// through small adapters (src/site/satteri-plugins.ts): no suppression comment in the HTML, one sentence
// per line with the checker's own splitter, and, for the MDX guides, step numbers and heading levels.
const features = { smartPunctuation: false };

export default defineConfig({
  // The public address of the site: printed guides show it, with a QR code. Change it when the site moves.
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  markdown: {
    processor: satteri({ mdastPlugins: [stripFalcIgnore, sentenceLines], features }),
    // No syntax colouring: plain code blocks keep a 7:1 contrast and weigh less.
    syntaxHighlight: false,
  },
  integrations: [
    falcIntegration({ paths: ['content/'] }),
    mdx({ processor: satteri({ mdastPlugins: [stripFalcIgnore, sentenceLines, guideStructurePlugin], features }) }),
    // Last: a Content-Security-Policy on every built page, and no file from another site (README « Sécurité »).
    cspIntegration(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'always' },
  prefetch: false,
});
