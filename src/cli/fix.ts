import { readFile, stat } from 'node:fs/promises';
import { VFile } from 'vfile';
import { applyFixes, isUnreadable, type Checker } from '../engine/index.ts';
import { writeFileAtomic } from '../node/write-file-atomic.mjs';

/** ESLint stops after 10 passes: a fix never needs more. */
const MAX_PASSES = 10;

export interface FixChange {
  line: number;
  column: number;
  ruleId: string;
  from: string;
  to: string;
}

export interface FixedFile {
  path: string;
  changes: FixChange[];
  /** The file could not be written: the reason, in French. */
  error?: string;
}

export interface FixOutcome {
  /** The files checked again after their fixes (the others unchanged). */
  files: VFile[];
  fixed: FixedFile[];
}

/**
 * Applies the mechanical fixes of checked files in place (`falc check --fix`), checks each fixed file
 * again until nothing more can be fixed, and returns the new files with what was changed. A file that
 * changed on disk since it was read is left as it is.
 */
export async function fixFiles(checker: Checker, files: readonly VFile[]): Promise<FixOutcome> {
  const result: VFile[] = [];
  const fixed: FixedFile[] = [];
  for (const file of files) {
    if (!file.path || isUnreadable(file) || !file.messages.some((message) => message.fix)) {
      result.push(file);
      continue;
    }
    const original = String(file.value);
    const changes: FixChange[] = [];
    let current = file;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const { output, applied } = applyFixes(String(current.value), current.messages);
      if (applied.length === 0 || output === String(current.value)) break;
      for (const message of applied) {
        changes.push({ line: message.line ?? 1, column: message.column ?? 1, ruleId: message.ruleId ?? '', from: message.actual ?? '', to: message.fix!.text });
      }
      const next = new VFile({ path: file.path, value: output });
      if (file.data.falcFormat) next.data.falcFormat = file.data.falcFormat;
      if (file.data.falcKind) next.data.falcKind = file.data.falcKind;
      current = await checker.check(next);
      if (isUnreadable(current)) {
        // Never write a text that the checker cannot read: keep the file as it was.
        current = file;
        changes.length = 0;
        break;
      }
    }
    if (changes.length === 0) {
      result.push(file);
      continue;
    }
    try {
      const onDisk = await readFile(file.path, 'utf8');
      if (onDisk !== original) {
        fixed.push({ path: file.path, changes: [], error: 'Le fichier a changé pendant la correction. Il n’est pas modifié : relancez la commande.' });
        result.push(file);
        continue;
      }
      // In one step, never half a file; the file keeps its permissions.
      await writeFileAtomic(file.path, String(current.value), { mode: (await stat(file.path)).mode });
      fixed.push({ path: file.path, changes });
      result.push(current);
    } catch {
      fixed.push({ path: file.path, changes: [], error: 'Le fichier ne peut pas être écrit. Vérifiez que vous avez le droit de le modifier. Il n’est pas modifié.' });
      result.push(file);
    }
  }
  return { files: result, fixed };
}

/** French plural for a count. */
function count(value: number, one: string, many: string): string {
  return `${value} ${value > 1 ? many : one}`;
}

/** The summary of `--fix`: what was changed in each file, and how many problems are left. */
export function fixSummary(outcome: FixOutcome): string {
  const lines: string[] = [];
  const done = outcome.fixed.filter((file) => file.changes.length > 0);
  if (done.length === 0 && outcome.fixed.every((file) => !file.error)) {
    lines.push('Corrections automatiques : aucune. Rien ne pouvait être corrigé sans vous.');
  }
  for (const file of outcome.fixed) {
    if (file.error) {
      lines.push(`${file.path} : ${file.error}`);
      continue;
    }
    lines.push(`${file.path} : ${count(file.changes.length, 'correction faite', 'corrections faites')}`);
    for (const change of file.changes) lines.push(`  ${`${change.line}:${change.column}`.padEnd(7)} « ${change.from} » → « ${change.to} »  ${change.ruleId}`);
  }
  const left = outcome.files.reduce((total, file) => total + file.messages.length, 0);
  lines.push(left === 0 ? 'Il ne reste rien à corriger.' : `Il reste ${count(left, 'problème', 'problèmes')} à corriger vous-même (voir ci-dessous).`);
  return `${lines.join('\n')}\n\n`;
}
