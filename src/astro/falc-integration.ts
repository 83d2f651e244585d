import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isUnreadable, severityOf } from '../engine/index.ts';
import { checkPaths } from '../node/check-files.ts';
import { reportPretty } from '../report/pretty.ts';
import { guardMdx } from './guard-mdx.ts';

export interface FalcIntegrationOptions {
  /** Folders or globs to check before building. */
  paths?: string[];
}

/**
 * Checks the guides with the FALC checker before Astro builds the site: the build stops on any FALC
 * error, with the same French report as `falc check` (same engine, same reporter).
 */
export default function falcIntegration(options: FalcIntegrationOptions = {}): AstroIntegration {
  const paths = options.paths ?? ['content/'];
  return {
    name: 'falc-guides:check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        // Before anything compiles: every imported .mdx is checked against the allow-list (no code, no
        // raw HTML, no unsafe address), whatever falc.config.json says. See src/astro/guard-mdx.ts.
        updateConfig({ vite: { plugins: [guardMdx({ command, logger, trusted: [fileURLToPath(config.srcDir)] })] } });
        if (command !== 'build' && command !== 'dev') return;
        const files = await checkPaths(paths);
        const failed = files.some((file) => isUnreadable(file) || file.messages.some((message) => severityOf(message) === 'error'));
        const report = reportPretty(files);
        if (!failed) {
          logger.info(`Vérification FALC : ${report.trim().split('\n').pop() ?? ''}`);
          return;
        }
        if (command === 'dev') {
          logger.warn(`Vérification FALC : des règles ne sont pas respectées.\n${report}`);
          return;
        }
        process.stderr.write(`\n${report}\n`);
        logger.error('La vérification FALC a trouvé des erreurs dans les guides : le site n’est pas construit. Corrigez les erreurs ci-dessus, puis relancez.');
        // Stop here, without a stack trace: the report above says everything the author needs.
        process.exit(1);
      },
    },
  };
}
