import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { severityOf } from '../../src/engine/index.ts';
import { checkPaths } from '../../src/node/check-files.ts';
import { COPY } from './project-copy.mjs';

/**
 * The guide editor (`npm run editer`): it works without network (no request leaves 127.0.0.1, even for
 * Keystatic's font), shows the FALC report beside the form, and a save writes a guide that `falc check`
 * reads, with the new report beside the form.
 */
// The editor runs in a copy of the project (project-copy.mjs): the real guide is never written.
const GUIDE = join(COPY, 'content', 'guides', 'domiciliation.mdx');

test('opens a guide offline, with its FALC report beside the form; a save updates the file and the report', async ({ page, baseURL }) => {
  const local = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const outside: string[] = [];
  // Everything that is not the local server is blocked and recorded.
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(local) || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  // No error in the console either (there was a 404 on /favicon.ico: src/editor/favicon.ts).
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url}`);
  });
  await page.goto('/keystatic/collection/guides/item/domiciliation');
  const report = page.locator('[data-falc-rapport="domiciliation"]');
  await expect(report.getByRole('heading', { name: 'Messages de la vérification FALC' })).toBeVisible();
  await expect(report.getByRole('status')).toHaveText(/0 erreur/);
  await expect(report.getByRole('link', { name: 'Voir la page et les messages' })).toHaveAttribute('href', '/guides/domiciliation/');
  // The pictogram picker shows the catalogue's drawing of the chosen pictogram.
  await expect(page.getByLabel('Pictogramme du guide')).toHaveValue('courrier-recu');
  await expect(page.locator('[data-champ="picto"] img[alt="Courrier reçu"]')).toBeVisible();
  // The status only moves forward: a draft can become « relu » or « valide », never the reverse.
  await expect(page.getByLabel('Statut').locator('option')).toHaveCount(3);

  // A new sentence typed in the header, then saved: the file changes and the guide is checked again.
  const audience = page.getByLabel('Pour qui ?');
  await audience.fill('Les personnes sans domicile, afin de recevoir leur courrier.');
  const version = await report.getAttribute('data-version');
  // A mark on the page: it is lost if the page reloads (src/editor/keep-form.ts).
  await page.evaluate(() => Object.assign(window, { falcMarque: true }));
  await page.getByRole('button', { name: 'Sauvegarder' }).click();
  await expect.poll(async () => readFile(GUIDE, 'utf8'), { timeout: 60_000 }).toContain('afin de recevoir leur courrier');
  const [file] = await checkPaths([GUIDE], { cwd: COPY });
  // The saved file passes `falc check`: no error (the same engine and configuration as the command).
  expect(file?.messages.filter((message) => severityOf(message) === 'error').map((message) => message.reason)).toEqual([]);
  await expect(report).not.toHaveAttribute('data-version', version ?? '');
  // The page did not reload after the save: the author stays in the form.
  expect(await page.evaluate(() => (window as { falcMarque?: boolean }).falcMarque)).toBe(true);
  expect(outside).toEqual([]);
  expect(consoleErrors).toEqual([]);
  // The browser asks for /favicon.ico (Keystatic's page names no icon): it gets the site's icon, not a 404.
  const icon = await page.request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

test('the readability of the whole guide is listed first, under « tout le texte », with no quote', async ({ page }) => {
  const configFile = join(COPY, 'falc.config.json');
  const config = await readFile(configFile, 'utf8');
  try {
    // A score the guide cannot reach: the message about the whole text (rule `lisibilite`) appears.
    await writeFile(configFile, JSON.stringify({ preset: 'falc', rules: { lisibilite: { options: { minGuide: 120 } } } }));
    await page.goto('/keystatic/collection/guides/item/domiciliation');
    const report = page.locator('[data-falc-rapport="domiciliation"]');
    const first = report.getByRole('listitem').first();
    await expect(first).toHaveAttribute('data-tout-le-texte', 'oui');
    await expect(first.locator('strong')).toHaveText(/^Attention, tout le texte :/);
    await expect(first).toContainText(/^Attention, tout le texte : Le texte est difficile à lire/);
    await expect(first.locator('blockquote')).toHaveCount(0);
    await expect(first.getByRole('link', { name: 'La règle « Texte difficile à lire »' })).toHaveAttribute('href', '/regles/lisibilite/');
    await expect(report.locator('[data-tout-le-texte="oui"]')).toHaveCount(1);
  } finally {
    await writeFile(configFile, config);
  }
});
