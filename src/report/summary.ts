import type { VFile } from 'vfile';
import { severityOf } from '../engine/messages.ts';

export interface Counts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts the messages of some files by severity. */
export function countMessages(files: readonly VFile[]): Counts {
  const counts: Counts = { files: files.length, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    for (const message of file.messages) {
      const severity = severityOf(message);
      if (severity === 'error') counts.errors++;
      else if (severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
  }
  return counts;
}

/** Words and sentences of a checked file. */
export function fileStats(file: VFile): { words: number; sentences: number } {
  const counts = file.data.falcCounts;
  if (counts) return { words: counts.words, sentences: counts.sentences };
  const facts = file.data.falc;
  return { words: facts?.words.length ?? 0, sentences: facts?.sentences.length ?? 0 };
}

/** The path shown to users: relative to the working directory, or « entrée standard ». */
export function displayPath(file: VFile): string {
  if (!file.path) return 'entrée standard';
  return file.path;
}

export { plural } from './severity-labels.ts';
