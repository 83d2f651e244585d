/**
 * The editor's page does not reload after a save. After each save, `astro dev` sees the guide change and
 * tells every open page to reload (Astro's content layer sends Vite's `full-reload`). On the site's pages
 * that shows the new text; on Keystatic's page it threw the form away: right after « Créer », the page
 * could come back as an empty « Ajouter » form before Keystatic had opened the new guide, and a reload
 * after a save loses what the author is typing in another guide. The server marks these reloads
 * (src/editor/content-reload.ts). Vite reloads only the page named by the message when its `path` ends
 * with `.html`: on Keystatic's pages, a marked message is given the name of a page that does not exist.
 * Other reloads (new dependencies prepared by Vite, code changed) and other pages are not touched.
 */
export const CONTENT_RELOAD_FLAG = 'falcContenu';
export const NO_PAGE = '/__falc-editeur-ne-recharge-pas.html';

/** True for the addresses of Keystatic's pages (/keystatic, /keystatic/collection/guides/…). */
export function isEditorPage(pathname: string): boolean {
  return pathname === '/keystatic' || pathname.startsWith('/keystatic/');
}

if (import.meta.hot && typeof location !== 'undefined') {
  import.meta.hot.on('vite:beforeFullReload', (payload: { path?: string; [CONTENT_RELOAD_FLAG]?: boolean }) => {
    if (payload[CONTENT_RELOAD_FLAG] === true && isEditorPage(location.pathname)) payload.path = NO_PAGE;
  });
}
