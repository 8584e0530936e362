import { expect, test, type Page } from '@playwright/test'
import { BOTH_SCHEMES, expectNoAxeViolations, recordRequests } from './helpers'

// The site search: the header box (results as one types, loaded on first use) and the /search page it submits to.
const box = (page: Page) => page.getByRole('combobox', { name: /Search roles, skills, tools/ })
const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option')

const indexRequests = (page: Page) => recordRequests(page, (_, path) => path === '/api/search-index')

test('the index loads only once the box is used, and ranks roles where Kubernetes is central first', async ({ page }) => {
  const seen = indexRequests(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await page.waitForTimeout(500)
  expect(seen).toEqual([])
  await box(page).fill('kubernetes')
  await expect(options(page).first()).toContainText('Kubernetes')
  expect(seen).toHaveLength(1)
  await expect(page.getByRole('status').filter({ hasText: /\d+ results/ })).toBeVisible()
  const roles = options(page).filter({ hasText: 'Role' })
  await expect(roles.first()).toContainText(/matched in: (top|core) skills — Kubernetes/)
  const texts = await roles.allInnerTexts()
  expect(texts.join('\n')).not.toMatch(/^Machine Learning Engineer/)
})

test('a typo still finds the tool, and the keyboard moves through results and opens one', async ({ page }) => {
  await page.goto('/skills/python')
  await box(page).fill('mlflw')
  await expect(options(page).first()).toContainText('MLflow')
  await expect(options(page).first()).toContainText('Tool')
  await box(page).press('ArrowDown')
  await expect(box(page)).toHaveAttribute('aria-activedescendant', /site-search-results-0/)
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true')
  await box(page).press('Escape')
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false')
  await expect(box(page)).toHaveValue('mlflw')
  await box(page).press('ArrowDown')
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true')
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true')
  await box(page).press('Enter')
  await expect(page).toHaveURL(/\/tools#mlflow$/)
})

test('Enter with no result chosen submits the box to the search page, ranked with what matched', async ({ page }) => {
  await page.goto('/roles/mlops-engineer')
  await box(page).fill('kubernetes')
  await box(page).press('Enter')
  await expect(page).toHaveURL(/\/search\?q=kubernetes$/)
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem')
  await expect(results.first()).toContainText('Kubernetes')
  await expect(results.filter({ hasText: 'Role' }).first()).toContainText(/matched in: (top|core) skills — Kubernetes/)
})

test('without JavaScript the header form gets ranked results on /search', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/lifecycle')
  await page.getByRole('search', { name: 'Site' }).getByRole('combobox').fill('mlflw')
  await page.getByRole('search', { name: 'Site' }).getByRole('combobox').press('Enter')
  await expect(page).toHaveURL(/\/search\?q=mlflw$/)
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toContainText('MLflow')
  await page.goto('/search?q=kubernetes&kind=role')
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()
  await expect(first).toContainText('Role')
  await expect(first).toContainText(/matched in: (top|core) skills — Kubernetes/)
  await context.close()
})

test('the navigation marks the section of the page one is on', async ({ page }) => {
  await page.goto('/roles/mlops-engineer')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Roles' })).toHaveAttribute('aria-current', 'page')
  await expect(nav.locator('[aria-current]')).toHaveCount(1)
  await nav.getByRole('link', { name: 'Tracks' }).click()
  await expect(nav.getByRole('link', { name: 'Tracks' })).toHaveAttribute('aria-current', 'page')
  await expect(nav.locator('[aria-current]')).toHaveCount(1)
})

test('the search page and the open results panel pass axe in both colour schemes, on a phone too', async ({ page }) => {
  await page.goto('/search?q=kubernetes')
  await expectNoAxeViolations(page, BOTH_SCHEMES)
  await page.setViewportSize({ width: 375, height: 740 })
  await page.goto('/')
  await box(page).fill('python')
  await expect(options(page).first()).toContainText('Python')
  const size = await options(page).first().boundingBox()
  expect(size?.height).toBeGreaterThanOrEqual(44)
  await expectNoAxeViolations(page, BOTH_SCHEMES)
})

test('when the search cannot load, the roles list says its text is not applied and links to the search page', async ({ page }) => {
  await page.route('**/api/search-index', (route) => route.abort())
  await page.goto('/roles')
  await page.getByLabel(/Search name/).fill('kubernetes')
  const count = page.getByTestId('role-count').filter({ visible: true })
  await expect(count).toContainText('the search could not load')
  await expect(count.getByRole('link', { name: 'search on a page' })).toHaveAttribute('href', '/search?q=kubernetes&kind=role')
})
