import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `falc check --fix` run as authors run it, on copies of French guides. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'falc.mjs');
const FIXTURES = fileURLToPath(new URL('./fix-fixtures/', import.meta.url));
const ORIGINAL = readFileSync(join(FIXTURES, 'a-corriger.mdx'), 'utf8');

/** What --fix must write: the four mechanical fixes, nothing else. */
const FIXED = ORIGINAL.replace('le 03/04/2026 à 09:30.', 'le 3 avril 2026 à 9 h 30.')
  .replace('Apportez trois papiers.', 'Apportez 3 papiers.')
  .replace('Écrivez le n° 4', 'Écrivez le numéro 4');

let cwd: string;

function falc(args: string[]) {
  const result = spawnSync(BIN, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', FALC_DEBUG: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'falc-fix-'));
  cpSync(FIXTURES, cwd, { recursive: true });
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('falc check --format json', { timeout: 300_000 }, () => {
  it('gives each message its fix, the very one --fix applies, and null when the author must choose', () => {
    const run = falc(['check', '--format', 'json', 'a-corriger.mdx']);
    const messages = (JSON.parse(run.stdout) as { files: Array<{ messages: Array<{ ruleId: string; actual: string | null; fix: { range: [number, number]; text: string } | null }> }> }).files[0]!.messages;
    const fixes = messages.filter((message) => message.fix !== null);
    expect(fixes.map((message) => [message.ruleId, ORIGINAL.slice(...message.fix!.range), message.fix!.text])).toEqual([
      ['date', '03/04/2026', '3 avril 2026'],
      ['heure', '09:30', '9 h 30'],
      ['nombre-en-lettres', 'trois', '3'],
      ['abreviation', 'n°', 'numéro'],
    ]);
    // The long sentence needs the author: its message has no fix.
    expect(messages.find((message) => message.ruleId === 'phrase-longue')?.fix).toBeNull();
    // Applied from the end, the fixes give the text that `falc check --fix` writes (next test).
    let fixed = ORIGINAL;
    for (const { fix } of [...fixes].sort((a, b) => b.fix!.range[0] - a.fix!.range[0])) fixed = fixed.slice(0, fix!.range[0]) + fix!.text + fixed.slice(fix!.range[1]);
    expect(fixed).toBe(FIXED);
    expect(readFileSync(join(cwd, 'a-corriger.mdx'), 'utf8')).toBe(ORIGINAL);
  });
});

describe('falc check --fix', { timeout: 300_000 }, () => {
  it('fixes « trois », « n° 4 », « 03/04/2026 » and « 09:30 » and leaves the rest untouched', () => {
    const run = falc(['check', '--fix', 'a-corriger.mdx']);
    const fixed = readFileSync(join(cwd, 'a-corriger.mdx'), 'utf8');
    expect(fixed).toBe(FIXED);
    expect(run.stdout).toContain('a-corriger.mdx : 4 corrections faites');
    expect(run.stdout).toContain('« 03/04/2026 » → « 3 avril 2026 »');
    expect(run.stdout).toContain('« 09:30 » → « 9 h 30 »');
    expect(run.stdout).toContain('« trois » → « 3 »');
    expect(run.stdout).toContain('« n° » → « numéro »');
    // What is left needs the author: the long sentence is still reported, with its text.
    expect(run.stdout).toMatch(/Il reste \d+ problèmes à corriger vous-même/);
    expect(run.stdout).toContain('phrase-longue');
    expect(run.stdout).toContain('Texte : « Vous devez apporter');
    expect(run.status).toBe(1);
    // Written atomically: no temporary file is left next to the guide.
    expect(readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('changes nothing more the second time', () => {
    const before = readFileSync(join(cwd, 'a-corriger.mdx'), 'utf8');
    const run = falc(['check', '--fix', 'a-corriger.mdx']);
    expect(readFileSync(join(cwd, 'a-corriger.mdx'), 'utf8')).toBe(before);
    expect(run.stdout).toContain('Corrections automatiques : aucune.');
    expect(run.status).toBe(1);
  });

  it('exits with 0 when every problem was fixed', () => {
    const run = falc(['check', '--fix', 'texte.txt']);
    expect(readFileSync(join(cwd, 'texte.txt'), 'utf8')).toBe('Venez à 9 h 30 avec 3 papiers.\n');
    expect(run.stdout).toContain('Il ne reste rien à corriger.');
    expect(run.status).toBe(0);
  });

  it('refuses --fix with --watch, in French', () => {
    const run = falc(['check', '--fix', '--watch', 'texte.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--fix et --watch ne vont pas ensemble');
  });
});
