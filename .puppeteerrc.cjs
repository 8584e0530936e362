/**
 * pa11y brings puppeteer, whose install step would download a Chrome build from a host these machines cannot
 * reach. The browser tests drive Debian's Chromium instead (lib/chromium.ts), so nothing is downloaded.
 * @type {import('puppeteer').Configuration}
 */
module.exports = { skipDownload: true }
