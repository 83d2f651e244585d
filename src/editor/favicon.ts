/**
 * Keystatic's page has no `<link rel="icon">`, so the browser asks for `/favicon.ico`, which the site does
 * not have: a 404 error in the console each time the editor opens. In the editor only (`astro dev` with
 * astro.editeur.config.mjs), `/favicon.ico` sends the browser to the site's icon, `/favicon.svg`.
 */
import type { AstroIntegration } from 'astro';

export const FAVICON = '/favicon.svg';

export function editorFavicon(): AstroIntegration {
  return {
    name: 'falc-guides:editeur-icone',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.url !== '/favicon.ico') return next();
          response.statusCode = 302;
          response.setHeader('Location', FAVICON);
          response.end();
        });
      },
    },
  };
}
