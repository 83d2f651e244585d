import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.ts';
import { runCli } from '../../src/cli/main.ts';

/** `falc check --watch`: a saved guide is checked again; stopping it ends cleanly. */
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'falc-watch-'));
  // Only phrase-longue, to keep the test light.
  const others = RULES.filter((rule) => rule.id !== 'phrase-longue').map((rule) => [rule.id, 'off']);
  writeFileSync(join(folder, 'falc.config.json'), JSON.stringify({ rules: Object.fromEntries(others) }));
  writeFileSync(join(folder, 'guide.md'), 'Vous allez à la mairie.\n');
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('falc check --watch', { timeout: 120_000 }, () => {
  it('checks a saved file again, then stops cleanly', async () => {
    const controller = new AbortController();
    let stdout = '';
    let stderr = '';
    let resolveSeen: () => void;
    const seen = new Promise<void>((resolve) => (resolveSeen = resolve));
    const code = runCli(['check', '--watch', folder], {
      cwd: folder,
      signal: controller.signal,
      stdout: (text) => {
        stdout += text;
        if (stdout.includes('phrase-longue')) resolveSeen();
      },
      stderr: (text) => (stderr += text),
      onWatching: () => {
        writeFileSync(
          join(folder, 'guide.md'),
          'Vous allez à la mairie de votre ville avec votre carte d’identité pour demander une adresse quand vous dormez dehors depuis longtemps.\n',
        );
      },
    });
    await seen;
    expect(stderr).toContain('guide.md');
    expect(stderr).toContain('Nouvelle vérification');
    expect(stdout).toContain('Cette phrase a 22 mots');
    controller.abort();
    expect(await code).toBe(0);
    expect(stderr).toContain('Surveillance arrêtée.');
  });
});
