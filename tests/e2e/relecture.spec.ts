import { expect, test } from '@playwright/test';
import { PAGES, PREVIEW } from './pages.ts';

/**
 * The review by readers on built pages, with the example guides of tests/fixtures/guides-exemples/
 * (built only with FALC_EXEMPLES=1): one reviewed with `falc relecture` and changed since (one sentence),
 * one reviewed and unchanged. Authors (preview build) are told that the review is out of date; readers
 * (published build) never see the state of the work, and are never told « relu » for a changed text.
 */
const CHANGED = '/guides/exemple-relecture-modifiee/';
const REVIEWED = '/guides/exemple-relecture-a-jour/';
const built = PAGES.includes(CHANGED) && PAGES.includes(REVIEWED);
const REVIEW = 'Relu le 20 novembre 2026 par Atelier FALC de l’exemple';

test.describe('the review by readers on the built pages', () => {
  test.skip(!built, 'the build has no example guide (FALC_EXEMPLES=1 builds them)');

  test(PREVIEW ? 'a preview tells authors that the text changed after the review' : 'a published page does not say « relu » for a text changed after the review', async ({ page }) => {
    await page.goto(CHANGED);
    const footer = page.locator('.guide-pied');
    if (PREVIEW) {
      const box = page.locator('.apercu');
      await expect(box).toContainText('Modifié depuis la relecture.');
      await expect(box).toContainText('Le texte a changé depuis la relecture du 20 novembre 2026.');
      await expect(box).toContainText('falc relecture');
      await expect(footer.locator('.relecture')).toHaveText(`${REVIEW}, modifié depuis la relecture.`);
    } else {
      await expect(page.locator('.apercu')).toHaveCount(0);
      await expect(footer.locator('.relecture')).toHaveCount(0);
      const text = await page.locator('body').textContent();
      expect(text).not.toMatch(/Relu le|modifié depuis|falc relecture|à relire/i);
    }
    // Never the logo on a text the readers did not check.
    await expect(page.locator('.logo-facile-a-lire')).toHaveCount(0);
  });

  test('a guide unchanged since its review says who reviewed it and when, and nothing more', async ({ page }) => {
    await page.goto(REVIEWED);
    await expect(page.locator('.guide-pied .relecture')).toHaveText(`${REVIEW}.`);
    await expect(page.locator('body')).not.toContainText('modifié depuis');
    if (PREVIEW) await expect(page.locator('.apercu')).not.toContainText('Modifié depuis la relecture');
  });

  test('the accessibility statement says which guide readers reviewed, and never « relu » for a changed text', async ({ page }) => {
    await page.goto('/accessibilite/');
    const item = (title: string) => page.locator('li').filter({ has: page.locator('strong', { hasText: title }) });
    await expect(item('Exemple de guide relu par des lecteurs')).toContainText(`${REVIEW}.`);
    const changed = item('Exemple de guide changé après sa relecture');
    if (PREVIEW) await expect(changed).toContainText(`${REVIEW}, modifié depuis la relecture.`);
    else {
      await expect(changed).toContainText('La dernière version de ce guide n’a pas encore été relue par des lecteurs.');
      await expect(changed).not.toContainText('Relu le');
    }
  });
});
