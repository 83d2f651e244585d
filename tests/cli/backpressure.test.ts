import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { roomIn } from '../../src/cli/output.ts';

/**
 * `falc check | less`: the report goes to a reader slower than the checker. The command waits for the
 * reader when stdout's buffer is full: the report is complete, and what waits in memory stays small.
 */
const LONG = 'Vous devez aller à la mairie de votre ville avec votre carte d’identité pour demander une adresse quand vous dormez dans la rue depuis longtemps.';
const FILES = 30;
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'falc-backpressure-'));
  // 30 files of 40 long sentences: a report of several hundred kilobytes.
  for (let index = 0; index < FILES; index++) writeFileSync(join(folder, `guide-${String(index).padStart(2, '0')}.md`), `${Array.from({ length: 40 }, () => LONG).join('\n\n')}\n`);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The report and exit code of `falc check` written into a string at once. */
async function fastRun(args: string[]): Promise<{ code: number; output: string }> {
  let output = '';
  const code = await runCli(args, { cwd: folder, stdout: (text) => (output += text), stderr: () => {} });
  return { code, output };
}

/**
 * A reader as slow as can be: it reads only while the command waits for it. Without waiting for the
 * reader, the whole report would stay queued in memory until the end.
 */
async function slowRun(args: string[]): Promise<{ code: number; output: string; mostQueued: number; largestWrite: number }> {
  const chunks: Buffer[] = [];
  const pending: Array<() => void> = [];
  let reading = false;
  const reader = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      if (reading) setImmediate(done);
      else pending.push(done);
    },
  });
  // Once its buffer is empty, it stops reading until the command waits again.
  reader.on('drain', () => (reading = false));
  /** Reads everything written so far, a little later. */
  const read = () =>
    setTimeout(() => {
      reading = true;
      for (const done of pending.splice(0)) done();
    }, 1);
  let mostQueued = 0;
  let largestWrite = 0;
  const code = await runCli(args, {
    cwd: folder,
    stdout: (text) => {
      reader.write(text);
      largestWrite = Math.max(largestWrite, Buffer.byteLength(text));
      mostQueued = Math.max(mostQueued, reader.writableLength);
    },
    stderr: () => {},
    roomInStdout: () => {
      const room = roomIn(reader);
      if (room) read();
      return room;
    },
  });
  // What the command left queued is read too: the report must be complete.
  while (reader.writableLength > 0) await new Promise<void>((resolve) => {
    read();
    setTimeout(resolve, 2);
  });
  return { code, output: Buffer.concat(chunks).toString('utf8'), mostQueued, largestWrite };
}

describe('falc check into a slow reader', () => {
  it.each([
    ['pretty', 1],
    ['json', 1],
    // Worker threads check files ahead: they wait for the reader too.
    ['json', 2],
  ])('writes the whole %s report (--jobs %i) with little queued in memory', async (format, jobs) => {
    const args = ['check', '--format', format, '--jobs', String(jobs), folder];
    const fast = await fastRun(args);
    const slow = await slowRun(args);
    expect(slow.output).toBe(fast.output);
    expect(slow.code).toBe(fast.code);
    // The report is much larger than what waited in memory at any time: the reader's buffer and one file.
    expect(fast.output.length).toBeGreaterThan(10 * (16 * 1024 + slow.largestWrite));
    expect(slow.mostQueued).toBeLessThanOrEqual(16 * 1024 + slow.largestWrite);
  }, 300_000);

  it('the command writes the whole report into a pipe read slowly, with the same exit code', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const args = ['check', '--format', 'json', '--jobs', '1', folder];
    const expected = await fastRun(args);
    const child = spawn(join(root, 'bin', 'falc.mjs'), args, {
      cwd: folder,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', FALC_DEBUG: '' },
    });
    // Each chunk read is followed by a pause: much slower than the command writes. (Flowing mode with
    // pause/resume: reading a paused socket by `read(4096)` lost its last bytes in Node 22, the command's were complete.)
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 20);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected.output);
    expect(code).toBe(expected.code);
  }, 300_000);
});
