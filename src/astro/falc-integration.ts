import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isUnreadable, severityOf } from '../engine/index.ts';
import { checkPaths } from '../node/check-files.ts';
import { allowListIn } from '../node/load-config.ts';
import { reportPretty } from '../report/pretty.ts';
import { guardMdx } from './guard-mdx.ts';
import { DevReports } from './dev-report.ts';

/** The dev panel's script: injected in `astro dev` only, never in the built site. */
const DEV_PANEL = fileURLToPath(new URL('./dev-panel.ts', import.meta.url));

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
  let root = process.cwd();
  return {
    name: 'falc-guides:check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig, injectScript }) => {
        // Before anything compiles: every imported .mdx is checked against the allow-list (no code, no
        // raw HTML, no unsafe address), whatever falc.config.json says (only its list of extra components
        // counts). See src/astro/guard-mdx.ts.
        // The project's additions (falc.config.json) are read by the same function as the checker's.
        const projectRoot = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [guardMdx({ command, logger, trusted: [fileURLToPath(config.srcDir)], allowList: () => allowListIn(projectRoot) })] } });
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        if (command === 'dev') {
          injectScript('page', `import ${JSON.stringify(DEV_PANEL)};`);
          // No English error overlay over a guide: the dev panel says in French what is wrong.
          // A save is seen once the file stops growing: an editor that writes a file in several pieces
          // must not have Vite compile half a guide (the second event of a save can be dropped, and the
          // page would keep the error of the half file until a restart).
          updateConfig({ vite: { server: { hmr: { overlay: false }, watch: { awaitWriteFinish: { stabilityThreshold: 200, pollInterval: 50 } } } } });
        }
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
      // astro dev: each save of a guide, a glossary entry or falc.config.json checks the guides it
      // affects again; the guide's page shows the report (src/astro/dev-panel.ts), and a guide that
      // cannot be built shows a French page instead of Astro's error overlay or a 404.
      'astro:server:setup': ({ server, logger }) => {
        const reports = new DevReports(root, logger);
        void reports.checkAll({ quiet: true });
        server.middlewares.use(reports.middleware());
        // Once a saved file is checked, open guide pages fetch their report at once instead of at their next poll.
        const changed = (path: string) =>
          void reports
            .fileChanged(path)
            .then(() => server.ws.send('falc:rapport', {}))
            .catch((error: unknown) => logger.error(String(error)));
        server.watcher.on('change', changed);
        server.watcher.on('add', changed);
        server.watcher.on('unlink', changed);
        server.watcher.add([`${root}/falc.config.json`]);
      },
    },
  };
}
