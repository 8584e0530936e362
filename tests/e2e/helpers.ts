import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** axe finds nothing on the page as it is now, in each colour scheme given (light only by default). */
export async function expectNoAxeViolations(page: Page, schemes: ReadonlyArray<'light' | 'dark'> = ['light']) {
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme })
    const { violations } = await new AxeBuilder({ page }).analyze()
    expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([])
  }
  await page.emulateMedia({ colorScheme: 'light' })
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
