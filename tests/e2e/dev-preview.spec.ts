import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

// `astro dev` re-checks a guide on save and shows the report in the guide's page (dev panel), and a
// French page for a guide that cannot be built. The server runs on a copy of the project in a temp
// folder: the real guides are never touched. Port: FALC_DEV_PORT (default 4324).
const port = Number(process.env.FALC_DEV_PORT ?? 4324);
const base = `http://127.0.0.1:${port}`;
const GUIDE = 'content/guides/domiciliation.mdx';
const PAGE = `${base}/guides/domiciliation/`;
const SHOWN = 20_000;
// 25 words, in one sentence.
const LONG =
  'Vous pouvez aller voir la personne qui travaille au centre le mardi matin avec tous vos papiers et votre carte pour demander vite une adresse.';
const SENTENCE = 'Vous avez besoin d’une adresse pour recevoir vos lettres.';

let dir: string;
let server: ChildProcess | undefined;
let original: string;
let config: string;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const project = resolve('.');
  dir = mkdtempSync(join(tmpdir(), 'falc-dev-'));
  for (const entry of ['src', 'content', 'rules', 'public', 'astro.config.mjs', 'falc.config.json', 'falc.config.schema.json', 'tsconfig.json', 'package.json']) {
    cpSync(join(project, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'));
  original = readFileSync(join(dir, GUIDE), 'utf8');
  config = readFileSync(join(dir, 'falc.config.json'), 'utf8');
  expect(original).toContain(SENTENCE);
  server = spawn(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: dir, stdio: 'ignore', detached: true });
  const deadline = Date.now() + 200_000;
  for (;;) {
    try {
      const response = await fetch(`${base}/__falc/rapport?guide=domiciliation`);
      if (response.ok && (await response.json())) break;
    } catch {
      /* not ready yet */
    }
    if (Date.now() > deadline) throw new Error('astro dev n’a pas démarré.');
    await new Promise((done) => setTimeout(done, 500));
  }
});

test.afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already stopped */
    }
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const save = (text: string) => writeFileSync(join(dir, GUIDE), text);

test('saving a guide shows its FALC messages in the page, without a restart; saving the fix removes them', async ({ page }) => {
  try {
    await page.goto(PAGE, { timeout: 120_000 });
    const panel = page.locator('#falc-apercu');
    await expect(panel).toContainText(/respecte les règles|Vérification FALC : 0 erreur,/, { timeout: SHOWN });

    const saved = Date.now();
    save(original.replace(SENTENCE, LONG));
    const message = panel.locator('li').filter({ hasText: 'Cette phrase a 25 mots' });
    await expect(message).toHaveCount(1, { timeout: SHOWN });
    const delay = `message affiché ${Date.now() - saved} ms après l’enregistrement (objectif : 3 s)`;
    test.info().annotations.push({ type: 'délai', description: delay });
    console.log(delay);
    await expect(message.locator('blockquote')).toHaveText(LONG, { timeout: SHOWN });
    await expect(message.getByRole('link', { name: 'La règle « phrase-longue »' })).toHaveAttribute('href', '/regles/phrase-longue/');
    // The message's line is counted in the whole file, header included.
    const line = original.split('\n').findIndex((text) => text.includes(SENTENCE)) + 1;
    await expect(message).toContainText(`ligne ${line}`, { timeout: SHOWN });

    // « Voir dans la page » scrolls to the sentence and highlights it.
    // (Astro may reload the page after the save: click again until the highlight is there.)
    await expect(async () => {
      await message.getByRole('link', { name: 'Voir dans la page' }).click({ timeout: 2_000 });
      expect(await page.evaluate(() => String((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('falc-apercu')?.values().next().value ?? ''))).toBe(LONG);
    }).toPass({ timeout: SHOWN });

    // Saving falc.config.json checks the guides again: with the rule turned off, the message goes.
    writeFileSync(join(dir, 'falc.config.json'), JSON.stringify({ preset: 'falc', rules: { 'phrase-longue': 'off' } }));
    await expect(message).toHaveCount(0, { timeout: SHOWN });
    writeFileSync(join(dir, 'falc.config.json'), config);
    await expect(message).toHaveCount(1, { timeout: SHOWN });

    save(original);
    await expect(panel).toContainText(/respecte les règles|Vérification FALC : 0 erreur,/, { timeout: SHOWN });
    await expect(message).toHaveCount(0, { timeout: SHOWN });
  } finally {
    save(original);
    writeFileSync(join(dir, 'falc.config.json'), config);
  }
});

test('saving broken MDX or a wrong date shows a French page with the file, the line and the fix', async ({ page }) => {
  try {
    await page.goto(PAGE, { timeout: 120_000 });
    await expect(page.locator('#falc-apercu')).toBeVisible({ timeout: SHOWN });
    const lines = original.split('\n');
    const at = lines.findIndex((text) => text.startsWith('## Ce guide est pour vous'));
    lines.splice(at + 1, 0, '', '<Etape titre="Aller à la mairie"');
    save(lines.join('\n'));
    const error = page.locator('#falc-erreur-guide');
    await expect(error).toBeVisible({ timeout: SHOWN });
    await expect(error.locator('h1')).toHaveText('Le guide ne peut pas être affiché');
    await expect(error).toContainText(GUIDE);
    await expect(error).toContainText(/Ligne \d+, colonne \d+/);
    await expect(error).toContainText('Vérifiez les balises');
    await expect(page.locator('body')).not.toContainText(/Error|at .*\(.*:\d+:\d+\)|404/);

    // Fixed: the page comes back. The error page reloads by itself once the guide answers; on a loaded
    // machine that can take longer than this test waits, so the test reloads once itself if needed.
    save(original);
    try {
      await expect(page.locator('#falc-apercu')).toBeVisible({ timeout: SHOWN });
    } catch {
      await page.reload({ timeout: 120_000 });
      await expect(page.locator('#falc-apercu')).toBeVisible({ timeout: SHOWN });
    }

    // A wrong date in the header: the French page names the field and its line, not a 404.
    save(original.replace(/^updated: .*$/m, 'updated: 2026-13-45'));
    await expect(error).toBeVisible({ timeout: SHOWN });
    const dateLine = original.split('\n').findIndex((text) => text.startsWith('updated:')) + 1;
    await expect(error).toContainText(`Ligne ${dateLine}`);
    await expect(error).toContainText('2026-11-25');
  } finally {
    save(original);
  }
});
