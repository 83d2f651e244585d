import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
const server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', '4471'], { stdio: 'ignore' });
for (let i = 0; i < 100; i++) { try { if ((await fetch('http://127.0.0.1:4471/')).ok) break; } catch {} await new Promise((r) => setTimeout(r, 300)); }
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const mm = 96 / 25.4;
  const page = await browser.newPage({ viewport: { width: Math.floor(186 * mm), height: Math.floor(273 * mm) } });
  await page.goto('http://127.0.0.1:4471/guides/domiciliation/');
  await page.emulateMedia({ media: 'print' });
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log('height', h, 'pages approx', h / (273 * mm));
  await page.screenshot({ path: '/tmp/print.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, path: '/tmp/g.pdf' });
  console.log('pdf pages', (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length);
} finally { await browser.close(); server.kill(); }
