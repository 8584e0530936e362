import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const DS_MLE = '/compare/data-scientist/ml-engineer'

function row(page: Page, skill: string) {
  return page.locator('#differences-table tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${skill}`) }) })
}

test('the picker opens the canonical comparison page for the two roles chosen', async ({ page }) => {
  await page.goto('/compare')
  await page.getByLabel('First role').selectOption('data-scientist')
  await page.getByLabel('Second role').selectOption('ml-engineer')
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page).toHaveURL(DS_MLE)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data Scientist vs Machine Learning Engineer')
})

test('a same-role pick keeps both picks and explains, with JavaScript too', async ({ page }) => {
  await page.goto('/compare?a=ml-engineer&b=ml-engineer')
  await expect(page.locator('#compare-problem')).toContainText('You picked Machine Learning Engineer twice')
  await expect(page.getByLabel('First role')).toHaveValue('ml-engineer')
  await expect(page.getByLabel('Second role')).toHaveValue('ml-engineer')
})

test('the role page’s comparison picker shows whole role names', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/roles/data-scientist')
  const select = page.getByLabel('Compare Data Scientist with')
  await select.selectOption('mlops-practitioner')
  const fits = await select.evaluate((el) => {
    const probe = document.createElement('span')
    probe.style.font = getComputedStyle(el).font
    probe.textContent = 'MLOps Practitioner'
    document.body.append(probe)
    const wide = probe.getBoundingClientRect().width
    probe.remove()
    return wide < el.clientWidth - 24
  })
  expect(fits).toBe(true)
})

test('the picker works without JavaScript and explains a same-role pick', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const same = await page.goto('/compare?a=ml-engineer&b=ml-engineer')
  expect(same?.status()).toBe(200)
  await expect(page.getByRole('alert')).toContainText('You picked Machine Learning Engineer twice')
  await page.getByLabel('Second role').selectOption('ai-engineer')
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page).toHaveURL('/compare/ml-engineer/ai-engineer')
  await context.close()
})

test('suggested pairs link to their comparisons', async ({ page }) => {
  await page.goto('/compare')
  await page.getByRole('link', { name: 'DevOps Engineer vs MLOps Engineer' }).click()
  await expect(page).toHaveURL('/compare/devops-engineer/mlops-engineer')
})

test('the differences-only control hides every skill at the same level, shows when it is on, and stays on in the address, on reload and across a swap', async ({ page }) => {
  await page.goto(DS_MLE)
  const rows = page.locator('#differences-table tbody tr')
  const all = await rows.count()
  const equal = await page.locator('#differences-table tbody tr[data-delta="0"]').count()
  expect(equal).toBeGreaterThan(0)
  const toggle = page.getByRole('button', { name: `Hide the ${equal} skills both roles need at the same level` })
  // Retried until the client leaf has hydrated; before that the click does nothing and all rows stay.
  await expect(async () => {
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true', { timeout: 1000 })
  }).toPass()
  await expect(rows).toHaveCount(all - equal)
  await expect(page.locator('#differences-table tbody tr[data-delta="0"]')).toHaveCount(0)
  await expect(page).toHaveURL(/\?differences=only$/)
  await page.reload()
  await expect(page.locator('#differences-table tbody tr[data-delta="0"]')).toHaveCount(0)
  await page.getByTestId('swap').click()
  await expect(page).toHaveURL(/\/compare\/ml-engineer\/data-scientist\?differences=only$/)
  await expect(page.getByRole('button', { name: /Hide the \d+ skills/ })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('#differences-table tbody tr[data-delta="0"]')).toHaveCount(0)
  await page.getByRole('button', { name: /Hide the \d+ skills/ }).click()
  await expect(rows).toHaveCount(all)
  await expect(page).toHaveURL(/\/compare\/ml-engineer\/data-scientist$/)
})

test('the swap control opens the pair the other way round', async ({ page }) => {
  await page.goto(DS_MLE)
  await page.getByRole('link', { name: /Swap/ }).click()
  await expect(page).toHaveURL('/compare/ml-engineer/data-scientist')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Machine Learning Engineer vs Data Scientist')
  await expect(page.getByRole('heading', { name: 'Moving from Machine Learning Engineer to Data Scientist' })).toBeVisible()
})

test('shows the differences the sources state between Data Scientist and ML Engineer', async ({ page }) => {
  await page.goto(DS_MLE)
  const summary = page.getByRole('region', { name: 'In short' })
  await expect(summary).toContainText('Machine Learning Engineer goes deeper on infrastructure (deep vs light).')
  await expect(summary).toContainText('Data Scientist leans on Exploratory analysis & visualisation (4 vs 2) and Statistics (4 vs 3).')
  // Production path: serving and containers are the ML Engineer's, not the Data Scientist's.
  await expect(row(page, 'Model serving').locator('td').nth(0)).toContainText('0')
  await expect(row(page, 'Model serving').locator('td').nth(1)).toContainText('3')
  await expect(row(page, 'Containers')).toContainText('higher for Machine Learning Engineer')
  await expect(row(page, 'Statistics')).toContainText('higher for Data Scientist')
  await expect(page.getByRole('list', { name: /Only Machine Learning Engineer/ })).toContainText('Model serving')
  const moving = page.getByRole('region', { name: 'Moving from Data Scientist to Machine Learning Engineer' })
  await expect(moving).toContainText('The sources name this move.')
  await expect(moving).toContainText('TorchServe')
  await expect(page.getByRole('region', { name: 'Tools' })).toContainText('Jupyter')
})

for (const path of ['/compare/no-such-role/ml-engineer', '/compare/ml-engineer/ml-engineer']) {
  test(`${path} answers 404 with a page that helps pick another role`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Looking for a comparison?' })).toBeVisible()
    await expect(page.getByLabel('First role')).toBeVisible()
  })
}

test('the 404 for an unknown pair offers the picker even without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const response = await page.goto('/compare/ml-engineer/ml-engineer')
  expect(response?.status()).toBe(404)
  await page.getByLabel('First role').selectOption('data-scientist')
  await page.getByLabel('Second role').selectOption('ml-engineer')
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page).toHaveURL(/\/compare\/data-scientist\/ml-engineer$/)
  await context.close()
})

for (const scheme of ['light', 'dark'] as const) {
  test(`axe reports no violations on the picker and a comparison (${scheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme })
    const page = await context.newPage()
    for (const path of ['/compare', DS_MLE]) {
      await page.goto(path)
      const { violations } = await new AxeBuilder({ page }).analyze()
      expect(violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    }
    await context.close()
  })
}

test('fits a 375 px screen without horizontal scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
  const page = await context.newPage()
  for (const path of ['/compare', DS_MLE, '/compare/multi-agent-systems-engineer/ml-infrastructure-engineer']) {
    await page.goto(path)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width, path).toBeLessThanOrEqual(375)
  }
  await context.close()
})
