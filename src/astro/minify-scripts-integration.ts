import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';

/** The readers' scripts, written by hand in public/ and copied as they are by Astro. */
export const PUBLIC_SCRIPTS = ['ecouter.js', 'recherche.js'];

/** A script without its comments and long names: same behaviour, fewer bytes for the reader's phone. */
export async function minifyScript(source: string): Promise<string> {
  const { code } = await transform(source, { minify: true, target: 'es2020', charset: 'utf8', legalComments: 'none' });
  return code;
}

/**
 * After `astro build`: the readers' scripts in dist/ are minified (esbuild). public/ keeps the
 * readable source, and `astro dev` serves it as it is.
 */
export default function minifyScriptsIntegration(): AstroIntegration {
  return {
    name: 'falc-guides:scripts',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const name of PUBLIC_SCRIPTS) {
          const file = fileURLToPath(new URL(name, dir));
          const source = await readFile(file, 'utf8').catch(() => undefined);
          if (source !== undefined) await writeFile(file, await minifyScript(source));
        }
      },
    },
  };
}
