import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The site's build and the CLI share one engine and one reporter: a guide with a FALC error stops
 * `astro build` with the same French message as `falc check`. The build runs in a copy of the project.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LONG_SENTENCE =
  'Vous décidez vous-même de demander une adresse au centre communal de votre ville quand vous en avez besoin pour vos droits et vos aides sociales.';

let copy: string;
/** The line of the long sentence in the copied guide (the guide's header may grow). */
let line: number;
const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', CI: 'true' };

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: copy, encoding: 'utf8', env, timeout: 600_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'falc-build-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'falc.config.json', 'src', 'rules', 'content', 'public', 'bin']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const guide = join(copy, 'content/guides/domiciliation.mdx');
  const text = readFileSync(guide, 'utf8').replace('C’est vous qui décidez.', LONG_SENTENCE);
  expect(text).toContain(LONG_SENTENCE);
  line = text.split('\n').findIndex((candidate) => candidate.startsWith(LONG_SENTENCE)) + 1;
  writeFileSync(guide, text);
  // The first identity card guide of issue 9 (every mistake of tests/cli/cni-guide.test.ts).
  cpSync(join(ROOT, 'tests/fixtures/cni-premiere-demande.mdx'), join(copy, 'content/guides/premiere-carte-identite.mdx'));
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('astro build with a FALC error', () => {
  it('stops with the same French message as falc check, without a stack trace', () => {
    const check = run(join(copy, 'bin/falc.mjs'), ['check', 'content/guides/domiciliation.mdx', '--format', 'json']);
    expect(check.status).toBe(1);
    const report = JSON.parse(check.output.slice(0, check.output.lastIndexOf('}') + 1)) as {
      files: Array<{ messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
    };
    const message = report.files[0]!.messages.find((candidate) => candidate.ruleId === 'phrase-longue')!;
    expect(message).toMatchObject({ line, column: 1 });
    expect(message.message).toMatch(/^Cette phrase a 25 mots\./);

    const build = run(join(copy, 'node_modules/.bin/astro'), ['build']);
    expect(build.status).toBe(1);
    expect(build.output).toContain('content/guides/domiciliation.mdx');
    expect(build.output).toContain(`${line}:1    erreur    ${message.message}  phrase-longue`);
    expect(build.output).toContain('le site n’est pas construit');
    // The identity card guide is refused too, with each of its mistakes at its place.
    const cni = readFileSync(join(copy, 'content/guides/premiere-carte-identite.mdx'), 'utf8').split('\n');
    const at = (text: string) => {
      const index = cni.findIndex((candidate) => candidate.includes(text));
      return `${index + 1}:${cni[index]!.indexOf(text) + 1}`;
    };
    expect(build.output).toContain('content/guides/premiere-carte-identite.mdx');
    for (const [text, rule] of [['DÉLIVRANCE', 'majuscules'], ['1ère', 'abreviation'], ['Ce guide vous explique', 'phrase-longue'], ['• Votre', 'mise-en-forme'], ['*03', 'mise-en-forme'], ['<etape ', 'composant'], ['<Etape titre="Aller', 'composant']]) {
      expect(build.output).toMatch(new RegExp(`\\n\\s*${at(text!)}\\s+erreur\\s+.*  ${rule}\\n`));
    }
    expect(build.output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  }, 180_000);
});
