// Benchmark of the /verifier/ page (called by `npm run bench`, or alone: `node scripts/bench-verifier.mjs`).
// On the built site (dist/), in Chromium:
// - the page's weight (what the browser downloads: HTML, scripts, the worker with its language data),
//   and the weight of two reader pages, which must not load any of it;
// - the time of the first check of a 2,000-word guide, then of each re-check after a keystroke
//   (goal: 50 ms or less), measured in the Web Worker, and from the keystroke to the updated list.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const PORT = Number(process.env.FALC_BENCH_PORT ?? 4325);
const base = `http://127.0.0.1:${PORT}`;
const WORDS = 2000;
const RECHECKS = 10;

if (!existsSync('dist/verifier/index.html')) {
  console.log('Page /verifier/ : le site n’est pas construit. Lancez « npm run build », puis relancez.');
  process.exit(0);
}

/** A guide of about 2,000 words: the domiciliation guide's text repeated after its header. */
function longGuide() {
  const guide = readFileSync('content/guides/domiciliation.mdx', 'utf8');
  const end = guide.indexOf('\n---', 3) + 4;
  const [header, body] = [guide.slice(0, end), guide.slice(end)];
  const bodyWords = body.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  return header + body.repeat(Math.max(1, Math.round(WORDS / bodyWords)));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} Ko`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      /* not yet */
    }
    if (tries > 200) throw new Error('Le serveur du site n’a pas démarré.');
    await new Promise((done) => setTimeout(done, 300));
  }

  /** Bytes downloaded by a page (raw, and gzip-compressed as a web server would send them). */
  async function weigh(path, ready) {
    const page = await browser.newPage();
    const bodies = [];
    page.on('response', (response) => bodies.push(response.body().then((body) => body, () => Buffer.alloc(0))));
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    if (ready) await ready(page);
    const buffers = await Promise.all(bodies);
    return { page, files: buffers.length, raw: buffers.reduce((sum, body) => sum + body.length, 0), gzip: buffers.reduce((sum, body) => sum + gzipSync(body).length, 0) };
  }

  // Ready: the engine is loaded and the spelling lookup is fetched (it is part of the page's weight).
  const readyVerifier = async (page) => {
    await page.locator('#etat[data-pret="oui"]').waitFor({ timeout: 120_000 });
    await page.locator('#etat[data-orthographe]').waitFor({ timeout: 120_000 });
  };
  const verifier = await weigh('/verifier/', readyVerifier);
  console.log(`Page /verifier/ : ${verifier.files} fichiers, ${kb(verifier.raw)} (${kb(verifier.gzip)} compressés avec gzip), téléchargés une fois.`);
  for (const path of ['/', '/guides/domiciliation/']) {
    const reader = await weigh(path);
    console.log(`Page de lecture ${path} : ${reader.files} fichiers, ${kb(reader.raw)} (${kb(reader.gzip)} avec gzip) : rien du vérificateur.`);
    await reader.page.close();
  }

  const page = verifier.page;
  const status = page.locator('#etat');
  const count = async () => Number((await status.getAttribute('data-verifications')) ?? '0');
  const waitForCheck = async (before) => {
    await page.waitForFunction((n) => Number(document.getElementById('etat')?.dataset.verifications ?? '0') > n, before, { timeout: 120_000 });
    return Number(await status.getAttribute('data-duree'));
  };
  const guide = longGuide();
  await page.locator('.cm-content').click();
  let before = await count();
  await page.keyboard.insertText(guide);
  const first = await waitForCheck(before);
  const words = await page.evaluate(() => document.getElementById('score')?.textContent ?? '');
  const engine = [];
  const roundTrip = [];
  for (let run = 0; run < RECHECKS; run++) {
    before = await count();
    const start = Date.now();
    await page.keyboard.press(run % 2 === 0 ? 'x' : 'Backspace');
    engine.push(await waitForCheck(before));
    roundTrip.push(Date.now() - start);
  }
  const messages = await page.locator('#messages li').count();
  console.log(`Guide d’environ ${guide.split(/\s+/).length} mots (${messages} messages ; ${words.split('.')[0]}) :`);
  console.log(`  premier contrôle dans le navigateur : ${first.toFixed(0)} ms`);
  console.log(`  contrôle après une frappe (médiane de ${RECHECKS}) : ${median(engine).toFixed(0)} ms (objectif : 50 ms au plus)`);
  console.log(`  de la frappe à la liste à jour, avec l’attente de 250 ms après la frappe : ${median(roundTrip).toFixed(0)} ms`);
  const load = (await import('node:os')).loadavg()[0];
  console.log(`  (charge de la machine pendant la mesure : ${load.toFixed(1)} pour ${(await import('node:os')).cpus().length} cœurs)`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
