// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import falcIntegration from './src/astro/falc-integration.ts';
import publishingIntegration from './src/site/publishing-integration.ts';
import { guideStructurePlugin, sentenceLines, stripFalcIgnore } from './src/site/satteri-plugins.ts';

// Astro 7 renders Markdown and MDX with Sätteri. Our remark plugins (src/site/remark-*.ts) run in it
// through small adapters (src/site/satteri-plugins.ts): no suppression comment in the HTML, one sentence
// per line with the checker's own splitter, and, for the MDX guides, step numbers and heading levels.
const features = { smartPunctuation: false };

export default defineConfig({
  // The public address of the site (FALC_SITE_URL=https://…): printed guides show it, with a QR code.
  // Without it (localhost), printed guides have no QR code and the build says so.
  site: process.env.FALC_SITE_URL || 'http://localhost:4321',
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
  ],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'always' },
  prefetch: false,
});
