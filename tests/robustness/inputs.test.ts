import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { expandInputs, fileFromBytes, textProblem } from '../../src/node/read-inputs.ts';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'falc-inputs-'));
  // Only one cheap rule: these tests are about reading files, not about the rules.
  writeFileSync(join(root, 'falc.config.json'), JSON.stringify({ preset: 'falc', rules: {} }));
  writeFileSync(join(root, 'bon.md'), 'Vous allez à la mairie.\n');
  writeFileSync(join(root, 'latin1.md'), Buffer.from('Vous allez a la mairie.\nCaf\xe9 au lait.\n', 'latin1'));
  writeFileSync(join(root, 'imbrique.md'), `${'- '.repeat(2000)}Vous.\n`);
  mkdirSync(join(root, 'boucle', 'a'), { recursive: true });
  writeFileSync(join(root, 'boucle', 'a', 'guide.md'), 'Vous allez à la mairie.\n');
  symlinkSync('..', join(root, 'boucle', 'a', 'retour'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', ...args, '--format', 'json'], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: root });
  return { code, stdout, stderr, report: stdout ? (JSON.parse(stdout) as { files: Array<{ path: string; messages: Array<{ ruleId: string; line: number; message: string }> }> }) : undefined };
}

describe('files that are not UTF-8 texts', () => {
  it('a Latin-1 file gets « pas en UTF-8 » at the line of the first bad byte, and exit 2', async () => {
    const { code, report } = await run([join(root, 'latin1.md')]);
    expect(code).toBe(2);
    expect(report!.files[0]!.messages).toEqual([expect.objectContaining({ ruleId: 'fichier-illisible', line: 2, message: expect.stringMatching(/pas en UTF-8/) })]);
  });

  it('random bytes without NUL are refused at once, and never echoed', () => {
    let state = 7;
    const bytes = Uint8Array.from({ length: 200_000 }, () => ((state = (state * 1103515245 + 12345) % 2 ** 31), 1 + (state % 255)));
    const file = fileFromBytes(bytes, 'hasard.md');
    expect(file.value).toBe('');
    expect(file.messages[0]!.reason).toMatch(/n’est pas un texte|pas en UTF-8/);
  });

  it('a good UTF-8 text, with accents and emoji, is read', () => {
    expect(textProblem(new TextEncoder().encode('Vous allez à la mairie 😀.\n'))).toBeUndefined();
    expect(fileFromBytes(new TextEncoder().encode('Été.\n')).value).toBe('Été.\n');
  });

  it('a text with a few control characters is read, with a NUL or more than 8 it is refused', () => {
    const notText = /n’est pas un texte/;
    for (const code of [1, 7, 8, 11, 14, 27, 31, 127]) {
      const control = String.fromCharCode(code);
      const few = fileFromBytes(new TextEncoder().encode(`Été${control.repeat(8)}.\n`));
      expect(few.messages, `code ${code}`).toEqual([]);
      expect(few.value).toBe(`Été${control.repeat(8)}.\n`);
      expect(fileFromBytes(new TextEncoder().encode(`Été${control.repeat(9)}.\n`)).messages[0]!.reason).toMatch(notText);
    }
    // Tab, line feed, form feed and carriage return are text.
    expect(fileFromBytes(new TextEncoder().encode('a\t\n\f\r'.repeat(20))).messages).toEqual([]);
    expect(fileFromBytes(new TextEncoder().encode('Été\0.\n')).messages[0]!.reason).toMatch(notText);
    // Control characters in a file that is not UTF-8 either: « pas un texte » first, as before.
    expect(fileFromBytes(Uint8Array.from([0x43, 0xe9, 1, 1, 1, 1, 1, 1, 1, 1, 1])).messages[0]!.reason).toMatch(notText);
    expect(fileFromBytes(Uint8Array.from([0x43, 0xe9, 1])).messages[0]!.reason).toMatch(/pas en UTF-8/);
    // The byte order mark is dropped, as before.
    expect(fileFromBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41])).value).toBe('A');
  });
});

describe('one bad file does not stop the others', () => {
  it('a file nested too deeply gets a French error, the good file is still reported', async () => {
    const { code, report, stderr } = await run([join(root, 'imbrique.md'), join(root, 'bon.md')]);
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(report!.files.map((file) => file.path.split(/[\\/]/).pop())).toEqual(['imbrique.md', 'bon.md']);
    expect(report!.files[1]!.messages).toEqual([]);
    expect(report!.files[0]!.messages[0]).toMatchObject({ ruleId: 'structure-trop-profonde', line: 1 });
  });
});

describe('links', () => {
  it('a loop of symbolic links lists each file once', async () => {
    const { paths } = await expandInputs(['boucle'], root);
    expect(paths).toEqual([join('boucle', 'a', 'guide.md')]);
  });
});
