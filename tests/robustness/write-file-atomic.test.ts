// The one writer of files that must never be seen half written or lost: guides fixed by `falc check
// --fix` or signed by a proofreader, the compiled command, and the caches (compiled code, frequency index).
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleFiles, temporaryPathFor, writeFileAtomic, writeFileAtomicSync } from '../../src/node/write-file-atomic.mjs';

const root = mkdtempSync(join(tmpdir(), 'falc-atomic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;
const folder = (): string => {
  const path = join(root, String(count++));
  mkdirSync(path);
  return path;
};

describe('writeFileAtomic', () => {
  it('replaces the file with the new text and leaves no temporary file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'guide.mdx'), 'avant');
    await writeFileAtomic(join(dir, 'guide.mdx'), 'après');
    writeFileAtomicSync(join(dir, 'index.bin'), new Uint8Array([1, 2, 3]));
    expect(readFileSync(join(dir, 'guide.mdx'), 'utf8')).toBe('après');
    expect([...readFileSync(join(dir, 'index.bin'))]).toEqual([1, 2, 3]);
    expect(readdirSync(dir).sort()).toEqual(['guide.mdx', 'index.bin']);
  });

  it('gives the new file the permissions it is asked for (a guide keeps its own)', async () => {
    const dir = folder();
    const path = join(dir, 'guide.mdx');
    writeFileSync(path, 'avant');
    chmodSync(path, 0o640);
    await writeFileAtomic(path, 'après', { mode: statSync(path).mode });
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('keeps the file as it was, removes the temporary file and throws when the file cannot be replaced', async () => {
    const dir = folder();
    // A folder in the way: the rename fails after the temporary file is written.
    mkdirSync(join(dir, 'guide.mdx'));
    writeFileSync(join(dir, 'guide.mdx', 'dedans.txt'), 'gardé');
    await expect(writeFileAtomic(join(dir, 'guide.mdx'), 'nouveau')).rejects.toThrow();
    expect(() => writeFileAtomicSync(join(dir, 'guide.mdx'), 'nouveau')).toThrow();
    expect(readdirSync(dir)).toEqual(['guide.mdx']);
    expect(readFileSync(join(dir, 'guide.mdx', 'dedans.txt'), 'utf8')).toBe('gardé');
  });

  it('writes under a name of its own beside the file, hidden from editors and file watchers', () => {
    const first = temporaryPathFor('/projet/content/guides/guide.mdx');
    const second = temporaryPathFor('/projet/content/guides/guide.mdx');
    expect(first).not.toBe(second);
    expect(first).toMatch(/^\/projet\/content\/guides\/\.guide\.mdx\.\d+\.\w+\.tmp$/);
  });
});

describe('removeStaleFiles', () => {
  it('removes the files picked, except the one kept and the others', () => {
    const dir = folder();
    for (const name of ['falc-v22-x64-new.bin', 'falc-v22-x64-old.bin', 'falc-v20-x64-old.bin', 'notes.txt']) writeFileSync(join(dir, name), name);
    removeStaleFiles(dir, 'falc-v22-x64-new.bin', (name) => name.startsWith('falc-v22-x64-') && name.endsWith('.bin'));
    expect(readdirSync(dir).sort()).toEqual(['falc-v20-x64-old.bin', 'falc-v22-x64-new.bin', 'notes.txt']);
  });
});
