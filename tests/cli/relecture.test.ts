import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { readerFingerprint } from '../../src/engine/fingerprint.ts';
import { GUIDE_FRONTMATTER } from '../helpers.ts';

const GUIDE = `${GUIDE_FRONTMATTER}
{/* Une note pour les auteurs. */}
Ce guide vous aide à avoir une adresse.

Vous allez à la mairie.
`;

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

function guideFile(text = GUIDE): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'falc-relecture-'));
  const path = join(dir, 'guide.mdx');
  writeFileSync(path, text);
  return { dir, path };
}

describe('falc relecture', { timeout: 60_000 }, () => {
  it('records the review in the header, keeps the rest of the file, and falc check agrees', async () => {
    const { dir, path } = guideFile();
    const result = await run(['relecture', path, '--par', 'Atelier FALC de l’ESAT', '--par', 'Marie D.', '--consentement', '--date', '2026-11-20', '--changements', 'Une phrase plus courte.']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Relecture enregistrée');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('relecture:\n  date: 2026-11-20\n  par:\n    - Atelier FALC de l’ESAT\n    - Marie D.\n  consentement: true\n  changements: Une phrase plus courte.\n');
    expect(text).toContain(`empreinte: ${readerFingerprint(GUIDE)}`);
    expect(text.endsWith(GUIDE.slice(GUIDE.indexOf('---\n', 4)))).toBe(true);
    expect(readdirSync(dir)).toEqual(['guide.mdx']);
    // A reviewed guide may now say « valide »; one changed sentence sends it back to « à relire ».
    writeFileSync(path, text.replace('status: brouillon', 'status: valide'));
    const clean = await run(['check', path, '--format', 'json']);
    expect(JSON.parse(clean.stdout).files[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'relecture')).toEqual([]);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Vous allez à la mairie.', 'Vous allez à la mairie de votre ville.'));
    const changed = await run(['check', path, '--format', 'json']);
    const messages = JSON.parse(changed.stdout).files[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'relecture');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ severity: 'warning' });
  });

  it('replaces an older review', async () => {
    const { path } = guideFile();
    await run(['relecture', path, '--par', 'Groupe A', '--consentement', '--date', '2026-01-05']);
    await run(['relecture', path, '--par', 'Groupe B', '--consentement', '--date', '2026-11-20']);
    const text = readFileSync(path, 'utf8');
    expect(text.match(/relecture:/g)).toHaveLength(1);
    expect(text).toContain('Groupe B');
    expect(text).not.toContain('Groupe A');
  });

  it.each([
    ['no reviewer', ['--consentement'], 'Indiquez qui a relu'],
    ['no consent to publish the names', ['--par', 'Marie D.'], 'Demandez leur accord'],
    ['a wrong date', ['--par', 'Marie D.', '--consentement', '--date', '20/11/2026'], 'mal écrite'],
    ['an unknown option', ['--par', 'Marie D.', '--consentement', '--relecteur', 'x'], 'n’est pas connue'],
  ])('refuses %s in French, exit 2, the file unchanged', async (_label, options, expected) => {
    const { path } = guideFile();
    const result = await run(['relecture', path, ...options]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(expected);
    expect(readFileSync(path, 'utf8')).toBe(GUIDE);
  });

  it('says in French when the file is missing or has no header', async () => {
    const missing = await run(['relecture', join(tmpdir(), 'absent-falc.mdx'), '--par', 'A', '--consentement']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('n’existe pas');
    const { path } = guideFile('Vous allez à la mairie.\n');
    const plain = await run(['relecture', path, '--par', 'A', '--consentement']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('pas d’en-tête');
  });
});
