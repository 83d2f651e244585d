import type { AstroIntegrationLogger } from 'astro';
import { VFile } from 'vfile';
import type { AllowListOptions } from '../engine/allow-list.ts';
import { guardGuide } from '../engine/guard.ts';
import { ruleUrl } from '../engine/index.ts';
import { reportPretty } from '../report/pretty.ts';

export interface GuardOptions {
  command: 'build' | 'dev' | 'preview' | 'sync';
  logger: AstroIntegrationLogger;
  /**
   * What the project adds to the allow-list, read for each guide (falc.config.json can change while
   * `astro dev` runs): `allowListIn(root)`, the same `allowListOf` as the checker's configuration.
   */
  allowList?: () => AllowListOptions;
  /**
   * Folders of the site's own code (`src/`, `node_modules/`): their `.mdx` files are written by the
   * developers, not by authors, and may import components.
   */
  trusted: string[];
}

/** The French report for a refused guide, with each rule's page, as `falc check` prints it. */
export function refusalReport(file: VFile): string {
  for (const message of file.messages) if (message.ruleId && message.ruleId !== 'syntaxe-mdx' && !message.url) message.url = ruleUrl(message.ruleId);
  return reportPretty([file]);
}

/**
 * A Vite plugin that runs BEFORE the MDX compiler (`enforce: 'pre'`, registered before @astrojs/mdx):
 * every `.mdx` file that the site imports is checked against the allow-list. A guide with code, raw
 * HTML or an unsafe address never reaches the compiler, so nothing in it can run. `astro build` stops
 * with the checker's French message and exit code 1; `astro dev` shows the message as the error.
 */
export function guardMdx(options: GuardOptions) {
  return {
    name: 'falc-guides:allow-list',
    enforce: 'pre' as const,
    transform: {
      // Exactly the files the MDX compiler takes (@astrojs/mdx filters on /\.mdx$/); `?query` ids are
      // Astro's JS wrappers, not MDX.
      filter: { id: /\.mdx$/ },
      handler(code: string, id: string) {
        const path = id;
        if (options.trusted.some((folder) => path.startsWith(folder)) || path.includes('/node_modules/')) return null;
        const file = new VFile({ path, value: code });
        if (!guardGuide(file, options.allowList?.() ?? {})) return null;
        const report = refusalReport(file);
        const summary = 'Ce guide contient du code ou des balises interdites : il n’est pas compilé. Corrigez les erreurs ci-dessus, puis relancez.';
        if (options.command === 'build') {
          process.stderr.write(`\n${report}\n`);
          options.logger.error(`${summary} Le site n’est pas construit.`);
          // Stop here, without a stack trace: the report above says everything the author needs.
          process.exit(1);
        }
        throw new Error(`${report}\n${summary}`);
      },
    },
  };
}
