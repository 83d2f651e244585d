import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RULES } from '../../rules/index.ts';
import { runCli } from '../../src/cli/main.ts';

/** Every rule off but `phrase-longue`: the watch tests look at one message. */
const others = Object.fromEntries(RULES.filter((rule) => rule.id !== 'phrase-longue').map((rule) => [rule.id, 'off']));

/** `falc check --watch`: a saved guide is checked again; stopping it ends cleanly. */
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'falc-watch-'));
  // Only phrase-longue, to keep the test light.
  writeFileSync(join(folder, 'falc.config.json'), JSON.stringify({ rules: others }));
  writeFileSync(join(folder, 'guide.md'), 'Vous allez à la mairie.\n');
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Starts `falc check --watch` in `cwd`, and resolves once it watches. `stop()` ends it and gives its exit code. */
async function startWatching(args: string[], cwd: string) {
  const controller = new AbortController();
  const watch = { stdout: '', stderr: '', stop: async () => (controller.abort(), code) };
  let ready = false;
  const code = runCli(args, {
    cwd,
    signal: controller.signal,
    stdout: (text) => (watch.stdout += text),
    stderr: (text) => (watch.stderr += text),
    onWatching: () => (ready = true),
  });
  await vi.waitFor(() => expect(ready).toBe(true), { timeout: 60_000, interval: 50 });
  return watch;
}

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

  it('sees every save of a single watched file when the editor saves by replacing it (temporary file, then rename)', async () => {
    const project = mkdtempSync(join(tmpdir(), 'falc-watch-rename-'));
    try {
      writeFileSync(join(project, 'falc.config.json'), JSON.stringify({ rules: others }));
      writeFileSync(join(project, 'guide.md'), 'Vous allez à la mairie.\n');
      const watch = await startWatching(['check', '--watch', 'guide.md'], project);
      expect(watch.stdout).toContain('0 erreur');
      // How vim, VS Code, gedit or Keystatic save: the new text goes to another file, renamed over the guide.
      const saveByRename = (text: string) => {
        writeFileSync(join(project, '.guide.md.tmp'), text);
        renameSync(join(project, '.guide.md.tmp'), join(project, 'guide.md'));
      };
      // First save: a 22-word sentence.
      saveByRename('Vous allez à la mairie de votre ville avec votre carte d’identité pour demander une adresse quand vous dormez dehors depuis longtemps.\n');
      await vi.waitFor(() => expect(watch.stdout).toContain('Cette phrase a 22 mots'), { timeout: 60_000, interval: 100 });
      // Second save, the same way: the file watched at the start is gone since the first save.
      const before = watch.stdout.length;
      saveByRename('Vous allez à la mairie de votre ville avec votre carte d’identité et votre livret de famille pour demander une adresse quand vous dormez dehors.\n');
      await vi.waitFor(() => expect(watch.stdout.slice(before)).toContain('Cette phrase a 25 mots'), { timeout: 60_000, interval: 100 });
      // The temporary file is not a guide to check.
      expect(watch.stderr).not.toContain('.guide.md.tmp');
      expect(await watch.stop()).toBe(0);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('checks every file again with the new configuration when falc.config.json is saved', async () => {
    const project = mkdtempSync(join(tmpdir(), 'falc-watch-config-'));
    try {
      // First a lenient limit: the 22-word sentence passes.
      writeFileSync(join(project, 'falc.config.json'), JSON.stringify({ rules: { ...others, 'phrase-longue': { options: { max: 30 } } } }));
      mkdirSync(join(project, 'textes'));
      writeFileSync(
        join(project, 'textes', 'guide.md'),
        'Vous allez à la mairie de votre ville avec votre carte d’identité pour demander une adresse quand vous dormez dehors depuis longtemps.\n',
      );
      const watch = await startWatching(['check', '--watch', 'textes'], project);
      // The first check, with the lenient limit, is clean (and it read the guide from the project folder).
      expect(watch.stdout).toContain('0 erreur');
      expect(watch.stdout).not.toContain('phrase-longue');
      // The author lowers the limit back to its default: only the configuration is saved.
      writeFileSync(join(project, 'falc.config.json'), JSON.stringify({ rules: others }));
      await vi.waitFor(() => expect(watch.stdout).toContain('Cette phrase a 22 mots'), { timeout: 60_000, interval: 100 });
      expect(watch.stderr).toContain('falc.config.json');
      expect(watch.stderr).toContain('nouvelle vérification de tous les fichiers');
      expect(await watch.stop()).toBe(0);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('keeps the old configuration and says why when the saved one is wrong', async () => {
    const project = mkdtempSync(join(tmpdir(), 'falc-watch-broken-'));
    try {
      writeFileSync(join(project, 'falc.config.json'), JSON.stringify({ rules: others }));
      writeFileSync(join(project, 'guide.md'), 'Vous allez à la mairie.\n');
      const controller = new AbortController();
      let stderr = '';
      let resolveSeen: () => void;
      const seen = new Promise<void>((resolve) => (resolveSeen = resolve));
      const code = runCli(['check', '--watch', join(project, 'guide.md')], {
        cwd: project,
        signal: controller.signal,
        stdout: () => undefined,
        stderr: (text) => {
          stderr += text;
          if (stderr.includes('ancienne configuration')) resolveSeen();
        },
        onWatching: () => writeFileSync(join(project, 'falc.config.json'), '{ "rules": { '),
      });
      await seen;
      expect(stderr).toContain('n’est pas un JSON valide');
      expect(stderr).not.toMatch(/\n\s+at /);
      controller.abort();
      expect(await code).toBe(0);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('checks every file again with the new glossary when a glossary entry is saved', async () => {
    const project = mkdtempSync(join(tmpdir(), 'falc-watch-glossary-'));
    try {
      // Only the spelling rule: a word the dictionary does not know is accepted once the glossary explains it.
      const others = Object.fromEntries(RULES.filter((rule) => rule.id !== 'orthographe').map((rule) => [rule.id, 'off']));
      writeFileSync(join(project, 'falc.config.json'), JSON.stringify({ rules: others }));
      mkdirSync(join(project, 'content', 'glossaire'), { recursive: true });
      writeFileSync(join(project, 'texte.md'), 'Vous recevez le chèque solidarzo.\n');
      const watch = await startWatching(['check', '--watch', 'texte.md'], project);
      expect(watch.stdout).toContain('Le mot « solidarzo » n’est pas dans le dictionnaire');
      const before = watch.stdout.length;
      writeFileSync(join(project, 'content', 'glossaire', 'solidarzo.mdx'), '---\nterm: solidarzo\n---\n\nLe solidarzo est une aide de la ville.\n');
      await vi.waitFor(() => expect(watch.stdout.slice(before)).toMatch(/0 erreur, 0 point d’attention/), { timeout: 60_000, interval: 100 });
      expect(watch.stdout.slice(before)).not.toContain('solidarzo');
      expect(watch.stderr).toContain('content/glossaire/solidarzo.mdx');
      expect(await watch.stop()).toBe(0);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
