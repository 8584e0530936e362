import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, type Request } from '@playwright/test'

/**
 * Switches the page's colour scheme and waits for the colour transitions that starts (cards fade their border and
 * background) to end: a check that samples colours mid-fade would see a mix of the two themes.
 */
export async function emulateScheme(page: Page, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme })
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished)))
}

/** axe finds nothing on the page as it is now, in each colour scheme given (light only by default). */
export async function expectNoAxeViolations(page: Page, schemes: ReadonlyArray<'light' | 'dark'> = ['light'], label = '') {
  for (const colorScheme of schemes) {
    await emulateScheme(page, colorScheme)
    const { violations } = await new AxeBuilder({ page }).analyze()
    expect(violations.map((v) => `${label}${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([])
  }
  await emulateScheme(page, 'light')
}

export const BOTH_SCHEMES = ['light', 'dark'] as const

/** The number of questions, as the quiz itself says it ("Question 1 of N"): the count is content, not code. */
export async function quizLength(page: Page): Promise<number> {
  const text = await page.getByText(/^Question \d+ of \d+$/).innerText()
  return Number(/of (\d+)/.exec(text)?.[1] ?? 0)
}

/** Takes the whole quiz with a different answer position on each question: a mixed profile, not a flat one. */
export async function takeMixedQuiz(page: Page) {
  await page.goto('/quiz')
  const total = await quizLength(page)
  for (let i = 0; i < total; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible()
    const radios = page.getByRole('radio')
    await radios.nth((i * 2 + 1) % (await radios.count())).check()
    await page.getByRole('button', { name: /Next|See my result/ }).click()
  }
  await page.waitForURL(/\/quiz\/result\?a=[0-9a-z]+$/)
}

/** The paths of the requests the page makes from now on that `keep` picks, filled in as they happen. */
export function recordRequests(page: Page, keep: (request: Request, path: string) => boolean): string[] {
  const seen: string[] = []
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname
    if (keep(r, path)) seen.push(path)
  })
  return seen
}
