/**
 * An Astro integration that rewrites @keystatic/core's code as Vite serves it, whether Vite
 * pre-bundles the package (optimizeDeps) or not. `rewrite` returns the new code, or undefined when the
 * file is not the one it changes. Used by src/editor/offline.ts and src/editor/insert-button.ts.
 */
import type { AstroIntegration } from 'astro';

export function keystaticPatch(name: string, rewrite: (code: string, id: string) => string | undefined): AstroIntegration {
  const transform = {
    filter: { id: /@keystatic[\\/]core[\\/]dist[\\/]/ },
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
            plugins: [{ name: `falc-${name}`, enforce: 'pre', transform }],
            optimizeDeps: { rolldownOptions: { plugins: [{ name: `falc-${name}`, transform }] } },
          },
        });
      },
    },
  };
}
