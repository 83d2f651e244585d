import type { VFile } from 'vfile';
import { reportJson } from './json.ts';
import { reportPretty } from './pretty.ts';

export interface ReporterOptions {
  color?: boolean;
  verbose?: boolean;
}

/** Reporters: VFile[] in, text out. The CLI alone decides the exit code. */
export const REPORTERS: Record<string, (files: readonly VFile[], options: ReporterOptions) => string> = {
  pretty: (files, options) => reportPretty(files, options),
  json: (files) => reportJson(files),
};
