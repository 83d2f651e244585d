import { readFileSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { VFile } from 'vfile';
import { inputError } from '../engine/messages.ts';

/** Extensions of the files the checker reads. */
export const CHECKED_EXTENSIONS = ['mdx', 'md', 'txt'];

/** Expands paths, folders and globs into the list of files to check (sorted, without duplicates). */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<{ paths: string[]; missing: string[] }> {
  const found = await expandPaths(inputs, cwd);
  // A file reached through several links (or a loop of links) is listed once, under its first name.
  const seen = new Set<string>();
  const paths: string[] = [];
  for (const path of found.paths) {
    const real = path === '-' ? '-' : await realpath(resolve(cwd, path)).catch(() => resolve(cwd, path));
    if (seen.has(real)) continue;
    seen.add(real);
    paths.push(path);
  }
  return { paths, missing: found.missing };
}

async function expandPaths(inputs: readonly string[], cwd: string): Promise<{ paths: string[]; missing: string[] }> {
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
    const info = await stat(resolve(cwd, input)).catch(() => undefined);
    if (!info) {
      missing.push(input);
    } else if (info.isDirectory()) {
      const found = await glob(`**/*.{${CHECKED_EXTENSIONS.join(',')}}`, { cwd: resolve(cwd, input), ignore: ['**/node_modules/**'] });
      for (const path of found.sort()) paths.add(relative(cwd, resolve(cwd, input, path)) || path);
    } else {
      paths.add(input);
    }
  }
  return { paths: [...paths], missing };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Reads one input into a VFile (`path` from `cwd`, kept as written for the report). An unreadable file
 * gets an error message instead of throwing.
 */
export async function readInput(path: string, cwd = process.cwd()): Promise<VFile> {
  if (path === '-') return fileFromBytes(await readStdin());
  try {
    // The event loop turns once before each file: the output's events and the worker threads' results
    // are handled between two files checked on this thread (checking itself only awaits promises, which
    // never let them in). A slow reader (`falc check | less`) is waited for by the command itself
    // (`roomIn`, src/cli/output.ts). The file itself is read at once: `readFile` of node:fs/promises goes to the thread pool four times (open, stat, read, close),
    // each time with its promise, and leaves a file handle to finalise; on 400 fiches that was about
    // 0.3 s of processor time in the profile, against a few milliseconds read at once.
    await new Promise((resume) => setImmediate(resume));
    return fileFromBytes(readFileSync(resolve(cwd, path)), path);
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

/**
 * A VFile from the bytes of a file or of the standard input. Bytes that are not a UTF-8 text
 * (a picture, a PDF, a file saved in Latin-1 by an old editor) give a French error, and the bytes
 * are never shown: they could garble the terminal.
 */
export function fileFromBytes(bytes: Uint8Array, path?: string): VFile {
  const file = new VFile(path === undefined ? { value: '' } : { path, value: '' });
  // Decoded once: the text is both the test of UTF-8 and the file's value.
  const text = decodeUtf8(bytes);
  const problem = textProblem(bytes, text);
  if (problem) {
    inputError(file, 'fichier-illisible', problem.reason, { line: problem.line, column: 1 });
    file.data.falcUnreadable = true;
    return file;
  }
  file.value = text ?? '';
  return file;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text of UTF-8 bytes (without the byte order mark), or undefined when they are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A control character that a text never contains (as `isControl`). In UTF-8 a byte below 128 is
 * always the character of the same code, and such a character is always that byte: the decoded text
 * has one exactly when the bytes have one.
 */
const CONTROL = /[\0-\x08\x0b\x0e-\x1f\x7f]/;

/** Control characters that a text never contains (all but tab, line feed, form feed and carriage return). */
function isControl(byte: number): boolean {
  return (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) || byte === 127;
}

/**
 * Why the bytes are not a UTF-8 text, with the line of the first bad byte; undefined for a good text.
 * `decoded`: the bytes already decoded (`decodeUtf8`), when the caller has them.
 */
export function textProblem(bytes: Uint8Array, decoded: string | undefined = decodeUtf8(bytes)): { reason: string; line: number } | undefined {
  const lineAt = (index: number) => {
    let line = 1;
    for (let i = 0; i < index; i++) if (bytes[i] === 10) line++;
    return line;
  };
  // A good text has no control character: one test of the whole text instead of a loop over its bytes.
  let controls = 0;
  if (decoded === undefined || CONTROL.test(decoded)) {
    for (let index = 0; index < bytes.length; index++) {
      const byte = bytes[index]!;
      if (byte === 0 || (isControl(byte) && ++controls > 8)) {
        return { reason: 'Ce fichier n’est pas un texte (c’est peut-être une image, un PDF ou un document de traitement de texte). Le vérificateur lit les fichiers .mdx, .md et .txt.', line: 1 };
      }
    }
  }
  if (decoded === undefined) {
    return {
      reason: 'Ce fichier n’est pas en UTF-8 : ses lettres accentuées seraient mal lues. Ouvrez-le dans votre éditeur et enregistrez-le avec le codage « UTF-8 ».',
      line: lineAt(firstInvalidByte(bytes)),
    };
  }
  return undefined;
}

/** Index of the first byte that breaks UTF-8 (a short scan of the lead and continuation bytes). */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    index += length;
  }
  return 0;
}
