import pa11y from 'pa11y'
import puppeteer, { type Browser } from 'puppeteer'
import { expect, test as base } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@/lib/chromium'

/**
 * pa11y (HTML_CodeSniffer, WCAG 2 AA) as a second opinion next to axe: it also finds, for example, data cells that
 * do not say which of several header levels they belong to. It drives puppeteer, not Playwright, so a worker keeps
 * one Chromium of its own for all its pa11y runs instead of starting one per page.
 */
export const test = base.extend<object, { pa11yBrowser: Browser }>({
  pa11yBrowser: [
    async ({}, use) => {
      const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
})

/** pa11y reports no error on the page at `url`, in each colour scheme given (light only by default). */
export async function expectNoPa11yIssues(browser: Browser, url: string, schemes: ReadonlyArray<'light' | 'dark'> = ['light']) {
  // The schemes run side by side: most of a run is pa11y waiting for the network to go quiet, not work.
  const found = await Promise.all(schemes.map((scheme) => pa11yErrors(browser, url, scheme)))
  expect(found.flat()).toEqual([])
}

async function pa11yErrors(browser: Browser, url: string, scheme: 'light' | 'dark'): Promise<string[]> {
  const page = await browser.newPage()
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }])
    // Its own timeout, under the test's, so a slow page fails with pa11y's message rather than the test's.
    const { issues } = await pa11y(url, { browser, page, standard: 'WCAG2AA', runners: ['htmlcs'], timeout: 45_000 })
    // pa11y only navigates the page it is given, so the scheme holds; checked so a dark run cannot pass as light.
    expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true)
    return issues.filter((i) => i.type === 'error').map((i) => `${scheme} ${i.code} at ${i.selector}: ${i.message}`)
  } finally {
    await page.close()
  }
}
