import { defineMiddleware } from 'astro:middleware';
import { frenchSpacesHtml } from './french-spaces.ts';
import { compactHtml } from './compact-html.ts';
import { markExternalLinks } from './print-links.ts';

/**
 * Every HTML page, in `astro dev` and in the build: French no-break spaces in the text, short
 * printed addresses on the links that leave the site, and no useless line ends (src/site/compact-html.ts).
 * Added by src/site/publishing-integration.ts.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  return new Response(markExternalLinks(frenchSpacesHtml(compactHtml(html))), { status: response.status, statusText: response.statusText, headers: response.headers });
});
