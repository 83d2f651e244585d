import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { applyCsp, foreignReport } from './csp.ts';

/**
 * After `astro build`: every page gets its Content-Security-Policy, computed from the page itself
 * (src/astro/csp.ts), and the build stops (exit code 1) when a page or a CSS file would load anything
 * from another site.
 */
export default function cspIntegration(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'falc-guides:csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const origin = site ? new URL(site).origin : 'null';
        const result = await applyCsp(fileURLToPath(dir), origin);
        if (result.foreign.length > 0) {
          process.stderr.write(`\n${foreignReport(result.foreign)}\n\n`);
          logger.error(`Des pages chargent des fichiers d’un autre site : ${result.foreign.length}. Le site ne doit rien charger d’un autre site. Corrigez les pages ci-dessus, puis relancez.`);
          process.exit(1);
        }
        logger.info(`Politique de sécurité du contenu (CSP) ajoutée à ${result.pages} pages. Aucune page ne charge de fichier d’un autre site.`);
      },
    },
  };
}
