import { expect, test, type Page } from '@playwright/test'
import { quizLength } from './helpers'

/** The best track and the top five roles as shown, to compare two views of one result. */
async function ranking(page: Page) {
  // Read once shown: a streamed section sits hidden until revealed, and hidden text reads without line breaks.
  const first = page.locator('section[aria-labelledby=track-title] ol li').first()
  await expect(first).toBeVisible()
  const track = (await first.innerText()).replace(/\s+/g, ' ').trim()
  const roles = await page.getByTestId('role-ranking').locator('li').allInnerTexts()
  return { track, roles: roles.slice(0, 5).map((r) => r.replace(/\s+/g, ' ').trim()) }
}

// A person taps the level's label; the radio inside it is visually hidden.
const rateSkill = (page: Page, skill: string, level: number) =>
  page.getByRole('radiogroup', { name: skill, exact: true }).locator('label').nth(level).click()

test('the whole quiz can be taken with the keyboard only, and the shared link shows the same result elsewhere', async ({ page, browser }) => {
  await page.goto('/quiz')
  const TOTAL = await quizLength(page)
  expect(TOTAL).toBeGreaterThan(5)
  await expect(page.getByText(`Question 1 of ${TOTAL}`)).toBeVisible()
  const active = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type ?? '')
  for (let i = 0; i < 40 && (await active()) !== 'radio'; i++) await page.keyboard.press('Tab')
  expect(await active()).toBe('radio')

  for (let i = 0; i < TOTAL; i++) {
    const progress = page.getByRole('progressbar')
    await expect(progress).toHaveAttribute('aria-valuenow', String(i + 1))
    await expect(progress).toHaveAttribute('aria-valuemax', String(TOTAL))
    if (i > 0) {
      await expect(page.getByRole('heading', { level: 2 })).toBeFocused()
      await page.keyboard.press('Tab')
    }
    // The same position everywhere, so every self-rating gets the same answer, which must be flagged.
    for (let k = 0; k < 2; k++) await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('radio').nth(2)).toBeChecked()
    await page.keyboard.press('Enter')
  }

  await page.waitForURL(/\/quiz\/result\?a=[0-9a-z]+$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Your quiz result' })).toBeVisible()
  await expect(page.getByTestId('reliability-note')).toContainText('less reliable')
  await expect(page.getByRole('heading', { name: /Your profile next to/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'How the fit is worked out' })).toBeVisible()
  await expect(page.getByText('Gap plan: raise these first').first()).toBeVisible()
  await expect(page.getByRole('link', { name: /Compare my top two roles/ })).toHaveAttribute('href', /^\/compare\/[a-z-]+\/[a-z-]+$/)
  const mine = await ranking(page)
  expect(mine.roles).toHaveLength(5)

  const elsewhere = await browser.newContext()
  const other = await elsewhere.newPage()
  await other.goto(page.url())
  expect(await ranking(other)).toEqual(mine)
  await expect(other.getByRole('heading', { level: 1, name: 'A quiz result shared with you' })).toBeVisible()
  await expect(other.getByRole('link', { name: 'Take the quiz yourself' })).toHaveAttribute('href', '/quiz')
  await expect(other.getByRole('link', { name: 'Change my answers' })).toHaveCount(0)
  await elsewhere.close()
})

test('starting over asks first, can be undone, and is never the next Tab stop after the answers', async ({ page }) => {
  await page.goto('/quiz')
  for (let i = 0; i < 2; i++) {
    await page.getByRole('radio').first().check()
    await page.getByRole('button', { name: 'Next' }).click()
  }
  await expect(page.getByText(/^Question 3 of/)).toBeVisible()
  await page.getByRole('radio').first().focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Back' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Next' })).toBeFocused()

  await page.getByRole('button', { name: 'Start over…' }).click()
  await expect(page.getByRole('alertdialog')).toContainText('Clear all 2 answers')
  await page.getByRole('button', { name: 'Keep them' }).click()
  await expect(page.getByText(/^Question 3 of/)).toBeVisible()
  await page.getByRole('button', { name: 'Start over…' }).click()
  await page.getByRole('button', { name: 'Clear my answers' }).click()
  await expect(page.getByText(/^Question 1 of/)).toBeVisible()
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('radio').first()).toBeChecked()
})

test('the question overview shows what is answered and jumps to any question', async ({ page }) => {
  await page.goto('/quiz')
  await page.getByRole('radio').first().check()
  await page.getByRole('button', { name: 'Next' }).click()
  const overview = page.getByTestId('quiz-overview')
  await overview.getByText(/All questions: 1 of \d+ answered/).click()
  const items = overview.getByRole('button')
  await expect(items.first()).toContainText('Answered')
  await expect(items.nth(4)).toContainText('Not yet')
  await items.nth(4).click()
  await expect(page.getByText(/^Question 5 of/)).toBeVisible()
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused()
})

test('answers survive a reload and Back shows the earlier choice', async ({ page }) => {
  await page.goto('/quiz')
  const TOTAL = await quizLength(page)
  await page.getByRole('radio').nth(1).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('radio').nth(3).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText(`Question 3 of ${TOTAL}`)).toBeVisible()
  await page.reload()
  await expect(page.getByText(`Question 3 of ${TOTAL}`)).toBeVisible()
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByRole('radio').nth(3)).toBeChecked()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Choose an answer' })).toBeVisible()
})

test('a tampered or malformed result link shows a clear message and a way back to the quiz', async ({ page }) => {
  await page.goto('/quiz')
  const TOTAL = await quizLength(page)
  for (let i = 0; i < TOTAL; i++) {
    await page.getByRole('radio').nth(i % 3).check()
    await page.getByRole('button', { name: /Next|See my result/ }).click()
  }
  await page.waitForURL(/\/quiz\/result\?a=/)
  const code = new URL(page.url()).searchParams.get('a')!
  const tampered = (code[0] === '1' ? '2' : '1') + code.slice(1)
  for (const query of [`a=${tampered}`, `a=${code.slice(0, -2)}`, 'a=%3Cscript%3E', '']) {
    const response = await page.goto(`/quiz/result?${query}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'This result link does not work' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Take the quiz' })).toHaveAttribute('href', '/quiz')
  }
})

test('the skill matcher scores ratings from a plain GET form and its URL is shareable', async ({ page, browser }) => {
  await page.goto('/match')
  await page.getByRole('button', { name: 'Score my skills' }).click()
  await expect(page.getByTestId('nothing-rated')).toContainText('Nothing is rated yet')
  expect(new URL(page.url()).search).toBe('')
  await rateSkill(page, 'Kubernetes', 3)
  await rateSkill(page, 'Infrastructure as code', 3)
  await rateSkill(page, 'CI/CD for ML', 3)
  await rateSkill(page, 'Model monitoring & drift detection', 3)
  await rateSkill(page, 'Machine learning fundamentals', 1)
  await expect(page.getByTestId('nothing-rated')).toHaveCount(0)
  await page.getByRole('button', { name: 'Score my skills' }).click()
  await page.waitForURL(/kubernetes=3/)
  expect(page.url()).not.toContain('=&')
  const top3 = (await page.getByTestId('role-ranking').locator('a').allInnerTexts()).slice(0, 3)
  expect(top3).toContain('MLOps Engineer')
  await expect(page.getByTestId('role-explanation').first()).toBeVisible()
  await expect(page.getByRole('radiogroup', { name: 'Kubernetes', exact: true }).getByRole('radio', { checked: true })).toHaveValue('3')
  const mine = await ranking(page)

  const elsewhere = await browser.newContext()
  const other = await elsewhere.newPage()
  await other.goto(page.url())
  expect(await ranking(other)).toEqual(mine)
  await elsewhere.close()

  await page.goto('/match?kubernetes=9&cobol=2')
  await expect(page.getByTestId('match-problem')).toContainText('not a level')
  await expect(page.getByTestId('match-problem')).toContainText('"cobol" is not a skill')
  await expect(page.getByTestId('role-ranking')).toHaveCount(0)
})

test('without JavaScript, an empty matcher form says what is missing next to the form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/match')
  await page.getByRole('button', { name: 'Score my skills' }).click()
  await page.waitForURL(/scored=1/)
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing is rated yet' })).toBeVisible()
  await expect(page.getByTestId('role-ranking')).toHaveCount(0)
  await context.close()
})

test('matcher levels are 44 px targets, grouped by category with a count of rated skills', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await page.goto('/match')
  const group = page.getByRole('radiogroup', { name: 'Python', exact: true })
  const box = await group.locator('label').first().boundingBox()
  expect(box && box.height >= 44 && box.width >= 44).toBe(true)
  const category = page.locator('details', { has: group })
  await expect(category.locator('summary')).toContainText('0 of')
  await rateSkill(page, 'Python', 2)
  await expect(category.locator('summary')).toContainText('1 of')
  await category.locator('summary').click()
  await expect(group).toBeHidden()
})
