import { expect, test } from '@playwright/test';
import { PAGES } from './pages.ts';

/** The test build includes the example place (FALC_EXEMPLES=1): a production build never does. */
const EDITION = '/guides/domiciliation/exemple-villexemple/';
const built = PAGES.includes(EDITION);

test.describe('local editions', () => {
  test.skip(!built, 'the build has no example place (FALC_EXEMPLES=1 builds it)');
  test.slow();

  test('the home page lets a reader choose their town, and the edition shows the local office', async ({ page }) => {
    await page.goto('/');
    const towns = page.getByRole('region', { name: 'Les guides de votre ville' });
    await expect(towns).toContainText('Villexemple');
    await towns.getByRole('link', { name: 'Avoir une adresse pour recevoir votre courrier' }).click();
    await expect(page).toHaveURL(EDITION);
    await expect(page.getByText('Édition de Villexemple')).toBeVisible();
    const office = page.locator('.lieu').filter({ hasText: 'Centre communal d’action sociale de Villexemple' });
    await expect(office).toContainText('12 rue de l’Exemple, 99000 Villexemple');
    await expect(office.getByRole('link', { name: '01 99 00 12 34' })).toHaveAttribute('href', 'tel:0199001234');
    await expect(office).toContainText('Le bâtiment a une rampe pour les fauteuils roulants.');
    // The other places of the guide stay as the national guide describes them.
    await expect(page.locator('.lieu').filter({ hasText: 'La mairie de votre commune' })).toHaveCount(1);
  });

  test('the national edition is unchanged: no local office in it', async ({ page }) => {
    await page.goto('/guides/domiciliation/');
    await expect(page.locator('body')).not.toContainText('Villexemple');
    await expect(page.locator('.lieu').filter({ hasText: 'Le CCAS de votre commune' })).toHaveCount(1);
  });
});
