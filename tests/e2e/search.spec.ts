import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { GUIDE } from './pages.ts';

// The search box of the home page (Pagefind, README « Chercher un guide »), as a reader uses it:
// words they would type, the keyboard only, a screen reader's announcement, nothing from another site.
// The test build has 4 guides (FALC_PREVIEW=1), enough for the search box to be shown.

async function searchFor(page: Page, words: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: /Cherchez un guide avec un mot/ });
  await box.fill(words);
  await box.press('Enter');
}

const results = (page: Page) => page.locator('.recherche-resultats a');

test.describe('search on the home page', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const [words, guide, title] of [
    ['adresse', '/guides/domiciliation/', 'Avoir une adresse pour recevoir votre courrier'],
    ['carte d’identité', '/guides/carte-identite/', 'Faire votre première carte d’identité'],
    // As typed on a phone keyboard: a straight apostrophe and no accent.
    ["carte d'identite", '/guides/carte-identite/', 'Faire votre première carte d’identité'],
    ['argent', '/guides/rsa/', 'Demander le revenu de solidarité active'],
    ['médecin', '/guides/complementaire-sante-solidaire/', 'Demander la complémentaire santé solidaire'],
  ] as const) {
    test(`« ${words} » finds ${guide}`, async ({ page }) => {
      await page.goto('/');
      await searchFor(page, words);
      const status = page.getByRole('status');
      await expect(status).toContainText(/guides? parlen?t? de/);
      await expect(results(page).first()).toBeVisible();
      const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      // « argent » is in two guides (RSA, complémentaire santé): the RSA is about money, so it comes first.
      expect(hrefs[0]).toBe(guide);
      await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
    });
  }

  test('a word no guide uses says so, in plain words', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, 'zzxqw');
    await expect(page.getByRole('status')).toHaveText(/Aucun guide ne parle de « zzxqw »\. Essayez un autre mot\./);
    await expect(results(page)).toHaveCount(0);
  });

  test('works with the keyboard only, and the result opens the guide', async ({ page }) => {
    await page.goto('/');
    // Skip link, site name, then the search box.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('adresse');
    await page.keyboard.press('Enter');
    await expect(results(page).first()).toHaveAttribute('href', '/guides/domiciliation/');
    await page.keyboard.press('Tab'); // the button
    await page.keyboard.press('Tab'); // the first result
    await expect(results(page).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/guides\/domiciliation\/$/);
  });

  test('axe finds nothing on the home page with results shown', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await searchFor(page, 'adresse');
    await expect(results(page).first()).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test('the search runs under the page’s security policy and loads nothing from another site', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const outside: string[] = [];
    const refused: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) outside.push(url);
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused/i.test(message.text())) refused.push(message.text());
    });
    await page.goto('/');
    await searchFor(page, 'argent');
    await expect(results(page).first()).toBeVisible();
    expect(outside).toEqual([]);
    expect(refused).toEqual([]);
  });

  test('guide pages load no search file and do not allow WebAssembly', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(GUIDE);
    await page.waitForLoadState('networkidle');
    expect(loaded.filter((path) => /pagefind|recherche/.test(path))).toEqual([]);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).not.toContain('wasm-unsafe-eval');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no search box that cannot work; the list of guides is there', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('searchbox')).toBeHidden();
    // Every guide of content/guides/ is in the list (a build with FALC_EXEMPLES=1 adds example guides).
    for (const slug of ['domiciliation', 'carte-identite', 'rsa', 'complementaire-sante-solidaire']) {
      await expect(page.locator(`.liste-guides > li a[href="/guides/${slug}/"]`)).toHaveCount(1);
    }
  });
});
