import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { globSync } from 'tinyglobby';
import { SEVERITY_LABELS } from '../../src/report/severity-labels.ts';

// The /verifier/ page on the built site: the FALC engine runs in the browser, in a Web Worker.
// Timeouts are generous: the machine may be busy, and the first check parses the language data.
const CHECK_TIMEOUT = 20_000;
test.describe.configure({ timeout: 120_000 });

async function openVerifier(page: Page): Promise<void> {
  await page.goto('/verifier/');
  // The worker has loaded the engine and its language data.
  await expect(page.locator('#etat')).toHaveAttribute('data-pret', 'oui', { timeout: CHECK_TIMEOUT });
}

/** Waits until the worker has fetched the spelling lookup (the page then needs no network). */
async function waitForSpelling(page: Page): Promise<void> {
  await expect(page.locator('#etat')).toHaveAttribute('data-orthographe', 'oui', { timeout: CHECK_TIMEOUT });
}

/** The messages of `falc check --format json` for a text, written to a temporary `.md` (or `.mdx`) file. */
function cliMessages(text: string, name = 'texte.md'): Array<{ ruleId: string; severity: keyof typeof SEVERITY_LABELS; line: number; message: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'falc-verifier-'));
  try {
    const path = join(folder, name);
    writeFileSync(path, text);
    const run = spawnSync(process.execPath, ['bin/falc.mjs', 'check', '--format', 'json', path], { encoding: 'utf8', timeout: 60_000 });
    return (JSON.parse(run.stdout) as { files: Array<{ messages: Array<{ ruleId: string; severity: keyof typeof SEVERITY_LABELS; line: number; message: string }> }> }).files[0]!.messages;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function typeText(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.insertText(text);
}

const editorText = (page: Page) => page.locator('.cm-content');

test('typing a text shows the FALC messages, underlined and listed, with the count announced', async ({ page }) => {
  await openVerifier(page);
  await typeText(page, 'Vous avez trois enfants. La CAF vous répond.');
  const messages = page.locator('#messages li');
  await expect(messages.filter({ hasText: '« trois » est écrit en lettres' })).toHaveCount(1, { timeout: CHECK_TIMEOUT });
  await expect(messages.filter({ hasText: 'Le sigle « CAF »' })).toHaveCount(1);
  await expect(page.locator('#etat')).toHaveText(/^2 problèmes trouvés/);
  await expect(page.locator('#etat')).toHaveAttribute('role', 'status');
  // The readability score of the text, in words first (a short text: the score may change a lot).
  await expect(page.locator('#score')).toHaveText(/^Texte (très )?(assez )?(facile|difficile) à lire\. \(Score de lisibilité \d+ sur 100.*\) Le texte est court/);
  await expect(page.locator('.cm-lintRange-warning, .cm-lintRange-error').first()).toBeVisible();
  await expect(messages.first().getByRole('link', { name: /La règle/ })).toHaveAttribute('href', /^\/regles\/[a-z-]+\/$/);
});

test('the counts use the words of the messages: an « Attention » message is counted as a « point d’attention »', async ({ page }) => {
  await openVerifier(page);
  // « trois » in letters: an error; a negative sentence without bold: « Attention ».
  await typeText(page, 'Vous avez trois enfants.\nVous ne payez pas la cantine.');
  const messages = page.locator('#messages li');
  await expect(messages.filter({ hasText: /^Attention, ligne 2 : Cette phrase est négative/ })).toHaveCount(1, { timeout: CHECK_TIMEOUT });
  await expect(page.locator('#etat')).toHaveText('2 problèmes trouvés : 1 erreur, 1 point d’attention, 0 conseil.');
  // The link to the rule's page says the rule's French name, not its id (« negation »).
  await expect(messages.nth(1).getByRole('link', { name: 'La règle « Phrase négative »' })).toHaveAttribute('href', '/regles/negation/');
});

test('on a phone, « Voir dans le texte » shows the words well inside the screen, not on its edge', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openVerifier(page);
  // 60 short paragraphs; the 45th has « trois » in letters.
  const lines = Array.from({ length: 60 }, (_, index) => (index === 44 ? 'Vous avez trois enfants.' : `Vous allez à la mairie le lundi ${index + 1}.`));
  await typeText(page, lines.join('\n\n'));
  const message = page.locator('#messages li').filter({ hasText: '« trois » est écrit en lettres' });
  await expect(message).toHaveCount(1, { timeout: CHECK_TIMEOUT });
  await message.getByRole('button', { name: 'Voir dans le texte' }).click();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('trois');
  await expect
    .poll(() => page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().top / innerHeight))
    .toBeGreaterThan(0.15);
  const top = await page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().top / innerHeight);
  expect(top).toBeLessThan(0.8);
});

test('the fix button for « trois » writes « 3 », and the message goes away', async ({ page }) => {
  await openVerifier(page);
  await typeText(page, 'Vous avez trois enfants.');
  const fix = page.getByRole('button', { name: 'Corriger : écrire « 3 »' });
  await expect(fix).toBeVisible({ timeout: CHECK_TIMEOUT });
  await fix.click();
  await expect(editorText(page)).toHaveText('Vous avez 3 enfants.');
  await expect(page.locator('#messages li')).toHaveCount(0, { timeout: CHECK_TIMEOUT });
  await expect(page.locator('#etat')).toHaveText('Aucun problème trouvé.');
});

test('a re-check keeps the list items of the messages that did not change (a long list is not rebuilt on each keystroke)', async ({ page }) => {
  await openVerifier(page);
  await typeText(page, 'Vous avez trois enfants.\nLa CAF vous répond.');
  const caf = page.locator('#messages li').filter({ hasText: 'Le sigle « CAF »' });
  await expect(caf).toHaveCount(1, { timeout: CHECK_TIMEOUT });
  await caf.locator('.message-contenu').evaluate((content) => content.setAttribute('data-essai', 'garde'));
  await page.locator('#messages li').first().evaluate((item) => item.setAttribute('data-essai', 'premier'));
  await page.getByRole('button', { name: 'Corriger : écrire « 3 »' }).click();
  await expect(page.locator('#messages li')).toHaveCount(1, { timeout: CHECK_TIMEOUT });
  // The same content: it was kept, not built again.
  await expect(page.locator('#messages .message-contenu[data-essai="garde"]')).toHaveText(/Le sigle « CAF »/);
  // The first list item stayed in place and shows it now: no item was inserted or removed before it
  // (that would make the browser lay out every later item again).
  await expect(page.locator('#messages li[data-essai="premier"]')).toHaveText(/Le sigle « CAF »/);
  // Its style follows the message it shows now (« Erreur » for the sigle).
  await expect(page.locator('#messages li[data-essai="premier"]')).toHaveText(/^Erreur/);
  await expect(page.locator('#messages li[data-essai="premier"]')).toHaveClass('message message-error');
  // Its buttons still act on the message's place, which moved with the fix.
  await page.locator('#messages .message-contenu[data-essai="garde"]').getByRole('button', { name: 'Voir dans le texte' }).click();
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('CAF');
});

test('the fix button writes a date and an hour the easy way', async ({ page }) => {
  await openVerifier(page);
  await typeText(page, 'Votre dossier n° 4 arrive le 03/04/2026 à 09:30.');
  for (const name of ['Corriger : écrire « numéro »', 'Corriger : écrire « 3 avril 2026 »', 'Corriger : écrire « 9 h 30 »']) {
    const fix = page.getByRole('button', { name });
    await expect(fix).toBeVisible({ timeout: CHECK_TIMEOUT });
    await fix.click();
  }
  await expect(editorText(page)).toHaveText('Votre dossier numéro 4 arrive le 3 avril 2026 à 9 h 30.');
});

test('with the network cut after loading, checking still works, spelling included, and nothing is requested', async ({ page, context }) => {
  await openVerifier(page);
  await waitForSpelling(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await context.setOffline(true);
  await typeText(page, 'Vous avez trois enfants. Le dossié est prêt.');
  await expect(page.locator('#messages li').filter({ hasText: '« trois »' })).toHaveCount(1, { timeout: CHECK_TIMEOUT });
  await expect(page.locator('#messages li').filter({ hasText: 'Le mot « dossié » n’est pas dans le dictionnaire' })).toHaveCount(1, { timeout: CHECK_TIMEOUT });
  expect(requests).toEqual([]);
});

test('when the checker cannot start (its file is not loaded), the page says so in French instead of staying silent', async ({ page }) => {
  await page.route('**/check-worker-*.js', (route) => route.abort());
  await page.goto('/verifier/');
  await expect(page.locator('#etat')).toHaveText('Le vérificateur n’a pas pu démarrer. Vérifiez votre connexion à internet, puis rechargez la page. Votre texte est gardé.', { timeout: CHECK_TIMEOUT });
  await expect(page.locator('#etat')).toHaveAttribute('data-panne', 'oui');
  // Typing does not hide it behind « Écrivez un texte pour le vérifier. » or old results.
  await typeText(page, 'Vous avez trois enfants.');
  await page.waitForTimeout(1000);
  await expect(page.locator('#etat')).toHaveText(/^Le vérificateur n’a pas pu démarrer/);
  await expect(page.locator('#messages li')).toHaveCount(0);
});

test('when the dictionary cannot be loaded, the page says what to do in the page, not a command', async ({ page }) => {
  await page.route('**/*.dawg', (route) => route.abort());
  await openVerifier(page);
  await expect(page.locator('#etat')).toHaveAttribute('data-orthographe', 'non', { timeout: CHECK_TIMEOUT });
  await expect(page.locator('#orthographe')).toHaveText(/^Le dictionnaire n’a pas pu être chargé\. .*rechargez la page\.$/);
  await expect(page.locator('#orthographe')).not.toContainText(/falc|commande|terminal/);
});

test('a misspelled word gets the same spelling message as falc check', async ({ page }) => {
  const text = 'Le dossié est prêt. Vous allez a la mairie avec vos papiés.';
  const expected = cliMessages(text).filter((message) => message.ruleId === 'orthographe');
  // The CLI finds the two misspelled words, with its suggestions (« dossier », « papiers »).
  expect(expected.map((message) => message.message).join('\n')).toMatch(/« dossié »[\s\S]*« papiés »/);
  await openVerifier(page);
  // Typed before the lookup is fetched: the page checks the text again once it is there.
  await typeText(page, text);
  await waitForSpelling(page);
  const spelling = page.locator('#messages li').filter({ hasText: 'n’est pas dans le dictionnaire' });
  await expect(spelling).toHaveCount(expected.length, { timeout: CHECK_TIMEOUT });
  for (const [index, message] of expected.entries()) {
    await expect(spelling.nth(index).locator('p').first()).toHaveText(`${SEVERITY_LABELS[message.severity].replace(/^./, (letter) => letter.toUpperCase())}, ligne ${message.line} : ${message.message}`);
  }
});

test('the worker warms the engine up once the page is idle, and a text typed meanwhile gets its messages first', async ({ page }) => {
  await openVerifier(page);
  await waitForSpelling(page);
  // A second after the spelling lookup is loaded, the worker checks some of the project's guides.
  await expect(page.locator('#etat')).toHaveAttribute('data-echauffe', /^(en-cours|oui)$/, { timeout: CHECK_TIMEOUT });
  await typeText(page, 'Vous avez trois enfants. La CAF vous répond.');
  const messages = page.locator('#messages li');
  await expect(messages.filter({ hasText: '« trois » est écrit en lettres' })).toHaveCount(1, { timeout: CHECK_TIMEOUT });
  await expect(messages.filter({ hasText: 'Le sigle « CAF »' })).toHaveCount(1);
  await expect(page.locator('#etat')).toHaveText(/^2 problèmes trouvés/);
  // The warm-up goes on once the author stops typing, and its checks never show on the page.
  await expect(page.locator('#etat')).toHaveAttribute('data-echauffe', 'oui', { timeout: 60_000 });
  await expect(messages).toHaveCount(2);
  await expect(page.locator('#etat')).toHaveText(/^2 problèmes trouvés/);
  // The next check is the author's text, with the same messages.
  await page.keyboard.insertText(' Le dossié est prêt.');
  await expect(messages.filter({ hasText: 'Le mot « dossié » n’est pas dans le dictionnaire' })).toHaveCount(1, { timeout: CHECK_TIMEOUT });
  await expect(messages.filter({ hasText: '« trois » est écrit en lettres' })).toHaveCount(1, { timeout: CHECK_TIMEOUT });
});

test('the download button gives the text as a guide file with a header', async ({ page }) => {
  await openVerifier(page);
  await typeText(page, 'Vous avez 3 enfants.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le texte comme un guide' }).click()]);
  expect(download.suggestedFilename()).toBe('mon-guide.mdx');
  const stream = await download.createReadStream();
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  expect(text).toMatch(/^---\ntitle: /);
  expect(text).toContain('status: brouillon');
  expect(text.trim().endsWith('Vous avez 3 enfants.')).toBe(true);
});

test('a whole guide in MDX is checked as a guide', async ({ page }) => {
  await openVerifier(page);
  await typeText(page, '---\ntitle: Un guide\ndescription: Ce guide vous aide à faire une demande.\nlang: fr\nupdated: 2026-13-45\nstatus: brouillon\nsources:\n  - label: Service public\n    url: https://www.service-public.fr/\n---\n\nVous avez trois enfants.\n');
  await expect(page.locator('#messages li').filter({ hasText: 'updated' })).toHaveCount(1, { timeout: CHECK_TIMEOUT });
});

test('MDX with code in it (JSX in an export, expressions) gets the same messages as falc check', async ({ page }) => {
  // The MDX parser reads code with acorn and acorn-jsx: the worker bundles one acorn for both.
  const text = 'export const note = <strong>Important</strong>;\n\nVous avez trois enfants. {<em>Le dossier</em>}\n\n<Etapes>\n<Etape titre="Prendre RDV" picto={"calendrier"}>\nVous allez à la mairie.\n</Etape>\n</Etapes>\n';
  const label = (severity: keyof typeof SEVERITY_LABELS) => SEVERITY_LABELS[severity].replace(/^./, (letter) => letter.toUpperCase());
  const expected = cliMessages(text, 'texte.mdx').map((message) => `${label(message.severity)}, ligne ${message.line} : ${message.message}`);
  // The code is reported where it is (the export on line 1, the braces on lines 3 and 6), not as a parse failure.
  expect(expected.filter((message) => message.includes('code'))).toHaveLength(3);
  await openVerifier(page);
  await typeText(page, text);
  await expect(page.locator('#messages li .message-contenu > p:first-child')).toHaveText(expected, { timeout: CHECK_TIMEOUT });
});

// An easy first sentence, then hard ones: the text as a whole is hard to read (rule `lisibilite`).
const HARD_TEXT = [
  'Vous allez à la mairie.',
  'La domiciliation, appelée également élection de domicile, permet à toute personne sans domicile stable de disposer d’une adresse administrative où recevoir son courrier et faire valoir certains droits et prestations.',
  'Les organismes compétents pour procéder à votre domiciliation sont les centres communaux d’action sociale et les organismes agréés par le préfet de département.',
  'Vous êtes considéré comme étant sans domicile stable si vous n’avez pas d’adresse pour recevoir votre courrier de manière constante et confidentielle.',
].join('\n\n');

test('the readability of the whole text is shown at the top as about the text: no line, no quote, no underline of the first sentence', async ({ page }) => {
  await openVerifier(page);
  await typeText(page, HARD_TEXT);
  const first = page.locator('#messages li').first();
  await expect(first).toContainText(/^Attention, tout le texte : Le texte est difficile à lire/, { timeout: CHECK_TIMEOUT });
  await expect(first.locator('blockquote')).toHaveCount(0);
  await expect(first.getByRole('button', { name: 'Voir dans le texte' })).toHaveCount(0);
  await expect(first.getByRole('link', { name: 'La règle « Texte difficile à lire »' })).toBeVisible();
  // The other messages keep their line, quote and button; the first sentence (easy) is underlined by nothing.
  await expect(page.locator('#messages li').nth(1).getByRole('button', { name: 'Voir dans le texte' })).toBeVisible();
  await expect(page.locator('.cm-lintRange').first()).toBeVisible();
  await expect(page.locator('.cm-line').first().locator('.cm-lintRange')).toHaveCount(0);
});

test('the list can show one kind of message or one rule, with the keyboard, and says how many it shows', async ({ page }) => {
  await openVerifier(page);
  await typeText(page, `Vous avez trois enfants.\n\nVous ne payez pas la cantine.\n\n${HARD_TEXT}`);
  const messages = page.locator('#messages li');
  await expect(page.locator('#etat')).toHaveText(/^\d+ problèmes trouvés : 4 erreurs, \d+ points d’attention, \d+ conseils?\.$/, { timeout: CHECK_TIMEOUT });
  const total = await messages.count();
  expect(total).toBeGreaterThan(3);
  const filter = page.getByRole('group', { name: 'Montrer dans la liste' });
  await expect(filter).toBeVisible();
  await expect(filter.getByRole('checkbox', { name: /^Erreurs \(4\)$/ })).toBeChecked();
  // With the keyboard only: the « Points d’attention » and « Conseils » boxes unchecked with the space bar.
  await filter.getByRole('checkbox', { name: /^Points d’attention/ }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(filter.getByRole('checkbox', { name: /^Conseils/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(messages).toHaveCount(4);
  await expect(messages.first()).toContainText(/^Erreur, ligne 1 : « trois » est écrit en lettres/);
  for (const item of await messages.all()) await expect(item).toContainText(/^Erreur, ligne \d+ : /);
  await expect(page.locator('#montres')).toHaveText(`La liste montre 4 messages sur ${total}.`);
  await expect(page.locator('#montres')).toHaveAttribute('role', 'status');
  // The underlines stay in the text: only the list changes.
  await expect(page.locator('.cm-lintRange-warning').first()).toBeVisible();
  // All kinds again, one rule.
  await filter.getByRole('checkbox', { name: /^Points d’attention/ }).check();
  await filter.getByRole('checkbox', { name: /^Conseils/ }).check();
  const rule = filter.getByRole('combobox', { name: 'Règle :' });
  await expect(rule.locator('option').first()).toHaveText(`Toutes les règles (${total})`);
  await rule.selectOption('negation');
  const negations = Number(/^Phrase négative \((\d+)\)$/.exec((await rule.locator('option:checked').textContent()) ?? '')?.[1]);
  expect(negations).toBeGreaterThan(1);
  await expect(messages).toHaveCount(negations);
  for (const item of await messages.all()) await expect(item).toContainText('Cette phrase est négative');
  await expect(page.locator('#montres')).toHaveText(`La liste montre ${negations} messages sur ${total}.`);
  // A new check keeps the choice.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\n\nVous ne mangez pas.');
  await expect(messages).toHaveCount(negations + 1, { timeout: CHECK_TIMEOUT });
  await rule.selectOption('');
  await expect(page.locator('#montres')).toHaveText(/^La liste montre les \d+ messages\.$/);
  // axe on the whole page with a text this long: CodeMirror's box scrolls, and its editable text must count
  // as something a keyboard reaches (scrollable-region-focusable).
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('axe finds no violation on the page with messages shown', async ({ page }) => {
  await openVerifier(page);
  await typeText(page, 'Vous avez trois enfants. La CAF vous répond.');
  await expect(page.locator('#messages li')).toHaveCount(2, { timeout: CHECK_TIMEOUT });
  test.setTimeout(180_000);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('reader pages never load the checker’s code, and the built site has no dev panel', () => {
  const files = globSync('**/*', { cwd: 'dist', onlyFiles: true });
  const verifierScripts = new Set<string>();
  for (const match of readFileSync('dist/verifier/index.html', 'utf8').matchAll(/\/_astro\/[^"' )]+\.js/g)) verifierScripts.add(match[0]);
  expect(verifierScripts.size).toBeGreaterThan(0);
  for (const file of files.filter((name) => name.endsWith('.html') && name !== 'verifier/index.html')) {
    const html = readFileSync(`dist/${file}`, 'utf8');
    for (const script of verifierScripts) expect(html, file).not.toContain(script);
    expect(html, file).not.toContain('check-worker');
  }
  // The spelling lookup (2 MB) is fetched by the checker's worker only.
  for (const file of files.filter((name) => /\.(html|js)$/.test(name) && !name.includes('check-worker'))) {
    expect(readFileSync(`dist/${file}`, 'utf8'), file).not.toMatch(/formes-[\w-]+\.dawg/);
  }
  expect(files.filter((name) => name.endsWith('.dawg'))).toHaveLength(1);
  // The dev panel (src/astro/dev-panel.ts) and its report address are only served by `astro dev`.
  for (const file of files.filter((name) => /\.(html|js|css)$/.test(name))) {
    const text = readFileSync(`dist/${file}`, 'utf8');
    expect(text, file).not.toContain('falc-apercu');
    expect(text, file).not.toContain('__falc/rapport');
  }
});
