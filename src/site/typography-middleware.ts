import { defineMiddleware } from 'astro:middleware';
import { frenchSpacesHtml } from './french-spaces.ts';
import { markExternalLinks } from './print-links.ts';

/**
 * Every HTML page, in `astro dev` and in the build: French no-break spaces in the text, and short
 * printed addresses on the links that leave the site. Added by src/site/publishing-integration.ts.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  return new Response(markExternalLinks(frenchSpacesHtml(html)), { status: response.status, statusText: response.statusText, headers: response.headers });
});
