/**
 * The editor works without network: Keystatic's interface asks Google Fonts for the Inter font
 * (a `<link>` to fonts.googleapis.com in @keystatic/core's UI). This integration removes that link
 * from the code Vite serves, whether Vite pre-bundles the package (optimizeDeps) or not. The interface
 * then uses the fonts of the computer. tests/e2e-editeur checks that no request leaves 127.0.0.1.
 */
import type { AstroIntegration } from 'astro';
import { keystaticPatch } from './keystatic-patch.ts';

const FONT_LINK = /\/\*#__PURE__\*\/jsx\("link", \{\s*href: "https:\/\/fonts\.googleapis\.com\/[^"]*",\s*rel: "stylesheet"\s*\}\)/g;
const FONT_URL = /https:\/\/fonts\.(googleapis|gstatic)\.com\//;

/** The code without the link to Google Fonts; throws if the link is there in an unknown form. */
export function withoutRemoteFonts(code: string, id: string): string | undefined {
  if (!FONT_URL.test(code)) return undefined;
  const out = code.replace(FONT_LINK, 'null');
  if (FONT_URL.test(out)) throw new Error(`L’éditeur charge encore une police d’un autre site (${id}) : mettez à jour src/editor/offline.ts.`);
  return out;
}

export function offlineEditor(): AstroIntegration {
  return keystaticPatch('editeur-hors-ligne', withoutRemoteFonts);
}
