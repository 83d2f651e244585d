/**
 * The editor works without network: Keystatic's interface asks Google Fonts for the Inter font
 * (a `<link>` to fonts.googleapis.com in @keystatic/core's UI). This integration removes that link
 * from the code Vite serves, whether Vite pre-bundles the package (optimizeDeps) or not. The interface
 * then uses the fonts of the computer. tests/e2e-editeur checks that no request leaves 127.0.0.1.
 */
import type { AstroIntegration } from 'astro';

const FONT_LINK = /\/\*#__PURE__\*\/jsx\("link", \{\s*href: "https:\/\/fonts\.googleapis\.com\/[^"]*",\s*rel: "stylesheet"\s*\}\)/g;
const FONT_URL = /https:\/\/fonts\.(googleapis|gstatic)\.com\//;

/** The code without the link to Google Fonts; throws if the link is there in an unknown form. */
export function withoutRemoteFonts(code: string, id: string): string | undefined {
  if (!FONT_URL.test(code)) return undefined;
  const out = code.replace(FONT_LINK, 'null');
  if (FONT_URL.test(out)) throw new Error(`L’éditeur charge encore une police d’un autre site (${id}) : mettez à jour src/editor/offline.ts.`);
  return out;
}

const transform = {
  filter: { id: /@keystatic[\\/]core[\\/]dist[\\/]/ },
  handler(code: string, id: string) {
    const out = withoutRemoteFonts(code, id);
    return out === undefined ? null : { code: out, map: null };
  },
};

export function offlineEditor(): AstroIntegration {
  return {
    name: 'falc-guides:editeur-hors-ligne',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [{ name: 'falc-editeur-sans-police-distante', enforce: 'pre', transform }],
            optimizeDeps: { rolldownOptions: { plugins: [{ name: 'falc-editeur-sans-police-distante', transform }] } },
          },
        });
      },
    },
  };
}
