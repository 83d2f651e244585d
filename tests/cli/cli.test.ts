import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.ts';

/**
 * The real command, run as authors run it: the `bin` of package.json (`bin/falc.mjs`, which
 * `npx falc` starts), in a temporary folder with copies of the fixtures.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'falc.mjs');
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const LONG = 'Vous devez aller à la mairie de votre ville avec votre carte d’identité pour demander une adresse quand vous dormez dans la rue depuis longtemps.';

/** Other rules may add advice: the tests look at the messages of one rule. */
function only<T extends Record<string, unknown>>(messages: T[], ruleId = 'phrase-longue'): T[] {
  return messages.filter((message) => message.ruleId === ruleId);
}

let root: string;
let cwd: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function falc(args: string[], input?: string, folder = cwd): Run {
  const result = spawnSync(BIN, args, {
    cwd: folder,
    input: input ?? '',
    encoding: 'utf8',
    // The bin runs with the `node` of the PATH: the Node 22 that runs the tests comes first.
    env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', FALC_DEBUG: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(run: Run) {
  return JSON.parse(run.stdout) as {
    files: Array<{ path: string; messages: Array<Record<string, unknown>>; stats: { words: number; sentences: number } }>;
    summary: { files: number; errors: number; warnings: number };
  };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'falc-cli-'));
  // « complet » : every rule with its defaults, as authors run it.
  cpSync(FIXTURES, join(root, 'complet'), { recursive: true });
  // « rapide » : only phrase-longue (a falc.config.json turns the other rules off), to keep the tests fast.
  cwd = join(root, 'rapide');
  cpSync(FIXTURES, cwd, { recursive: true });
  const others = RULES.filter((rule) => rule.id !== 'phrase-longue').map((rule) => [rule.id, 'off']);
  writeFileSync(join(cwd, 'falc.config.json'), JSON.stringify({ rules: Object.fromEntries(others) }));
  writeFileSync(join(cwd, 'vide.md'), '');
  writeFileSync(join(cwd, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
  writeFileSync(join(cwd, 'souple.json'), JSON.stringify({ rules: { ...Object.fromEntries(others), 'phrase-longue': { options: { max: 30 } } } }));
  writeFileSync(join(cwd, 'faux.json'), JSON.stringify({ rules: { 'phrase-longe': 'error' } }));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('falc check', { timeout: 600_000 }, () => {
  it('exits with 0 on a clear FALC text, with every rule', () => {
    const run = falc(['check', 'clair.md'], undefined, join(root, 'complet'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/0 erreur/);
  });

  it('exits with 1 on a sentence of 25 words and gives its place in JSON, with every rule', () => {
    const run = falc(['check', 'longue.md', '--format', 'json'], undefined, join(root, 'complet'));
    expect(run.status).toBe(1);
    const report = json(run);
    expect(only(report.files[0]!.messages)).toMatchObject([
      { ruleId: 'phrase-longue', severity: 'error', line: 3, column: 20, endLine: 3, message: expect.stringMatching(/^Cette phrase a 25 mots\./) },
    ]);
  });

  it('writes the JSON report in the documented shape', () => {
    const report = json(falc(['check', 'longue.md', 'clair.md', '--format', 'json']));
    expect(Object.keys(report)).toEqual(['files', 'summary']);
    expect(report.summary).toMatchObject({ files: 2, errors: 1, warnings: expect.any(Number) });
    for (const file of report.files) {
      expect(Object.keys(file)).toEqual(['path', 'messages', 'stats']);
      expect(file.stats).toMatchObject({ words: expect.any(Number), sentences: expect.any(Number) });
    }
    const [longue, clair] = report.files;
    expect(longue!.path).toBe('longue.md');
    expect(longue!.stats).toMatchObject({ words: 30, sentences: 3 });
    expect(clair!.messages).toEqual([]);
    const message = only(longue!.messages)[0]!;
    for (const key of ['ruleId', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'actual', 'expected']) {
      expect(message).toHaveProperty(key);
    }
    expect(typeof message.actual).toBe('string');
    expect(Array.isArray(message.expected)).toBe(true);
  });

  it('exits with 2 on an unknown option, in French', () => {
    const run = falc(['check', 'clair.md', '--formt', 'json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/L’option « --formt » n’est pas connue/);
  });

  it('exits with 2 on an unknown format', () => {
    const run = falc(['check', 'clair.md', '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Le format « xml » n’existe pas/);
  });

  it('exits with 2 on a missing file and still reports the other files', () => {
    const run = falc(['check', 'absent.md', 'longue.md', '--format', 'json']);
    expect(run.status).toBe(2);
    const report = json(run);
    expect(report.files.map((file) => file.path).sort()).toEqual(['absent.md', 'longue.md']);
    expect(report.files.find((file) => file.path === 'absent.md')!.messages).toMatchObject([{ ruleId: 'fichier-illisible' }]);
    expect(only(report.files.find((file) => file.path === 'longue.md')!.messages)).toMatchObject([{ ruleId: 'phrase-longue' }]);
  });

  it('exits with 2 on broken MDX, with a French message, its line and no stack trace', () => {
    const run = falc(['check', 'casse.mdx', 'longue.md']);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/casse\.mdx\n\s+3:1\s+erreur\s+La balise <Etape> n’est pas fermée\./);
    expect(run.stdout).toMatch(/longue\.md\n\s+3:20\s+erreur\s+Cette phrase a 25 mots/);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at |Error:|node_modules/);
  });

  it('exits with 2 on an empty file', () => {
    const run = falc(['check', 'vide.md', '--format', 'json']);
    expect(run.status).toBe(2);
    expect(json(run).files[0]!.messages).toMatchObject([{ ruleId: 'fichier-vide', line: 1 }]);
  });

  it('exits with 2 on a binary file', () => {
    const run = falc(['check', 'image.txt', '--format', 'json']);
    expect(run.status).toBe(2);
    expect(json(run).files[0]!.messages).toMatchObject([{ ruleId: 'fichier-illisible', message: expect.stringMatching(/n’est pas un texte/) }]);
  });

  it('exits with 2 on a broken YAML en-tête, at its line', () => {
    const run = falc(['check', 'en-tete-casse.md', 'clair.md', '--format', 'json']);
    expect(run.status).toBe(2);
    const report = json(run);
    expect(report.files[0]!.messages).toMatchObject([{ ruleId: 'syntaxe-yaml' }]);
    // The en-tête is on lines 2 and 3: the parser sees the missing ] at the end of the title.
    expect([2, 3]).toContain(report.files[0]!.messages[0]!.line);
    expect(report.files[1]!.path).toBe('clair.md');
  });

  it('reads the standard input with -', () => {
    const clear = falc(['check', '-', '--format', 'json'], 'Vous allez à la mairie.\n');
    expect(clear.status).toBe(0);
    expect(json(clear).files[0]).toMatchObject({ path: 'entrée standard', messages: [], stats: { words: 5, sentences: 1 } });
    const long = falc(['check', '-', '--format', 'json', '--stdin-format', 'mdx'], `${LONG}\n`);
    expect(long.status).toBe(1);
    expect(only(json(long).files[0]!.messages)).toMatchObject([{ ruleId: 'phrase-longue', line: 1, column: 1 }]);
  });

  it('reads the configuration given with --config', () => {
    expect(falc(['check', 'longue.md', '--config', 'souple.json']).status).toBe(0);
    const wrong = falc(['check', 'longue.md', '--config', 'faux.json']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/La règle « phrase-longe » n’existe pas/);
    const missing = falc(['check', 'longue.md', '--config', 'absent.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/ne peut pas être lu/);
  });

  it('honours falc-ignore and lists the suppressions with --show-ignored', () => {
    const run = falc(['check', 'ignore.mdx', '--show-ignored']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Règles ignorées avec falc-ignore : 1\n\s+ignore\.mdx:1\s+phrase-longue\s+« citation exacte de la loi »\s+1 message ignoré/);
    expect(falc(['check', 'ignore.mdx']).stdout).not.toMatch(/ignorées/);
  });

  it('keeps stdout clean for machines: --show-ignored goes to stderr with --format json', () => {
    const run = falc(['check', 'ignore.mdx', '--show-ignored', '--format', 'json']);
    expect(() => json(run)).not.toThrow();
    expect(run.stderr).toMatch(/ignore\.mdx:1/);
  });

  it('writes SARIF and GitHub annotations', () => {
    const sarif = falc(['check', 'longue.md', '--format', 'sarif']);
    expect(sarif.status).toBe(1);
    const log = JSON.parse(sarif.stdout) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.map((result) => result.ruleId)).toContain('phrase-longue');
    const github = falc(['check', 'longue.md', '--format', 'github']);
    expect(github.status).toBe(1);
    expect(github.stdout).toMatch(/^::error file=longue\.md,line=3,col=20,endLine=3,endColumn=\d+,title=falc phrase-longue::Cette phrase a 25 mots\./m);
  });
});
