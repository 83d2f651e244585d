import type { VFile } from 'vfile';
import { reportGithub } from './github.ts';
import { createJsonStream, reportJson } from './json.ts';
import { prettyFile, prettySummary, reportPretty } from './pretty.ts';
import type { Counts } from './summary.ts';
import { reportSarif } from './sarif.ts';

export interface ReporterOptions {
  color?: boolean;
  verbose?: boolean;
  /** Short French title of each rule, by id (for SARIF). */
  titles?: Readonly<Record<string, string>>;
  /** The site's address, for full addresses of the rule pages. */
  siteUrl?: string;
}

/** Reporters: VFile[] in, text out. The CLI alone decides the exit code. */
export const REPORTERS: Record<string, (files: readonly VFile[], options: ReporterOptions) => string> = {
  pretty: (files, options) => reportPretty(files, options),
  json: (files) => reportJson(files),
  sarif: (files, options) => reportSarif(files, options.titles ? { titles: options.titles } : {}),
  github: (files) => reportGithub(files),
};

/**
 * Reporters that write their report file by file, in input order: `falc check` drops each file once
 * reported, so that memory stays flat over thousands of files. The text is the same as the reporter's
 * of the same name on all the files. SARIF is one object: it is not written file by file.
 */
export interface StreamReporter {
  start(): string;
  file(file: VFile): string;
  end(counts: Counts): string;
}

export const STREAM_REPORTERS: Record<string, (options: ReporterOptions) => StreamReporter> = {
  pretty: (options) => ({ start: () => '', file: (file) => prettyFile(file, options), end: (counts) => prettySummary(counts, options) }),
  json: () => createJsonStream(),
  github: () => ({ start: () => '', file: (file) => reportGithub([file]), end: () => '' }),
};
