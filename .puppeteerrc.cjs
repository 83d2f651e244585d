// Puppeteer (used by pa11y-ci) must not download its own Chrome: there is no internet here.
// We use Debian's Chromium instead (see scripts/ensure-chromium.mjs).
module.exports = { skipDownload: true, executablePath: '/usr/bin/chromium' };
