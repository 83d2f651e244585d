// Runs pa11y-ci (HTML_CodeSniffer and axe, WCAG 2 AA) on every page of the built site, in Debian's
// Chromium. Pages are listed from dist/ so that a new page is checked without editing a list.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const PORT = Number(process.env.FALC_A11Y_PORT ?? 4323);
const base = `http://127.0.0.1:${PORT}`;
const pages = (await glob('**/*.html', { cwd: 'dist' })).sort();
if (pages.length === 0) {
  process.stderr.write('Le site n’est pas construit : lancez « npm run build » avant ce test.\n');
  process.exit(2);
}
const urls = pages.map((page) => `${base}/${page.replace(/index\.html$/, '').replace(/\.html$/, '/')}`.replace(/\/404\/$/, '/404.html'));
const config = {
  defaults: {
    standard: 'WCAG2AA',
    runners: ['htmlcs', 'axe'],
    timeout: 60_000,
    concurrency: 1,
    chromeLaunchConfig: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  urls,
};
const dir = mkdtempSync(join(tmpdir(), 'pa11y-'));
const configPath = join(dir, 'pa11y-ci.json');
writeFileSync(configPath, JSON.stringify(config, null, 2));

const server = spawn('node_modules/.bin/astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

// Wait for the server.
const deadline = Date.now() + 60_000;
for (;;) {
  try {
    const response = await fetch(`${base}/`);
    if (response.ok) break;
  } catch {
    /* not yet */
  }
  if (Date.now() > deadline) {
    process.stderr.write('Le serveur du site n’a pas démarré.\n');
    process.exit(2);
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
}

const code = await new Promise((resolve) => {
  const run = spawn('node_modules/.bin/pa11y-ci', ['--config', configPath], { stdio: 'inherit' });
  run.on('exit', (status) => resolve(status ?? 1));
});
stop();
process.exit(code);
