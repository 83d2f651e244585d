/**
 * `astro dev` only: the FALC report of each guide, kept up to date when a guide, a glossary entry or
 * `falc.config.json` is saved. The same engine and reporter as `falc check`; nothing of this module is
 * in the built site.
 * - `GET /__falc/rapport?guide=<slug>` answers the guide's report as JSON (the dev panel and the editor
 *   poll it), with the fingerprint of the saved text for the editor's review form;
 * - a guide page whose file cannot be shown (broken MDX, wrong header) is answered with a French page
 *   naming the file, the line and the fix, instead of Astro's error overlay or a 404.
 */
import { readdir, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { VFile } from 'vfile';
import { ConfigError, isUnreadable, type Checker } from '../engine/index.ts';
import { readerFingerprint } from '../engine/fingerprint.ts';
import { cannotBeShown } from '../engine/refusal.ts';
import { createFalcChecker } from '../falc.ts';
import { loadConfig, CONFIG_FILE } from '../node/load-config.ts';
import { forgetGlossaries, GLOSSARY_FOLDER, loadResources } from '../node/load-resources.ts';
import { readInput } from '../node/read-inputs.ts';
import { plainMessages, type PlainMessage } from '../browser/plain-messages.ts';
import { reportPretty } from '../report/pretty.ts';
import { slugOf } from '../site/guide-slug.ts';
import { blockingPage } from './dev-error-page.ts';

export { slugOf };

export const GUIDES_FOLDER = 'content/guides';
export const REPORT_PATH = '/__falc/rapport';

/** What the dev panel receives for one guide. */
export interface GuideReport {
  /** Changes each time the guide is checked again: the panel redraws only then. */
  version: number;
  file: string;
  /** The page cannot be shown: the French error page is served instead. */
  blocking: boolean;
  messages: PlainMessage[];
  /**
   * The fingerprint of the text readers see in the saved file (src/engine/fingerprint.ts, as `falc
   * relecture` computes it): the editor's review form writes it when readers read this text.
   */
  empreinte: string;
  /** A wrong `falc.config.json`, in French. */
  configError?: string;
}

export class DevReports {
  private checker: Promise<Checker> | undefined;
  private configError: string | undefined;
  private readonly reports = new Map<string, GuideReport & { mtime: number; generation: number }>();
  private version = 0;
  /** Goes up when the configuration or the glossary changes: every report made before is out of date. */
  private generation = 0;
  /** Checks in progress, per slug, so that a page request waits for the check of a just-saved file. */
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly root: string,
    private readonly logger: AstroIntegrationLogger,
  ) {}

  private async createChecker(): Promise<Checker> {
    try {
      const config = await loadConfig(undefined, this.root);
      const checker = createFalcChecker(config, await loadResources({ cwd: this.root }));
      this.configError = undefined;
      // The spelling rule builds its dictionary at the first unknown word (seconds): do it now, not at the first save.
      await checker.check(new VFile({ value: 'Bonjour zzxqwv.\n', path: 'chauffe.md' }));
      return checker;
    } catch (error) {
      // A wrong configuration: say it in French, and check with the default one meanwhile.
      this.configError = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
      this.logger.warn(`Vérification FALC : ${this.configError}`);
      return createFalcChecker({}, await loadResources({ cwd: this.root }));
    }
  }

  private async guideFiles(): Promise<string[]> {
    try {
      return (await readdir(join(this.root, GUIDES_FOLDER))).filter((name) => name.endsWith('.mdx')).sort();
    } catch {
      return [];
    }
  }

  /** Checks one guide (by file name) and keeps its report. */
  async checkGuide(name: string, quiet = false): Promise<void> {
    const slug = slugOf(name);
    const previous = this.running.get(slug);
    const run = (async () => {
      await previous;
      const generation = this.generation;
      this.checker ??= this.createChecker();
      const checker = await this.checker;
      const path = join(GUIDES_FOLDER, name);
      const absolute = join(this.root, path);
      let mtime = 0;
      try {
        mtime = (await stat(absolute)).mtimeMs;
      } catch {
        this.reports.delete(slug);
        return;
      }
      const file = await readInput(absolute);
      file.path = path.split(sep).join('/');
      if (!isUnreadable(file)) await checker.check(file);
      const report: GuideReport & { mtime: number; generation: number } = {
        version: ++this.version,
        file: file.path,
        blocking: cannotBeShown(file),
        messages: plainMessages(file),
        empreinte: readerFingerprint(String(file.value)),
        mtime,
        generation,
      };
      if (this.configError) report.configError = this.configError;
      this.reports.set(slug, report);
      if (!quiet) {
        const text = reportPretty([file]).trim();
        if (file.messages.length === 0) this.logger.info(`Vérification FALC : ${file.path} respecte les règles.`);
        else this.logger.warn(`Vérification FALC :\n${text}`);
      }
    })();
    this.running.set(slug, run);
    try {
      await run;
    } finally {
      if (this.running.get(slug) === run) this.running.delete(slug);
    }
  }

  /** True when the guide's report was made from this version of its file, with the current configuration. */
  private isFresh(slug: string, mtime: number): boolean {
    const known = this.reports.get(slug);
    return known !== undefined && known.mtime === mtime && known.generation === this.generation;
  }

  private async mtimeOf(name: string): Promise<number> {
    try {
      return (await stat(join(this.root, GUIDES_FOLDER, name))).mtimeMs;
    } catch {
      return -1;
    }
  }

  /**
   * Checks every guide again (after a glossary entry or the configuration changed). Every report is out
   * of date at once: the guide an author is looking at is checked first, when the page asks for it.
   */
  async checkAll(options: { reload?: boolean; quiet?: boolean } = {}): Promise<void> {
    if (options.reload) {
      forgetGlossaries();
      this.checker = undefined;
      this.generation += 1;
    }
    for (const name of await this.guideFiles()) {
      const slug = slugOf(name);
      await this.running.get(slug);
      if (!options.reload && this.reports.has(slug)) continue;
      if (this.isFresh(slug, await this.mtimeOf(name))) continue;
      await this.checkGuide(name, options.quiet);
    }
  }

  /** Called by the file watcher: re-checks what a saved file affects. */
  async fileChanged(absolute: string): Promise<void> {
    const path = relative(this.root, absolute).split(sep).join('/');
    if (path.startsWith(`${GUIDES_FOLDER}/`) && path.endsWith('.mdx') && !path.slice(GUIDES_FOLDER.length + 1).includes('/')) {
      await this.checkGuide(path.slice(GUIDES_FOLDER.length + 1));
    } else if ((path.startsWith(`${GLOSSARY_FOLDER}/`) && path.endsWith('.mdx')) || path === CONFIG_FILE) {
      this.logger.info(`Vérification FALC : ${path} a changé, les guides sont vérifiés de nouveau.`);
      await this.checkAll({ reload: true });
    }
  }

  /** The report of a guide, checked again first if its file changed and the watcher has not said so yet. */
  async report(slug: string): Promise<GuideReport | undefined> {
    await this.running.get(slug);
    const name = (await this.guideFiles()).find((file) => slugOf(file) === slug);
    if (!name) return undefined;
    const mtime = await this.mtimeOf(name);
    if (mtime < 0) return undefined;
    if (!this.isFresh(slug, mtime)) await this.checkGuide(name, true);
    const report = this.reports.get(slug);
    if (!report) return undefined;
    const { mtime: _mtime, generation: _generation, ...rest } = report;
    return rest;
  }

  /** Connect middleware: the report endpoint, and the French page for a guide that cannot be shown. */
  middleware() {
    return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const guide = /^\/guides\/([^/]+)\/?$/.exec(url.pathname);
      if (url.pathname === REPORT_PATH) {
        const slug = url.searchParams.get('guide') ?? '';
        this.report(slug).then(
          (report) => {
            response.setHeader('Content-Type', 'application/json; charset=utf-8');
            response.setHeader('Cache-Control', 'no-store');
            response.end(JSON.stringify(report ?? null));
          },
          () => {
            response.statusCode = 500;
            response.end('null');
          },
        );
        return;
      }
      if (!guide || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
      const slug = decodeURIComponent(guide[1] ?? '');
      this.report(slug).then(
        (report) => {
          if (!report?.blocking) return next();
          response.statusCode = 200;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(blockingPage(report, slug));
        },
        () => next(),
      );
    };
  }
}
