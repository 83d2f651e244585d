// `bin/falc.mjs` runs the compiled command of build/cli/ when no source is newer, and compiles again
// otherwise. It compares the project's own files one by one, and the packages through the date of
// node_modules/.package-lock.json (npm rewrites it at each install): hundreds of stat calls fewer at
// each start. Here in a copy of the command, with a compiled file that only says it ran.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'falc-fresh-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
mkdirSync(join(root, 'bin'));
copyFileSync(new URL('../../bin/falc.mjs', import.meta.url), join(root, 'bin/falc.mjs'));
// The command's writer of cache files (plain JavaScript, run before anything is compiled).
mkdirSync(join(root, 'src/node'), { recursive: true });
copyFileSync(new URL('../../src/node/write-file-atomic.mjs', import.meta.url), join(root, 'src/node/write-file-atomic.mjs'));
file('build/cli/falc.cjs', "// falc 0123456789abcdef\nexports.runProcess = async () => { process.stdout.write('compiled'); };\nexports.v8SettingsChanged = () => false;\n");
file('build/cli/sources.json', JSON.stringify(['src/cli/index.ts', 'node_modules/pkg/index.js']));
file('src/cli/index.ts', '');
file('node_modules/pkg/index.js', '');
file('node_modules/.package-lock.json', '{}');

const BUILT = new Date('2026-01-02T00:00:00Z');
const set = (path: string, date: string) => utimesSync(join(root, path), new Date(date), new Date(date));
function reset() {
  for (const path of ['src/cli/index.ts', 'node_modules/pkg/index.js', 'node_modules/.package-lock.json']) set(path, '2026-01-01T00:00:00Z');
  utimesSync(join(root, 'build/cli/falc.cjs'), BUILT, BUILT);
}
/** True when the compiled command ran (without compiling again: FALC_NO_BUILD). */
function ranCompiled(): boolean {
  const result = spawnSync(process.execPath, [join(root, 'bin/falc.mjs')], { encoding: 'utf8', env: { ...process.env, FALC_NO_BUILD: '1' }, timeout: 60_000 });
  return result.stdout === 'compiled';
}

describe('bin/falc.mjs', () => {
  it('runs the compiled command when no source is newer', () => {
    reset();
    expect(ranCompiled()).toBe(true);
  }, 60_000);

  it('does not run it when a file of the project is newer (a developer edited src/)', () => {
    reset();
    set('src/cli/index.ts', '2026-01-03T00:00:00Z');
    expect(ranCompiled()).toBe(false);
  }, 60_000);

  it('judges the packages by the date of node_modules/.package-lock.json', () => {
    reset();
    set('node_modules/pkg/index.js', '2026-01-03T00:00:00Z');
    expect(ranCompiled()).toBe(true);
    set('node_modules/.package-lock.json', '2026-01-03T00:00:00Z');
    expect(ranCompiled()).toBe(false);
  }, 60_000);

  it('compares the packages one by one without that file (another package manager)', () => {
    reset();
    rmSync(join(root, 'node_modules/.package-lock.json'));
    expect(ranCompiled()).toBe(true);
    set('node_modules/pkg/index.js', '2026-01-03T00:00:00Z');
    expect(ranCompiled()).toBe(false);
    file('node_modules/.package-lock.json', '{}');
  }, 60_000);
});

describe('bin/falc.mjs: the compiled code V8 keeps between runs', () => {
  const folder = join(root, 'node_modules/.cache/falc-compile');
  const saved = join(folder, `falc-${process.version}-${process.arch}-0123456789abcdef.bin`);
  const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/falc.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, FALC_NO_BUILD: '1' }, timeout: 60_000 });

  it('is saved after a check, not after another command, and under the key of the compiled command', () => {
    reset();
    rmSync(folder, { recursive: true, force: true });
    expect(run('--help').stdout).toBe('compiled');
    expect(existsSync(saved)).toBe(false);
    const otherNode = 'falc-v1.0.0-x64-0123456789abcdef.bin';
    file(`node_modules/.cache/falc-compile/falc-${process.version}-${process.arch}-fedcba9876543210.bin`, 'old build');
    file(`node_modules/.cache/falc-compile/${otherNode}`, 'another Node');
    expect(run('check').stdout).toBe('compiled');
    expect(statSync(saved).size).toBeGreaterThan(0);
    // The code of another build is no use any more; another version of Node keeps its own.
    expect(readdirSync(folder).filter((name) => name.endsWith('.bin')).sort()).toEqual([basename(saved), otherNode].sort());
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('is read at the next run; a damaged file is refused by V8 and made again', () => {
    reset();
    rmSync(folder, { recursive: true, force: true });
    expect(run('check').status).toBe(0);
    const made = readFileSync(saved);
    expect(run('check').stdout).toBe('compiled');
    // The same file: V8 took it, nothing was written.
    expect(readFileSync(saved).equals(made)).toBe(true);
    writeFileSync(saved, 'not compiled code');
    const result = run('check');
    expect(result.stdout).toBe('compiled');
    expect(result.stderr).toBe('');
    const remade = readFileSync(saved);
    expect(remade.toString('latin1')).not.toBe('not compiled code');
    expect(remade.length).toBeGreaterThan(0);
    // V8 takes the new file: the next run leaves it as it is.
    run('check');
    expect(readFileSync(saved).equals(remade)).toBe(true);
  }, 60_000);

  it('is not kept for a compiled command without its key (V8 only compares the length of the source)', () => {
    const compiled = join(root, 'build/cli/falc.cjs');
    const keyed = readFileSync(compiled, 'utf8');
    try {
      writeFileSync(compiled, keyed.replace(/^\/\/ falc \w+\n/, ''));
      reset();
      rmSync(folder, { recursive: true, force: true });
      expect(run('check').stdout).toBe('compiled');
      expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    } finally {
      writeFileSync(compiled, keyed);
      reset();
    }
  }, 60_000);
});
