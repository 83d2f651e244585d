// Screenshots for the README, from the built site (dist/): the home page on a computer, a guide on a
// phone, and the two pages of a printed guide. Build first, with a public address for the QR code:
// `FALC_PREVIEW=1 FALC_SITE_URL=https://guides.example.org npx astro build`.
// Needs pdftoppm (Debian package poppler-utils) for the printed page.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

// The port can be moved (FALC_SCREENSHOTS_PORT) so that several checkouts can take screenshots at once.
const PORT = Number(process.env.FALC_SCREENSHOTS_PORT ?? 4324);
const base = `http://127.0.0.1:${PORT}`;
const out = 'docs/screenshots';
const guide = process.argv[2] ?? 'domiciliation';
mkdirSync(out, { recursive: true });

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);
const deadline = Date.now() + 60_000;
for (;;) {
  try {
    if ((await fetch(`${base}/`)).ok) break;
  } catch {
    /* not yet */
  }
  if (Date.now() > deadline) throw new Error('Le serveur du site n’a pas démarré.');
  await new Promise((resolve) => setTimeout(resolve, 300));
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  await desktop.goto(`${base}/`);
  await desktop.screenshot({ path: join(out, 'accueil.png') });

  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'fr-FR' });
  const phonePage = await phone.newPage();
  await phonePage.goto(`${base}/guides/${guide}/`);
  await phonePage.screenshot({ path: join(out, 'guide-telephone.png'), fullPage: true });

  const printPage = await browser.newPage({ locale: 'fr-FR' });
  await printPage.goto(`${base}/guides/${guide}/`);
  const pdf = await printPage.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'falc-pdf-'));
  writeFileSync(join(dir, 'guide.pdf'), pdf);
  const result = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, 'guide.pdf'), join(out, 'guide-imprime')]);
  spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', '-singlefile', join(dir, 'guide.pdf'), join(out, 'guide-imprime-verso')]);
  if (result.error || result.status !== 0) {
    process.stderr.write('pdftoppm manque : installez le paquet poppler-utils pour la capture du guide imprimé.\n');
    process.exitCode = 1;
  }
  process.stdout.write(`Captures écrites dans ${out}/ : accueil.png, guide-telephone.png, guide-imprime.png, guide-imprime-verso.png.\n`);
} finally {
  await browser.close();
  stop();
}
