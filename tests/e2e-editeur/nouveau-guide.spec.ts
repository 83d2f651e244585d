import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { severityOf } from '../../src/engine/index.ts';
import { checkPaths } from '../../src/node/check-files.ts';
import { SEVERITY_LABELS } from '../../src/report/severity-labels.ts';
import { COPY, PROJECT } from './project-copy.mjs';

/**
 * The judged path of the editor (`npm run editer`): a social worker creates a NEW guide through the
 * forms only — header fields, a heading, an « Étapes » block with 2 steps (title, pictogram chosen in
 * the picker, text), a « Papiers à préparer » list with 2 papers, a « Lieu où aller » with its name,
 * address and hours — with 2 FALC errors typed on purpose (« trois » and « deux » in letters). After
 * « Créer »: the .mdx file is in `content/guides/` (of the throwaway copy the editor runs in), `falc check`
 * reports exactly the 2 errors, the report beside the form shows the same messages, and the guide's page
 * shows the 2 steps.
 */
const SLUG = 'essai-editeur';
const FILE = join(COPY, 'content', 'guides', `${SLUG}.mdx`);

const STEPS = [
  { titre: 'Préparez vos papiers', picto: 'papiers', alt: 'Papiers', texte: 'Cherchez vos papiers chez vous.' },
  { titre: 'Allez à la mairie', picto: 'mairie', alt: 'Mairie', texte: 'Vous attendez deux semaines.' },
] as const;
const PARTS = ['Les étapes', 'Les papiers', 'Où aller ?'] as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The block of the guide's text whose header shows `label` (« Étape », « Lieu où aller »…). */
function block(editor: Locator, label: string): Locator {
  return editor.locator('[data-ignore-content]', { has: editor.page().getByText(label, { exact: true }) }).locator('xpath=..');
}

/** Opens the « Modifier » form of a block, lets `fill` fill it, and closes it with « Valider » (src/editor/french-ui.ts). */
async function editBlock(page: Page, target: Locator, fill: (dialog: Locator) => Promise<void>): Promise<void> {
  await target.getByRole('button', { name: 'Modifier', exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Valider', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Inserts a block from the « + » menu of the text's toolbar, on the empty line after the heading `part`. */
async function insert(page: Page, editor: Locator, part: string, label: string): Promise<void> {
  await editor.getByRole('heading', { name: part }).locator('xpath=following-sibling::p[1]').click();
  // The « + » button: Keystatic gives it no name; the editor names it (src/editor/insert-button.ts).
  await page.getByRole('button', { name: 'Insérer un bloc' }).click();
  await page.getByRole('menuitem', { name: label }).click();
}

test('a new guide made with the forms only: saved, checked, reported beside the form, shown with its steps', async ({ page }) => {
  await page.goto('/keystatic/collection/guides/create');
  await page.getByLabel('Titre du guide').fill('Essai de l’éditeur de guides');
  await page.getByLabel('Nom du fichier').fill(SLUG);
  await page.getByLabel('Description').fill('Ce guide vous aide à tester l’éditeur de guides.');
  await page.getByLabel('Pictogramme du guide').selectOption('formulaire');
  await page.getByRole('group', { name: /Sources officielles/ }).getByRole('button', { name: 'Ajouter' }).click();
  const source = page.getByRole('dialog');
  await source.getByLabel('Nom de la source').fill('Service-public.fr');
  await source.getByLabel('Adresse de la source').fill('https://www.service-public.fr/');
  await source.getByRole('button', { name: 'Ajouter' }).click();
  await expect(source).toBeHidden();

  // The text: 2 sentences (one with « trois » in letters, on purpose), then 3 parts, each with its
  // heading and an empty line where its block goes.
  const editor = page.getByRole('textbox', { name: 'Texte du guide' });
  await editor.click();
  await page.keyboard.type('Vous voulez une aide de la mairie.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Vous avez trois papiers à montrer.');
  await page.keyboard.press('Enter');
  for (const title of PARTS) {
    await page.keyboard.type(title);
    await page.getByRole('button', { name: 'Sorte de texte' }).click();
    await page.getByRole('option', { name: 'Titre 2', exact: true }).click();
    const heading = editor.getByRole('heading', { name: title });
    await expect(heading).toBeVisible();
    // Back in the text, after the heading: an empty line for the block, then a line for the next heading.
    await heading.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Backspace');

  // « Étapes » comes with its first « Étape »; « Ajouter » adds the second one.
  await insert(page, editor, PARTS[0], 'Étapes');
  await block(editor, 'Étapes').getByRole('button', { name: 'Ajouter', exact: true }).click();
  const steps = block(editor, 'Étape');
  await expect(steps).toHaveCount(2);
  for (const [index, step] of STEPS.entries()) {
    await editBlock(page, steps.nth(index), async (dialog) => {
      await dialog.getByLabel('Titre de l’étape').fill(step.titre);
      await dialog.getByLabel('Pictogramme de l’étape').selectOption(step.picto);
      // The picker shows the chosen drawing.
      await expect(dialog.getByRole('img', { name: step.alt })).toBeVisible();
    });
    await steps.nth(index).locator('p').last().click();
    await page.keyboard.type(step.texte);
  }

  await insert(page, editor, PARTS[1], 'Papiers à préparer');
  const papers = block(editor, 'Papiers à préparer');
  await editBlock(page, papers, (dialog) => dialog.getByLabel('Titre de la liste').fill('Les papiers à apporter'));
  await papers.locator('p').last().click();
  await page.getByRole('radio', { name: 'Liste à puces' }).click();
  await page.keyboard.type('votre carte d’identité');
  await page.keyboard.press('Enter');
  await page.keyboard.type('une facture avec votre adresse');

  await insert(page, editor, PARTS[2], 'Lieu où aller');
  const place = block(editor, 'Lieu où aller');
  await editBlock(page, place, async (dialog) => {
    await dialog.getByLabel('Nom du lieu').fill('Mairie de votre commune');
    await dialog.getByLabel('Adresse').fill('1 place de la Mairie');
    await dialog.getByLabel('Horaires').fill('Du lundi au vendredi, de 9 h à 17 h.');
  });
  await place.locator('p').last().click();
  await page.keyboard.type('Demandez l’accueil.');
  // The blocks are where the author put them, in the order of the parts.
  await expect(editor.locator(':scope > h2, :scope > div')).toHaveCount(6);

  await page.getByRole('button', { name: 'Créer' }).click();
  // Keystatic opens the new guide; the page does not reload (it came back as an empty « Ajouter » form
  // when the server's reload came first: src/editor/keep-form.ts).
  await expect(page).toHaveURL(new RegExp(`/keystatic/collection/guides/item/${SLUG}$`));
  await expect.poll(() => existsSync(FILE)).toBe(true);
  const mdx = await readFile(FILE, 'utf8');
  test.info().attach('guide.mdx', { body: mdx, contentType: 'text/plain' });

  // `falc check` on the saved file: exactly the 2 errors typed on purpose, nothing else.
  const [file] = await checkPaths([FILE], { cwd: COPY });
  const messages = file?.messages ?? [];
  expect(messages.map((m) => [m.ruleId, severityOf(m), m.actual])).toEqual([
    ['nombre-en-lettres', 'error', 'trois'],
    ['nombre-en-lettres', 'error', 'deux'],
  ]);

  // The report beside the form: the same messages, in the same words.
  const report = page.locator(`[data-falc-rapport="${SLUG}"]`);
  await expect(report.getByRole('status')).toHaveText('2 erreurs, 0 point d’attention, 0 conseil.');
  // Each with the sentence it is about and the rule's page, like the dev panel and the /verifier/ page.
  const label = (m: (typeof messages)[number]) => SEVERITY_LABELS[severityOf(m)].replace(/^./, (letter) => letter.toUpperCase());
  await expect(report.getByRole('listitem')).toHaveText(messages.map((m) => new RegExp(`^${label(m)}, ligne ${m.line} : ${escapeRegExp(m.reason)}Vous (avez trois papiers à montrer|attendez deux semaines)\\.La règle « Nombre écrit en lettres »$`)));
  await expect(report.getByRole('listitem').first().getByRole('link', { name: 'La règle « Nombre écrit en lettres »' })).toHaveAttribute('href', '/regles/nombre-en-lettres/');

  // The guide's page, as readers will see it: the 2 steps, in order, with their titles and texts (a
  // reader opens a closed step by clicking its title).
  await page.goto(`/guides/${SLUG}/`);
  const main = page.getByRole('main');
  const items = main.locator('li.etape');
  await expect(items).toHaveCount(2);
  for (const [index, step] of STEPS.entries()) {
    const title = items.nth(index).getByRole('heading', { name: new RegExp(`Étape ${index + 1} sur 2 ${step.titre}`) });
    await expect(title).toBeVisible();
    const text = items.nth(index).getByText(step.texte);
    if (!(await text.isVisible())) await title.click();
    await expect(text).toBeVisible();
  }
  await expect(main.locator('.papiers li')).toHaveText(['votre carte d’identité', 'une facture avec votre adresse']);
  await expect(main.getByText('Mairie de votre commune').first()).toBeVisible();
  // Nothing was written in the project's own content/.
  expect(existsSync(join(PROJECT, 'content', 'guides', `${SLUG}.mdx`))).toBe(false);
});
