import { expect, test } from '@playwright/test'
import { BOTH_SCHEMES, expectNoAxeViolations, takeMixedQuiz } from './helpers'

const TIERS = ['Fit now', 'Within reach', 'Further away']

test('a mixed quiz result opens with a one-sentence verdict, ranks roles in tiers and leads to a skill rubric', async ({ page }) => {
  await takeMixedQuiz(page)

  const verdict = page.getByTestId('verdict')
  await expect(verdict).toHaveText(/^You are closest to Track \d · .+; .+\.$/)
  const ranking = page.getByTestId('role-ranking')
  for (const tier of TIERS) await expect(ranking.getByRole('heading', { name: tier, exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Your track' }).getByRole('link').first()).toHaveText(/^Track \d · /)

  const step = page.getByTestId('gap-step').first()
  await expect(step).toContainText('looks like:')
  // Whole levels in the scale's words ("between 2 · Working and 3 · Strong"), never a fraction like 2.6.
  await expect(step.getByText(/^Now /)).toHaveText(/^Now (between )?\d · [^.]*needs \d · [^.]+\.$/)
  const tools = step.locator('details')
  if ((await tools.count()) > 0) {
    await tools.locator('summary').focus()
    await page.keyboard.press('Enter')
    await expect(tools.locator('dd').first()).toBeVisible()
  }
  const skillLink = step.getByRole('link').first()
  const skillName = (await skillLink.innerText()).trim()
  await skillLink.click()
  await page.waitForURL(/\/skills\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(skillName)
  const rubric = page.getByRole('region', { name: 'Roles that need it, level by level' })
  await expect(rubric.getByTestId('rubric-level').first()).toBeVisible()
  expect(await rubric.getByTestId('rubric-level').count()).toBeGreaterThanOrEqual(4)
  await expectNoAxeViolations(page, BOTH_SCHEMES)
})

test('the matcher shows a given current role as where you are and never recommends it as the move', async ({ page }) => {
  const ratings = 'kubernetes=4&infrastructure-as-code=4&ci-cd=3&observability=3&model-monitoring=2&python=2'
  await page.goto(`/match?${ratings}`)
  await expect(page.getByTestId('verdict')).toBeVisible()
  await page.getByLabel('Your current role (optional)').selectOption('devops-engineer')
  await page.getByRole('button', { name: 'Score my skills' }).click()
  await page.waitForURL(/current=devops-engineer/)

  const where = page.getByTestId('where-you-are')
  await expect(where).toContainText('DevOps Engineer')
  await expect(page.getByRole('heading', { name: 'Where to go next' })).toBeVisible()
  await expect(page.getByTestId('verdict')).toHaveText(/^Moving on from DevOps Engineer, you are closest to Track \d · /)
  const recommendation = (await page.getByTestId('verdict').innerText()).split('; ').slice(1).join('; ')
  expect(recommendation).not.toContain('DevOps Engineer')
  await expect(page.getByTestId('role-ranking').locator('[data-role="devops-engineer"]')).toHaveCount(0)
  const explained = await page.getByTestId('role-explanation').locator('h3').allInnerTexts()
  expect(explained.join(' ')).not.toContain('DevOps Engineer')
  await expect(page.getByLabel('Your current role (optional)')).toHaveValue('devops-engineer')
  await expectNoAxeViolations(page, BOTH_SCHEMES)
})
