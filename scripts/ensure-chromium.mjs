// Makes sure Debian's Chromium is installed for the browser tests (Playwright, pa11y).
// As root it installs it with apt-get; otherwise it says, in French, what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

if (existsSync(CHROMIUM_PATH)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  process.stderr.write(
    `Les tests du site ont besoin du navigateur Chromium, à l’adresse ${CHROMIUM_PATH}.\n` +
      'Installez-le avec la commande :\n  sudo apt-get install -y --no-install-recommends chromium fonts-liberation\n' +
      'ou indiquez où il est avec la variable CHROMIUM_PATH.\n',
  );
  process.exit(1);
}
process.stdout.write('Installation de Chromium (paquet Debian)…\n');
try {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation'], { stdio: 'inherit', env });
} catch {
  process.stderr.write('L’installation de Chromium a échoué. Installez le paquet « chromium » avec apt-get, puis relancez.\n');
  process.exit(1);
}
if (!existsSync(CHROMIUM_PATH)) {
  process.stderr.write(`Chromium est installé, mais pas à l’adresse ${CHROMIUM_PATH}. Indiquez son adresse avec CHROMIUM_PATH.\n`);
  process.exit(1);
}
