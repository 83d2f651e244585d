// Benchmark of the /verifier/ page (called by `npm run bench`, or alone: `node scripts/bench-verifier.mjs`).
// On the built site (dist/), in Chromium:
// - the page's weight (what the browser downloads: HTML, scripts, the worker with its language data),
//   and the weight of two reader pages, which must not load any of it;
// - how long after opening the page the worker's warm-up is done (`data-echauffe`: it checks 3 of the
//   project's guides while the page is idle, so that V8 has compiled the engine's hot functions);
// - the time of the first check of a 2,000-word guide, then of each re-check after a keystroke (goal: 50 ms
//   or less): re-checks 1 to 10 and 11 to 40 apart, on the clock and in processor time of the worker's
//   thread (read in /proc: less disturbed by the other programs of a busy machine), split into the engine and the verifier's own work around it: in the Web Worker (messages made
//   plain), sending the answer to the page, then showing it on the page's main thread (the list and the
//   underlines: what could block typing); and from the keystroke to the updated list (CodeMirror waits
//   250 ms after the last keystroke before checking); then, over 10 more re-checks profiled in the worker
//   (apart: the profiler slows the code it watches), the share of the worker's busy time spent by V8's
//   garbage collector;
// - while a sentence is typed: the main thread's longest task and the longest wait of a key;
// - the same for 2,000 words of service-public fiches (hundreds of messages: the list's cost).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const PORT = Number(process.env.FALC_BENCH_PORT ?? 4325);
const base = `http://127.0.0.1:${PORT}`;
const WORDS = 2000;
const RECHECKS = 40;
/** The first re-checks are reported apart: an author's first keystrokes after pasting a guide. */
const FIRST_RECHECKS = 10;

/**
 * Processor time (ms) used so far by the Web Workers' threads of the browser started by this script
 * (Chromium names them « DedicatedWorker thread »), read in /proc (schedstat: nanoseconds). Undefined
 * where /proc cannot say (not Linux).
 */
function workerCpuMs() {
  try {
    const children = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      } catch {
        /* gone */
      }
    }
    let total = 0;
    const visit = (pid) => {
      for (const child of children.get(pid) ?? []) {
        try {
          for (const thread of readdirSync(`/proc/${child}/task`)) {
            if (!readFileSync(`/proc/${child}/task/${thread}/comm`, 'utf8').startsWith('DedicatedWorker')) continue;
            total += Number(readFileSync(`/proc/${child}/task/${thread}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
          }
        } catch {
          /* gone */
        }
        visit(child);
      }
    };
    visit(process.pid);
    return total;
  } catch {
    return undefined;
  }
}

/** The newest file among the sources of the built site (what `astro build` reads). */
function newestSource() {
  let newest = { path: '', time: 0 };
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (stat.mtimeMs > newest.time) newest = { path, time: stat.mtimeMs };
  };
  for (const path of ['src', 'rules', 'content', 'public', 'astro.config.mjs', 'falc.config.json', 'package-lock.json']) visit(path);
  return newest;
}

const BUILT = 'dist/verifier/index.html';
const BUILD_COMMAND = 'FALC_PREVIEW=1 npx astro build';
if (!existsSync(BUILT)) {
  console.log(`Page /verifier/ : pas mesurée, le site n’est pas construit (dist/ n’a pas la page). Lancez « ${BUILD_COMMAND} », puis relancez.`);
  process.exit(0);
}
const source = newestSource();
if (source.time > statSync(BUILT).mtimeMs) {
  // A stale dist/ measures old code, or waits in vain for what the old page does not do.
  console.log(`Page /verifier/ : pas mesurée, le site construit (dist/) est plus ancien que ses sources (${source.path} a changé depuis). Lancez « ${BUILD_COMMAND} », puis relancez.`);
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

const server = spawn('node_modules/.bin/astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
let browser;
try {
  // Inside `try`: the server is stopped even when the browser cannot start.
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
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
    const urls = [];
    page.on('response', (response) => {
      urls.push(response.url());
      bodies.push(response.body().then((body) => body, () => Buffer.alloc(0)));
    });
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    if (ready) await ready(page);
    const buffers = await Promise.all(bodies);
    const each = urls.map((url, index) => ({ name: new URL(url).pathname, raw: buffers[index].length, gzip: gzipSync(buffers[index]).length }));
    return { page, urls, each, files: buffers.length, raw: buffers.reduce((sum, body) => sum + body.length, 0), gzip: buffers.reduce((sum, body) => sum + gzipSync(body).length, 0) };
  }

  // Ready: the engine is loaded and the spelling lookup is fetched (it is part of the page's weight).
  const readyVerifier = async (page) => {
    await page.locator('#etat[data-pret="oui"]').waitFor({ timeout: 120_000 });
    await page.locator('#etat[data-orthographe]').waitFor({ timeout: 120_000 });
  };
  const opened = Date.now();
  const verifier = await weigh('/verifier/', readyVerifier);
  const cpuReady = workerCpuMs();
  // The worker warms the engine up once the page is idle: an author opens the page, then pastes a guide.
  try {
    await verifier.page.locator('#etat[data-echauffe="oui"]').waitFor({ timeout: 90_000 });
    const cpuWarm = workerCpuMs();
    const spent = cpuReady === undefined || cpuWarm === undefined ? '' : ` ; ${(cpuWarm - cpuReady).toFixed(0)} ms de processeur du worker depuis le chargement du dictionnaire`;
    console.log(`Échauffement du moteur dans le Web Worker : fini ${((Date.now() - opened) / 1000).toFixed(1)} s après l’ouverture de la page${spent}.`);
  } catch {
    console.log('Échauffement du moteur : pas fini après 90 s (ou page sans échauffement).');
  }
  console.log(`Page /verifier/ : ${verifier.files} fichiers, ${kb(verifier.raw)} (${kb(verifier.gzip)} compressés avec gzip), téléchargés une fois :`);
  // What weighs: the worker holds the engine and the word frequencies, the dictionary comes after the first check.
  for (const file of [...verifier.each].sort((a, b) => b.raw - a.raw)) console.log(`  ${file.name} : ${kb(file.raw)} (${kb(file.gzip)} avec gzip)`);
  // The verifier's own files (its script, the worker, the language data): no reader page may load one.
  const own = new Set(verifier.urls.filter((url) => /\.(m?js|dawg|wasm|json)$/.test(new URL(url).pathname)));
  for (const path of ['/', '/guides/domiciliation/']) {
    const reader = await weigh(path);
    const loaded = reader.urls.filter((url) => own.has(url));
    const verdict = loaded.length === 0 ? 'rien du vérificateur' : `ATTENTION, elle charge du vérificateur : ${loaded.join(', ')}`;
    console.log(`Page de lecture ${path} : ${reader.files} fichiers, ${kb(reader.raw)} (${kb(reader.gzip)} avec gzip) : ${verdict}.`);
    await reader.page.close();
  }
  const page = verifier.page;
  const status = page.locator('#etat');
  const count = async () => Number((await status.getAttribute('data-verifications')) ?? '0');
  /** Waits for the check after `before` checks, and for the page to show it; gives the times the page noted. */
  const waitForCheck = async (before) => {
    await page.waitForFunction(
      (n) => Number(document.getElementById('etat')?.dataset.verifications ?? '0') > n && document.getElementById('etat')?.dataset.affichage !== undefined,
      before,
      { timeout: 120_000 },
    );
    return page.evaluate(() => {
      const data = document.getElementById('etat').dataset;
      return { worker: Number(data.duree), engine: Number(data.moteur), transit: Number(data.transfert), shown: Number(data.affichage) };
    });
  };
  /**
   * A session of Chromium's protocol with the page's Web Worker (through the browser's session: Playwright
   * gives none for workers), to profile it. Undefined when the worker cannot be reached.
   */
  const workerSession = async () => {
    try {
      const cdp = await browser.newBrowserCDPSession();
      const { targetInfos } = await cdp.send('Target.getTargets');
      const target = targetInfos.find((info) => info.type === 'worker' && info.url.includes('check-worker'));
      if (!target) return undefined;
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      let lastId = 0;
      const answers = new Map();
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message);
        answers.get(message.id)?.(message.result);
        answers.delete(message.id);
      });
      return (method, params = {}) =>
        new Promise((done) => {
          const id = ++lastId;
          answers.set(id, done);
          void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
        });
    } catch {
      return undefined;
    }
  };
  const workerProtocol = await workerSession();
  /** The garbage collector's share of the worker's busy time (not idle) in a CPU profile, in %. */
  const gcShare = (profile) => {
    const names = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
    let busy = 0;
    let gc = 0;
    profile.samples.forEach((id, index) => {
      const name = names.get(id);
      const delta = profile.timeDeltas[index] ?? 0;
      if (name === '(idle)') return;
      busy += delta;
      if (name === '(garbage collector)') gc += delta;
    });
    return busy === 0 ? NaN : (100 * gc) / busy;
  };
  /** Replaces the text, checks it, then types a letter and removes it, RECHECKS times. */
  const measure = async (text) => {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    let before = await count();
    await page.evaluate(() => delete document.getElementById('etat').dataset.affichage);
    const cpuFirst = workerCpuMs();
    await page.keyboard.insertText(text);
    const first = await waitForCheck(before);
    const cpuFirstEnd = workerCpuMs();
    first.cpu = cpuFirst === undefined || cpuFirstEnd === undefined ? NaN : cpuFirstEnd - cpuFirst;
    const worker = [];
    const cpu = [];
    const engine = [];
    const transit = [];
    const shown = [];
    const roundTrip = [];
    for (let run = 0; run < RECHECKS; run++) {
      before = await count();
      await page.evaluate(() => delete document.getElementById('etat').dataset.affichage);
      const start = Date.now();
      const cpuBefore = workerCpuMs();
      await page.keyboard.press(run % 2 === 0 ? 'x' : 'Backspace');
      const times = await waitForCheck(before);
      roundTrip.push(Date.now() - start);
      const cpuAfter = workerCpuMs();
      cpu.push(cpuBefore === undefined || cpuAfter === undefined ? NaN : cpuAfter - cpuBefore);
      worker.push(times.worker);
      engine.push(times.engine);
      transit.push(times.transit);
      shown.push(times.shown);
    }
    const messages = await page.locator('#messages li').count();
    // 10 more re-checks, profiled: where the worker's time goes (not counted in the times above).
    let gc = NaN;
    if (workerProtocol) {
      await workerProtocol('Profiler.enable');
      await workerProtocol('Profiler.start');
      for (let run = 0; run < 10; run++) {
        before = await count();
        await page.evaluate(() => delete document.getElementById('etat').dataset.affichage);
        await page.keyboard.press(run % 2 === 0 ? 'x' : 'Backspace');
        await waitForCheck(before);
      }
      const stopped = await workerProtocol('Profiler.stop');
      if (stopped?.profile) gc = gcShare(stopped.profile);
    }
    const typing = await typeAndWatch();
    const parts = (values) => ({ early: median(values.slice(0, FIRST_RECHECKS)), late: median(values.slice(FIRST_RECHECKS)) });
    return { first, early: { worker: parts(worker).early, cpu: parts(cpu).early }, late: { worker: parts(worker).late, cpu: parts(cpu).late }, worker: median(worker), engine: median(engine), transit: median(transit), shown: median(shown), roundTrip: median(roundTrip), messages, typing, gc };
  };
  /**
   * Types a sentence in the middle of the text, one key every 60 ms (a fast typist), then waits for its
   * check to be shown: the longest task of the page's main thread meanwhile (Long Tasks API: tasks of
   * 50 ms or more block typing), and the longest wait of a key before the page handled it (Event Timing,
   * keys that took 16 ms or more to paint).
   */
  const typeAndWatch = async () => {
    // In the middle of the text (an author edits anywhere): the messages after it move in the list.
    await page.keyboard.press('Control+Home');
    for (let line = 0; line < 40; line++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.waitForTimeout(500);
    // Only the tasks and keys from now on: the typed sentence and the checks it causes.
    await page.evaluate(() => {
      const watch = { longest: 0, tasks: 0, slowestKey: 0 };
      window.__falcWatch = watch;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          watch.tasks++;
          watch.longest = Math.max(watch.longest, entry.duration);
        }
      }).observe({ type: 'longtask' });
      new PerformanceObserver((list) => {
        // How long a key waited for the main thread (the paint after it depends on the whole machine).
        for (const entry of list.getEntries()) if (entry.name.startsWith('key')) watch.slowestKey = Math.max(watch.slowestKey, entry.processingStart - entry.startTime);
      }).observe({ type: 'event', durationThreshold: 16 });
    });
    const before = await count();
    await page.keyboard.type(' Vous pouvez venir lundi.', { delay: 60 });
    await waitForCheck(before);
    await page.waitForTimeout(300);
    return page.evaluate(() => window.__falcWatch);
  };
  const report = (title, text, result) => {
    console.log(`${title} : ${text.split(/\s+/).length} mots, ${result.messages} messages :`);
    const cpu = (value) => (Number.isNaN(value) ? 'processeur non mesuré' : `${value.toFixed(0)} ms de processeur du worker`);
    console.log(`  premier contrôle dans le navigateur : ${result.first.worker.toFixed(0)} ms, ${cpu(result.first.cpu)}`);
    console.log(`  contrôle après une frappe, frappes 1 à ${FIRST_RECHECKS} (médiane) : ${result.early.worker.toFixed(0)} ms dans le Web Worker, ${cpu(result.early.cpu)} (objectif : 50 ms au plus)`);
    console.log(`  contrôle après une frappe, frappes ${FIRST_RECHECKS + 1} à ${RECHECKS} (médiane) : ${result.late.worker.toFixed(0)} ms dans le Web Worker, ${cpu(result.late.cpu)}`);
    console.log(`  sur les ${RECHECKS} frappes (médiane) : ${result.worker.toFixed(0)} ms dans le Web Worker`);
    console.log(`    dont le moteur FALC : ${result.engine.toFixed(0)} ms ; le travail du vérificateur autour (messages à envoyer) : ${(result.worker - result.engine).toFixed(1)} ms`);
    if (!Number.isNaN(result.gc)) console.log(`    dont le ramasse-miettes de V8 (mémoire libérée) : ${result.gc.toFixed(0)} % du temps de calcul du worker (profil de 10 frappes de plus)`);
    console.log(`  envoi de la réponse à la page (copie des messages, attente) : ${result.transit.toFixed(1)} ms`);
    console.log(`  affichage de la réponse sur la page (liste et soulignements, médiane) : ${result.shown.toFixed(0)} ms`);
    console.log(`  de la frappe à la liste à jour, avec l’attente de 250 ms après la frappe : ${result.roundTrip.toFixed(0)} ms`);
    const { longest, tasks, slowestKey } = result.typing;
    console.log(
      `  en tapant une phrase : plus longue tâche de la page ${tasks === 0 ? 'sous 50 ms (aucune tâche longue)' : `${longest.toFixed(0)} ms (${tasks} tâches de 50 ms ou plus)`} ; plus longue attente d’une touche avant d’être traitée : ${slowestKey < 16 ? "moins de 16 ms" : `${slowestKey.toFixed(0)} ms`}`,
    );
  };
  const guide = longGuide();
  report('Guide d’environ 2 000 mots', guide, await measure(guide));
  const fiches = readFileSync('tests/evaluation-real/fiches/extraits.md', 'utf8');
  const fichesText = fiches.split(/(?<=\s)/).slice(0, WORDS).join('');
  report('Extraits de fiches service-public (beaucoup de messages)', fichesText, await measure(fichesText));
  const os = await import('node:os');
  console.log(`  (charge de la machine pendant la mesure : ${os.loadavg()[0].toFixed(1)} pour ${os.cpus().length} cœurs)`);
} finally {
  await browser?.close();
  server.kill('SIGTERM');
}
