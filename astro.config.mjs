// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import falcIntegration from './src/astro/falc-integration.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [falcIntegration({ paths: ['content/'] }), mdx()],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'always' },
  prefetch: false,
});
