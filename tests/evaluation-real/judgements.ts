import { readFileSync } from 'node:fs';

/** One finding judged by hand: `juste` (right) or `faux` (a false alarm), with a short reason. */
export interface Judgement {
  key: string;
  verdict: 'juste' | 'faux';
  note: string;
}

/** Reads `jugements.tsv`: key, verdict, note (tab-separated); `#` starts a comment line. */
export function readJudgements(): Map<string, Judgement> {
  const text = readFileSync(new URL('./jugements.tsv', import.meta.url), 'utf8');
  const result = new Map<string, Judgement>();
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [key, verdict, note = ''] = line.split('\t');
    if (!key || (verdict !== 'juste' && verdict !== 'faux')) throw new Error(`jugements.tsv: ligne invalide « ${line} »`);
    result.set(key, { key, verdict, note });
  }
  return result;
}
