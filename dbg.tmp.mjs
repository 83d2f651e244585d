import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
const server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', '4471'], { stdio: 'ignore' });
for (let i = 0; i < 100; i++) { try { if ((await fetch('http://127.0.0.1:4471/')).ok) break; } catch {} await new Promise((r) => setTimeout(r, 300)); }
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console', m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.addInitScript(() => {
    window.spoken = [];
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: { getVoices: () => [{ lang: 'fr-FR', name: 'A' }], speak: (u) => window.spoken.push(u.text), cancel() {}, addEventListener() {} } });
  });
  await page.goto('http://127.0.0.1:4471/guides/domiciliation/');
  await page.click('text=Écouter tout le guide');
  console.log(await page.evaluate(() => window.spoken));
} finally { await browser.close(); server.kill(); }
