/**
 * The public address of the site. Printed guides show it (with a QR code) and the checker's report
 * links to the rule pages with it. Read by `astro.config.mjs` (`site`) and by the CLI, without
 * importing Astro. Set it with the environment variable FALC_SITE_URL (https://…) when the site is
 * published: without it (localhost), printed guides have no QR code and the build says so.
 */
export const SITE_URL = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.FALC_SITE_URL || 'http://localhost:4321';
