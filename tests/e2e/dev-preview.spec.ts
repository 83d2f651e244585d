import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

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
// Real administrative French (a service-public fiche): about 27 messages of the three kinds.
const MANY = `
## Les moyens du comité

Pour exercer ses missions, le comité social et économique (CSE) dispose de moyens matériels et financiers qui sont différents selon l'effectif de l'entreprise. Les membres du CSE bénéficient également de formations.

L'employeur met à la disposition des membres de la délégation du personnel du CSE un local nécessaire pour leur permettre d'accomplir leur mission et, notamment, de se réunir.

Le temps consacré à la formation est pris sur le temps de travail. Le salarié est rémunéré par l'employeur. Le temps de formation n'est pas déduit des heures de délégation.

En l'absence d'accord, la contribution annuelle est calculée en référence au rapport de la contribution à la masse salariale brute pour l'année précédente.

Le CSE peut transférer une partie de l'excédent annuel de son budget de fonctionnement sur le budget des ASC. Le transfert vers le budget destiné aux ASC est possible dans la limite de 10 % de cet excédent.
`;

let dir: string;
let server: ChildProcess | undefined;
let original: string;
let config: string;
let serverLog = '';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

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
  server = spawn(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  // The server's output is kept: a failing test prints its end (CI shows nothing else).
  const keep = (chunk: Buffer) => {
    serverLog = (serverLog + chunk.toString()).slice(-200_000);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
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

test.afterEach(async ({ page }, info) => {
  if (info.status === info.expectedStatus) return;
  const shown = await page
    .evaluate(() => `${document.title} | ${document.body?.innerText.slice(0, 600) ?? ''}`)
    .catch(() => '(page illisible)');
  console.log(`--- page at failure: ${page.url()}\n${shown}\n--- end of astro dev output:\n${serverLog.split('\n').slice(-60).join('\n')}`);
});

test.afterAll(async () => {
  const running = server;
  if (running?.pid && running.exitCode === null) {
    const stopped = new Promise((done) => running.once('exit', done));
    try {
      process.kill(-running.pid, 'SIGTERM');
    } catch {
      /* already stopped */
    }
    // The server writes its cache (.astro) while it stops: remove the folder once it has stopped.
    await Promise.race([stopped, new Promise((done) => setTimeout(done, 15_000))]);
  }
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
});

/** What axe finds on the page, with the rules the /verifier/ test uses. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

const save = (text: string) => writeFileSync(join(dir, GUIDE), text);
/** How vim, VS Code, gedit or Keystatic save: the text goes to another file, renamed over the guide. */
const saveByRename = (text: string) => {
  writeFileSync(join(dir, `${GUIDE}.tmp`), text);
  renameSync(join(dir, `${GUIDE}.tmp`), join(dir, GUIDE));
};

test('saving a guide shows its FALC messages in the page, without a restart; saving the fix removes them', async ({ page }) => {
  try {
    await page.goto(PAGE, { timeout: 120_000 });
    const panel = page.locator('#falc-apercu');
    await expect(panel).toContainText(/respecte les règles|Vérification FALC : 0 erreur,/, { timeout: SHOWN });

    const saved = Date.now();
    save(original.replace(SENTENCE, LONG));
    const message = panel.locator('li').filter({ hasText: 'Cette phrase a 25 mots' });
    await expect(message).toHaveCount(1, { timeout: SHOWN });
    // The counts use the words of the messages: « Attention » messages are « points d’attention », not « conseils ».
    await expect(panel.locator('summary')).toHaveText(/^Vérification FALC : [1-9]\d* erreurs?, \d+ points? d’attention, \d+ conseils?$/);
    const delay = `message affiché ${Date.now() - saved} ms après l’enregistrement (objectif : 3 s)`;
    test.info().annotations.push({ type: 'délai', description: delay });
    console.log(delay);
    await expect(message.locator('blockquote')).toHaveText(LONG, { timeout: SHOWN });
    await expect(message.getByRole('link', { name: 'La règle « Phrase trop longue »' })).toHaveAttribute('href', '/regles/phrase-longue/');
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

    // The fix, saved as most editors save (a new file renamed over the guide): the message goes.
    saveByRename(original);
    await expect(panel).toContainText(/respecte les règles|Vérification FALC : 0 erreur,/, { timeout: SHOWN });
    await expect(message).toHaveCount(0, { timeout: SHOWN });
    // And again the same way: the guide is still followed after it was replaced.
    saveByRename(original.replace(SENTENCE, LONG));
    await expect(message).toHaveCount(1, { timeout: SHOWN });
    saveByRename(original);
    await expect(message).toHaveCount(0, { timeout: SHOWN });
  } finally {
    save(original);
    writeFileSync(join(dir, 'falc.config.json'), config);
  }
});

test('saving broken MDX, then a wrong date, shows a French page with the file, the line and the fix; saving the fix brings the guide back', async ({ page }) => {
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

    // Saved again with another error (a wrong date in the header): the French page shows the new error by
    // itself, with the field and its line, not a 404.
    save(original.replace(/^updated: .*$/m, 'updated: 2026-13-45'));
    const dateLine = original.split('\n').findIndex((text) => text.startsWith('updated:')) + 1;
    await expect(error).toContainText(`Ligne ${dateLine}`, { timeout: SHOWN });
    await expect(error).toContainText('2026-11-25');
    await expect(error).not.toContainText('Vérifiez les balises');

    // Fixed: the page comes back by itself, once Vite has compiled the fixed guide. If it has not after
    // 20 s (a very loaded machine), the test reloads, as an author would, and says so.
    save(original);
    try {
      await expect(page.locator('#falc-apercu')).toBeVisible({ timeout: SHOWN });
    } catch {
      console.log('La page du guide n’est pas revenue toute seule en 20 s : la page est rechargée.');
      await expect(async () => {
        await page.reload({ timeout: 60_000 });
        await expect(page.locator('#falc-apercu')).toBeVisible({ timeout: 10_000 });
      }).toPass({ timeout: 90_000, intervals: [2_000, 5_000] });
    }
  } finally {
    save(original);
  }
});

test('the readability of the whole guide is listed first as about the text: no line, no quote, no « Voir dans la page »', async ({ page }) => {
  try {
    // A score the guide cannot reach: the message about the whole text (rule `lisibilite`) appears.
    writeFileSync(join(dir, 'falc.config.json'), JSON.stringify({ preset: 'falc', rules: { lisibilite: { options: { minGuide: 120 } } } }));
    await page.goto(PAGE, { timeout: 120_000 });
    const panel = page.locator('#falc-apercu');
    const first = panel.locator('li').first();
    await expect(first).toContainText(/^Attention, tout le texte : Le texte est difficile à lire/, { timeout: SHOWN });
    await expect(first.locator('blockquote')).toHaveCount(0);
    await expect(first.getByRole('link', { name: 'Voir dans la page' })).toHaveCount(0);
    await expect(first.getByRole('link', { name: 'La règle « Texte difficile à lire »' })).toHaveAttribute('href', '/regles/lisibilite/');
  } finally {
    writeFileSync(join(dir, 'falc.config.json'), config);
  }
});

test('the panel has the filter of /verifier/ (kinds and rule, by keyboard, the count said), kept after a reload; axe finds nothing in the panel with many messages', async ({ page }) => {
  try {
    save(`${original.trimEnd()}\n${MANY}`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(PAGE, { timeout: 120_000 });
    const panel = page.locator('#falc-apercu');
    const items = panel.locator('ol > li');
    await expect.poll(() => items.count(), { timeout: SHOWN }).toBeGreaterThan(20);
    const form = panel.getByRole('group', { name: 'Montrer dans la liste' });
    await expect(form).toBeVisible();
    // The number of messages, from « Toutes les règles (N) »: counting the items once could read an empty
    // list when Astro reloads the page once more after the save (seen on a busy machine).
    const all = form.getByRole('combobox', { name: 'Règle :' }).locator('option').first();
    let total = 0;
    await expect
      .poll(async () => (total = Number(/\((\d+)\)$/.exec((await all.textContent({ timeout: 1000 }).catch(() => null)) ?? '')?.[1] ?? 0)), { timeout: SHOWN })
      .toBeGreaterThan(20);
    await expect(items).toHaveCount(total);
    const errors = form.getByRole('checkbox', { name: /^Erreurs \(\d+\)$/ });
    const errorCount = Number(/\((\d+)\)/.exec((await errors.locator('..').textContent()) ?? '')?.[1]);
    expect(errorCount).toBeGreaterThan(0);
    const shown = panel.locator('.falc-apercu-montres');
    await expect(shown).toHaveAttribute('role', 'status');
    await expect(shown).toHaveText('');

    // By keyboard: Space unticks « Points d’attention » and « Conseils »; only the errors stay.
    for (const name of [/^Points d’attention \(\d+\)$/, /^Conseils \(\d+\)$/]) {
      await form.getByRole('checkbox', { name }).focus();
      await page.keyboard.press('Space');
    }
    await expect(items).toHaveCount(errorCount);
    await expect(shown).toHaveText(errorCount === 1 ? `La liste montre 1 message sur ${total}.` : `La liste montre ${errorCount} messages sur ${total}.`);
    for (const item of await items.all()) await expect(item).toContainText(/^Erreur/);

    // One rule, chosen with the arrow keys' list: only its messages.
    await form.getByRole('checkbox', { name: /^Points d’attention/ }).check();
    await form.getByRole('combobox', { name: /^Règle/ }).selectOption('mot-difficile');
    await expect(shown).toHaveText(/^La liste montre \d+ messages? sur \d+\.$/);
    for (const item of await items.all()) await expect(item.getByRole('link', { name: 'La règle « Mot difficile »' })).toHaveCount(1);

    // Astro reloads the page after each save: the choice is kept.
    await page.reload();
    await expect(form.getByRole('combobox', { name: /^Règle/ })).toHaveValue('mot-difficile', { timeout: SHOWN });
    await expect(shown).toHaveText(/^La liste montre \d+ messages? sur \d+\.$/, { timeout: SHOWN });

    // axe, on the page with the open panel, all its messages and its filter (the panel sits over the guide:
    // its landmark and its controls are checked with the page's).
    await form.getByRole('combobox', { name: /^Règle/ }).selectOption('');
    await form.getByRole('checkbox', { name: /^Conseils/ }).check();
    await expect(items).toHaveCount(total);
    expect(await axeViolations(page)).toEqual([]);
    // And on a phone, the panel open over the guide (it scrolls by itself: 60 % of the screen).
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    save(original);
  }
});

test('on a phone, the panel starts closed with its counts in view, so the guide is not hidden; a tap opens it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PAGE, { timeout: 120_000 });
  const panel = page.locator('#falc-apercu');
  const summary = panel.locator('summary');
  await expect(summary).toHaveText(/^Vérification FALC : /, { timeout: SHOWN });
  await expect(panel.locator('details')).not.toHaveAttribute('open');
  // Closed, the panel takes a line or two at the bottom of the screen.
  expect((await panel.boundingBox())?.height ?? 999).toBeLessThan(120);
  await summary.click();
  await expect(panel.locator('details')).toHaveAttribute('open', '');
  // The choice is kept when the page reloads (Astro reloads it after each save).
  await page.reload();
  await expect(panel.locator('details')).toHaveAttribute('open', '', { timeout: SHOWN });
});
