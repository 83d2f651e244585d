import { readFile, stat } from 'node:fs/promises';
import { isMap, parseDocument } from 'yaml';
import { readerFingerprint } from '../engine/fingerprint.ts';
import { writeFileAtomic } from './write-file-atomic.mjs';

export interface ReviewInput {
  /** Day of the review, `YYYY-MM-DD`. */
  date: string;
  /** Names of the reviewers, or the name of their group. */
  par: string[];
  /** What the reviewers changed. */
  changements?: string;
}

export class ReviewError extends Error {}

const FRONTMATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))/;

/**
 * Records a review by readers in a guide's header: date, reviewers, consent, changes and the
 * fingerprint of the text they read. The rest of the file is kept as written; the file is replaced
 * atomically (written beside it, then renamed).
 */
export async function recordReview(path: string, review: ReviewInput): Promise<{ fingerprint: string }> {
  const source = await readFile(path, 'utf8');
  const match = FRONTMATTER.exec(source);
  if (!match) throw new ReviewError('Ce fichier n’a pas d’en-tête entre deux lignes --- : ce n’est pas un guide.');
  const document = parseDocument(match[2] ?? '');
  if (document.errors.length > 0 || !isMap(document.contents)) {
    throw new ReviewError('L’en-tête du guide est mal écrit. Lancez falc check sur ce fichier pour voir l’erreur.');
  }
  const fingerprint = readerFingerprint(source);
  const block: Record<string, unknown> = { date: review.date, par: review.par, consentement: true };
  if (review.changements) block.changements = review.changements;
  block.empreinte = fingerprint;
  document.set('relecture', document.createNode(block));
  const header = document.toString({ lineWidth: 0 });
  const updated = `${match[1]}${header}${match[3]}${source.slice(match[0].length)}`;
  // In one step (never half a guide); the guide keeps its permissions.
  await writeFileAtomic(path, updated, { mode: (await stat(path)).mode });
  return { fingerprint };
}
