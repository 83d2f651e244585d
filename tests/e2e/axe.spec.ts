import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGES } from './pages.ts';

// axe-core on every page of the built site, with the WCAG 2.2 A/AA rules and the best practices.
for (const path of PAGES) {
  test(`axe : ${path}`, async ({ page }) => {
    // axe takes long on a busy machine, more so beside /verifier/'s worker loading its language data.
    test.setTimeout(120_000);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}
