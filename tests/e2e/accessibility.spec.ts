import { expect } from '@playwright/test'
import { PAGE_ADDRESSES } from '@/bench/page-addresses'
import { routePatterns } from '@/lib/routes'
import { BOTH_SCHEMES, expectNoAxeViolations, takeMixedQuiz } from './helpers'
import { expectNoPa11yIssues, test } from './pa11y'

// Two checkers on every page type, light and dark: axe, and pa11y (HTML_CodeSniffer), which finds what axe does
// not. One address per page type, from bench/page-addresses.ts, so a new page type fails the first test below until
// it is given an address there. The quiz result's address comes from taking the quiz.
const NOT_FOUND = '/roles/no-such-role'

let quizResult = ''
let stored: Array<[string, string]> = []

// A saved profile adds the person's own panels to role, comparison and profile pages: checked with them shown.
test.beforeAll(async ({ browser, pa11yBrowser, baseURL }) => {
  const page = await browser.newPage()
  await takeMixedQuiz(page)
  quizResult = new URL(page.url()).pathname + new URL(page.url()).search
  await page.getByRole('button', { name: 'Save as my profile' }).click()
  await expect(page.getByText('Saved in this browser.')).toBeVisible()
  stored = await page.evaluate(() => Object.entries(window.localStorage))
  await page.close()
  const seed = await pa11yBrowser.newPage()
  await seed.goto(`${baseURL}/`)
  await seed.evaluate((entries) => entries.forEach(([key, value]) => window.localStorage.setItem(key, value)), stored)
  await seed.close()
})

test('every page type has an address to check', () => {
  expect(Object.keys(PAGE_ADDRESSES).sort()).toEqual([...routePatterns()].sort())
})

// A streamed stand-in and the content that replaces it are both in the document until React swaps them, so a page
// that streams a copy of itself repeats its ids for a moment: checked on the HTML as served, where no timing hides it.
test('no page repeats an id in the HTML it serves', async ({ request }) => {
  for (const path of [...Object.values(PAGE_ADDRESSES).map((a) => a || quizResult), NOT_FOUND]) {
    const ids = [...(await (await request.get(path)).text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), path).toEqual([])
  }
})

// The saved profile's panels load after the page; the checks wait for them where a page has one.
const PROFILE_PANELS: Record<string, string> = { '/roles/[slug]': 'you-and-role', '/compare/[a]/[b]': 'you-in-comparison', '/me': 'snapshots' }

for (const [pattern, address] of [...Object.entries(PAGE_ADDRESSES), ['404', NOT_FOUND]] as const) {
  test(`axe and pa11y find nothing on ${pattern}, light and dark`, async ({ page, pa11yBrowser, baseURL }) => {
    // Four full checks of a page, two of them in a second browser: more than the default minute on a busy machine.
    test.slow()
    const path = address || quizResult
    await page.addInitScript((entries) => entries.forEach(([key, value]) => window.localStorage.setItem(key, value)), stored)
    await page.goto(path)
    const panel = PROFILE_PANELS[pattern]
    if (panel) await expect(page.getByTestId(panel)).toBeVisible()
    await expectNoAxeViolations(page, BOTH_SCHEMES)
    await expectNoPa11yIssues(pa11yBrowser, `${baseURL}${path}`, BOTH_SCHEMES)
  })
}
