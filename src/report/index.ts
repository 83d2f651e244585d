import type { VFile } from 'vfile';
import { reportGithub } from './github.ts';
import { reportJson } from './json.ts';
import { reportPretty } from './pretty.ts';
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
