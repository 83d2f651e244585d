/**
 * The editor's page never reloads by itself. After each save, `astro dev` sees the guide change and
 * tells every open page to reload (Astro's content layer sends Vite's `full-reload`). On the site's pages
 * that shows the new text; on Keystatic's page it threw the form away: right after « Créer », the page
 * could come back as an empty « Ajouter » form before Keystatic had opened the new guide, and a reload
 * after any save loses what the author is typing in another guide. Vite reloads only the page named by
 * the message when its `path` ends with `.html`: on Keystatic's pages, the message is given the name of
 * a page that does not exist. Other pages (the guide's page beside the editor) still reload.
 */
export const NO_PAGE = '/__falc-editeur-ne-recharge-pas.html';

/** True for the addresses of Keystatic's pages (/keystatic, /keystatic/collection/guides/…). */
export function isEditorPage(pathname: string): boolean {
  return pathname === '/keystatic' || pathname.startsWith('/keystatic/');
}

if (import.meta.hot && typeof location !== 'undefined') {
  import.meta.hot.on('vite:beforeFullReload', (payload: { path?: string }) => {
    if (isEditorPage(location.pathname)) payload.path = NO_PAGE;
  });
}
