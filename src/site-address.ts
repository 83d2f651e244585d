/**
 * The public address of the site. Printed guides show it (with a QR code) and the checker's report
 * links to the rule pages with it. Read by `astro.config.mjs` (`site`) and by the CLI, without
 * importing Astro. Change it here when the site moves.
 */
export const SITE_URL = 'http://localhost:4321';
