import { publicAddress } from '../../src/site/publication.ts';
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

/** The pages of the Espace auteurs; every other page is a reader's page. */
export const AUTHOR_PAGES: string[] = PAGES.filter((path) => /^\/(auteurs|regles|pictos|verifier)\//.test(path));
export const READER_PAGES: string[] = PAGES.filter((path) => !AUTHOR_PAGES.includes(path));
export const GUIDE_PAGES: string[] = PAGES.filter((path) => path.startsWith('/guides/'));

/** The build being tested is a preview for authors (FALC_PREVIEW=1): drafts are shown, with their status. */
export const PREVIEW = /^(1|true|oui|yes)$/i.test(process.env.FALC_PREVIEW ?? '');

/** The site's public address given to the build (FALC_SITE_URL), when it is a real one. */
export const SITE_URL: string | undefined = publicAddress(process.env.FALC_SITE_URL)?.href;
