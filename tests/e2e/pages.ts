import { globSync } from 'tinyglobby';

/** Every page of the built site (dist/), as paths: `/`, `/guides/domiciliation/`, `/404.html`… */
export const PAGES: string[] = globSync('**/*.html', { cwd: 'dist' })
  .sort()
  .map((file) => (file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`));

if (PAGES.length === 0) throw new Error('Le site n’est pas construit : lancez « npx astro build » avant les tests.');

export const GUIDE = '/guides/domiciliation/';

/** WCAG 1.4.12 text spacing, as in the usual bookmarklet. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;
