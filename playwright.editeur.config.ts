import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// The guide editor (`npm run editer`) in `astro dev`. Its own port (FALC_EDITOR_PORT), so that it can run
// beside the site's tests. It runs in a throwaway copy of the project (tests/e2e-editeur/project-copy.mjs):
// the guides the tests save never reach the real `content/`.
const port = Number(process.env.FALC_EDITOR_PORT ?? 4325);

/** End-to-end tests of the guide editor, in Debian's Chromium. One spec file, kept short. */
export default defineConfig({
  testDir: 'tests/e2e-editeur',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // Generous: Vite prepares Keystatic's code on the first visit, which takes long on a busy machine.
  timeout: 300_000,
  expect: { timeout: 120_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: 'node tests/e2e-editeur/project-copy.mjs',
    env: { FALC_EDITOR_PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 240_000,
    // SIGTERM: the script stops astro dev and removes the copy.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
