/**
 * An Astro integration that rewrites @keystatic/core's code as Vite serves it, whether Vite
 * pre-bundles the package (optimizeDeps) or not. `rewrite` returns the new code, or undefined when the
 * file is not the one it changes. `files` chooses the files (by default, @keystatic/core's code). Used by src/editor/offline.ts, src/editor/insert-button.ts and
 * src/editor/french-ui.ts.
 *
 * Vite keeps its pre-bundled packages (`.astro/vite-editeur/deps/`) until its configuration changes, and
 * it sees the plugins by name only: after a change of a rewrite (a new French word), `npm run editer`
 * served the old pre-bundled code. The plugin's name ends with a short fingerprint of the rewrite and of
 * its `data` (the translations), so that such a change makes Vite prepare the packages again.
 */
import type { AstroIntegration } from 'astro';

/** A short fingerprint (FNV-1a, 32 bits) of a text, in base 36. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The name Vite sees: changes when the rewrite or its data change. */
export function patchName(name: string, rewrite: (code: string, id: string) => string | undefined, data?: unknown): string {
  const text = `${rewrite.toString()}\n${JSON.stringify(data ?? null, (_key, value: unknown) => (value instanceof RegExp ? value.toString() : value))}`;
  return `falc-${name}-${fingerprint(text)}`;
}

/** Keystatic's own code: the files the patches rewrite, unless a patch names others. */
export const KEYSTATIC_CODE = /@keystatic[\\/]core[\\/]dist[\\/]/;

export function keystaticPatch(
  name: string,
  rewrite: (code: string, id: string) => string | undefined,
  data?: unknown,
  files: RegExp = KEYSTATIC_CODE,
): AstroIntegration {
  const pluginName = patchName(name, rewrite, data);
  const transform = {
    filter: { id: files },
    handler(code: string, id: string) {
      const out = rewrite(code, id);
      return out === undefined ? null : { code: out, map: null };
    },
  };
  return {
    name: `falc-guides:${name}`,
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [{ name: pluginName, enforce: 'pre', transform }],
            optimizeDeps: { rolldownOptions: { plugins: [{ name: pluginName, transform }] } },
          },
        });
      },
    },
  };
}
