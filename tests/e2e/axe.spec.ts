import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGES } from './pages.ts';

// axe-core on every page of the built site, with the WCAG 2.2 A/AA rules and the best practices.
for (const path of PAGES) {
  test(`axe : ${path}`, async ({ page }) => {
    test.setTimeout(120_000); // axe on a whole page takes long on a busy machine
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}
