import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readerFingerprint } from '../../src/engine/fingerprint.ts';
import { checkPaths } from '../../src/node/check-files.ts';
import { COPY } from './project-copy.mjs';

/**
 * Recording a review by readers without a terminal: in the guide's form, the author fills the part
 * « Relecture par les lecteurs », clicks « Les lecteurs ont relu le texte enregistré », chooses the
 * status « relu » and saves. The file holds the review with the fingerprint of its text, like
 * `falc relecture` writes it, and `falc check` gives no message of the rule `relecture`.
 */
const GUIDE = join(COPY, 'content', 'guides', 'domiciliation.mdx');

test('records a review by readers from the form, with no terminal', async ({ page }) => {
  await page.goto('/keystatic/collection/guides/item/domiciliation');
  const review = page.getByRole('group', { name: 'Relecture par les lecteurs' });
  await expect(review).toBeVisible();
  await expect(review).toContainText('Aucune relecture n’est encore enregistrée pour ce guide.');
  // The handle between the form and the FALC messages has a French name (src/editor/french-ui.ts).
  await expect(page.getByRole('separator', { name: 'Changer la largeur des colonnes' }).first()).toBeAttached();
  await expect(page.locator('[aria-label="Resize"]')).toHaveCount(0);

  await review.getByLabel('Date de la relecture').fill('2026-11-20');
  await review.getByLabel('Qui a relu ?').fill('Atelier FALC de l’ESAT des Tilleuls');
  // Without the readers' consent and the fingerprint, the form refuses to save and says why.
  await page.getByRole('button', { name: 'Sauvegarder' }).click();
  await expect(review.getByRole('alert')).toContainText('Demandez leur accord');
  await review.getByLabel('Les personnes nommées sont d’accord pour que leur nom soit publié sur la page du guide.').check();
  await review.getByLabel('Ce que les lecteurs ont changé (si vous voulez)').fill('Une phrase plus courte à l’étape 2.');
  await review.getByRole('button', { name: 'Les lecteurs ont relu le texte enregistré' }).click();
  await expect(review.getByRole('status')).toContainText('Cliquez maintenant sur « Sauvegarder »');
  await expect(review).toContainText('La relecture correspond au texte enregistré.');
  await page.getByLabel('Statut').selectOption('relu');
  await page.getByRole('button', { name: 'Sauvegarder' }).click();

  await expect.poll(async () => readFile(GUIDE, 'utf8'), { timeout: 60_000 }).toContain('empreinte:');
  const saved = await readFile(GUIDE, 'utf8');
  expect(saved).toContain('status: relu');
  expect(saved).toContain(`empreinte: ${readerFingerprint(saved)}`);
  expect(saved).toContain('consentement: true');
  const [file] = await checkPaths([GUIDE], { cwd: COPY });
  expect(file?.messages.filter((message) => message.ruleId === 'relecture').map((message) => message.reason)).toEqual([]);
  // The report beside the form has no message of the rule either.
  const report = page.locator('[data-falc-rapport="domiciliation"]');
  await expect(report.getByRole('status')).toHaveText(/0 erreur/);
  await expect(report.locator('[data-regle="relecture"]')).toHaveCount(0);
});
