import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { VFile } from 'vfile';
import { inputError } from '../engine/messages.ts';

/** Extensions of the files the checker reads. */
export const CHECKED_EXTENSIONS = ['mdx', 'md', 'txt'];

/** Expands paths, folders and globs into the list of files to check (sorted, without duplicates). */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<{ paths: string[]; missing: string[] }> {
  const paths = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      paths.add('-');
      continue;
    }
    if (isDynamicPattern(input)) {
      const found = await glob(input, { cwd, ignore: ['**/node_modules/**'] });
      if (found.length === 0) missing.push(input);
      for (const path of found.sort()) paths.add(path);
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (!info) {
      missing.push(input);
    } else if (info.isDirectory()) {
      const found = await glob(`**/*.{${CHECKED_EXTENSIONS.join(',')}}`, { cwd: input, ignore: ['**/node_modules/**'] });
      for (const path of found.sort()) paths.add(relative(cwd, `${input.replace(/\/$/, '')}/${path}`) || path);
    } else {
      paths.add(input);
    }
  }
  return { paths: [...paths], missing };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads one input into a VFile. An unreadable file gets an error message instead of throwing. */
export async function readInput(path: string): Promise<VFile> {
  if (path === '-') return new VFile({ value: await readStdin() });
  try {
    const buffer = await readFile(path);
    const file = new VFile({ path, value: buffer.toString('utf8') });
    if (buffer.includes(0)) {
      file.value = '';
      inputError(file, 'fichier-illisible', 'Ce fichier n’est pas un texte. Le vérificateur lit les fichiers .mdx, .md et .txt.', { line: 1, column: 1 });
      file.data.falcUnreadable = true;
    }
    return file;
  } catch {
    const file = new VFile({ path, value: '' });
    inputError(file, 'fichier-illisible', 'Ce fichier ne peut pas être lu. Vérifiez qu’il existe et que vous avez le droit de le lire.', { line: 1, column: 1 });
    file.data.falcUnreadable = true;
    return file;
  }
}

/** A file that does not exist, as a VFile with an error. */
export function missingInput(path: string): VFile {
  const file = new VFile({ path, value: '' });
  inputError(file, 'fichier-illisible', `Aucun fichier ne correspond à « ${path} ». Vérifiez le chemin.`, { line: 1, column: 1 });
  file.data.falcUnreadable = true;
  return file;
}
