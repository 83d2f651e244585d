// `falc check` reads each file at once, but lets the event loop turn before each one: what the command
// reported for the files before (written to a slow pipe, `falc check | less`) can go out meanwhile,
// instead of piling up in memory until the last file is checked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkEach } from '../../src/node/check-files.ts';

const folder = mkdtempSync(join(tmpdir(), 'falc-read-'));
const names = ['a.md', 'b.md', 'c.md'];
for (const name of names) writeFileSync(join(folder, name), `Texte ${name}.\n`);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('reading the files of falc check', () => {
  it('lets the event loop turn between one file and the next', async () => {
    const events: string[] = [];
    const checker = { check: async (file: import('vfile').VFile) => file };
    await checkEach(checker, [folder], { jobs: 1 }, (file) => {
      const name = file.path.split(/[\\/]/).pop()!;
      events.push(`reported ${name}`, ...(String(file.value) === `Texte ${name}.\n` ? [] : [`wrong text ${name}`]));
      // What a pipe does once the event loop turns: the report written for this file goes out.
      setImmediate(() => events.push(`written ${name}`));
    });
    await new Promise((resume) => setImmediate(resume));
    expect(events).toEqual(names.flatMap((name) => [`reported ${name}`, `written ${name}`]));
  });
});
