import { expect, test } from '@playwright/test';
import { GUIDE, PAGES } from './pages.ts';

/**
 * Every built page has a Content-Security-Policy (src/astro/csp.ts) and the browser blocks nothing the
 * site needs: no CSP violation in the console, on any page, with the page's scripts running.
 */
test('every page has a CSP and the browser blocks nothing the site needs', async ({ page }) => {
  // One page after the other in one tab: 47 pages and more to come (explicit, generous timeout).
  test.setTimeout(600_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(`${page.url()} ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  for (const path of PAGES) {
    await page.goto(path, { waitUntil: 'load' });
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy, path).toContain("script-src 'self'");
    // Scripts are never inline-unsafe; styles only on /verifier/, whose editor adds styles while it runs.
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    if (path !== '/verifier/') expect(policy, path).not.toContain("'unsafe-inline'");
    expect(policy, path).toContain("object-src 'none'");
  }
  expect(violations).toEqual([]);
});

test('the policy blocks a script injected into a page', async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(GUIDE);
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
});
