import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import fc from 'fast-check'
import { firstLoadJs } from '../../scripts/audit/first-load-js'
import { pathsFuzzPaths } from './fuzz-inputs'

/** Moves a focused native select to `value` with the arrow keys, as a keyboard user would. */
async function chooseWithKeys(page: Page, label: string, value: string) {
  const select = page.getByLabel(label)
  await select.focus()
  for (let i = 0; i < 30 && (await select.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown')
  await expect(select).toHaveValue(value)
}

const ROUTE = '/paths?from=data-scientist&to=mlops-engineer'

test.describe('career moves', () => {
  test('a keyboard user picks a start and a target and sees the route; a step leads to its role page', async ({ page }) => {
    await page.goto('/paths')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Career moves')
    await expect(page.getByTestId('formula')).toContainText('Worked example, Data Scientist → MLOps Engineer')
    await chooseWithKeys(page, 'I am now', 'data-scientist')
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('I want to become')).toBeFocused()
    await chooseWithKeys(page, 'I want to become', 'mlops-engineer')
    const submit = page.getByRole('button', { name: 'Show the routes' })
    for (let i = 0; i < 5 && !(await submit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    await expect(submit).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/paths\?from=data-scientist&to=mlops-engineer$/)
    const best = page.getByTestId('best-route')
    await expect(best).toContainText('Best route')
    await expect(best.getByTestId('route-step').first()).toContainText('Named by')
    await expect(best.getByLabel('Skills to raise for MLOps Engineer')).toContainText('Kubernetes')
    await expect(page.getByTestId('alternative-route')).toHaveCount(2)
    await expect(page.getByTestId('comparison')).toContainText('The direct move from Data Scientist to MLOps Engineer costs')
    await expect(page.getByTestId('alternative-route').first()).toContainText('Editorial: near in skills')

    await best.getByRole('link', { name: 'MLOps Engineer' }).first().click()
    await expect(page).toHaveURL(/\/roles\/mlops-engineer$/)
    const moves = page.getByTestId('moves-from-here')
    await expect(moves).toContainText('Named by')
    await expect(moves.locator('a[href="/paths?from=mlops-engineer&to=ml-platform-engineer"]').first()).toBeVisible()
  })

  test('the address holds the choice: a fresh context sees the same route', async ({ page, browser }) => {
    // Read once shown: a section streams in hidden and is revealed in place, and hidden text reads without breaks.
    const route = async (p: Page) => {
      const best = p.getByTestId('best-route')
      await expect(best).toBeVisible()
      return (await best.innerText()).replace(/\s+/g, ' ').trim()
    }
    await page.goto(ROUTE)
    const text = await route(page)
    const fresh = await browser.newContext()
    const other = await fresh.newPage()
    const res = await other.goto(ROUTE)
    expect(res?.status()).toBe(200)
    expect(await route(other)).toBe(text)
    await fresh.close()
  })

  test('a popular move is answered from a prerendered page, any other pair is rendered on request', async ({ request }) => {
    const popular = await request.get('/paths?from=data-scientist&to=mlops-engineer')
    expect(popular.status()).toBe(200)
    expect(popular.headers()['cache-control']).toContain('s-maxage')
    expect(await popular.text()).toContain('data-testid="best-route"')
    const other = await request.get('/paths?from=ai-safety-engineer&to=data-engineer')
    expect(other.status()).toBe(200)
    expect(other.headers()['cache-control']).not.toContain('s-maxage')
    expect(await other.text()).toContain('data-testid="best-route"')
  })

  test('a bad value gets a clear message beside the form, never an error page', async ({ page }) => {
    for (const [query, field, message] of [
      ['from=ghost-engineer&to=mlops-engineer', 'from', 'There is no role "ghost-engineer".'],
      ['from=data-scientist&to=%3Cscript%3E', 'to', 'not a role'],
      ['from=data-scientist&from=devops-engineer&to=mlops-engineer', 'from', 'Give one start'],
      ['from=quiz&to=mlops-engineer&code=zzz', 'code', 'too short or too long'],
      ['from=mlops-engineer&to=mlops-engineer', 'to', 'other than where you start'],
    ] as const) {
      const res = await page.goto(`/paths?${query}`)
      expect(res?.status(), query).toBe(200)
      await expect(page.locator(`#${field}-error`), query).toContainText(message)
    }
  })

  test('the map lays out every role with named moves, highlights a route, and reads at 375 and 1280 px, light and dark', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        await page.emulateMedia({ colorScheme: scheme })
        await page.setViewportSize({ width, height: 900 })
        await page.goto('/paths/map?from=devops-engineer&to=ai-platform-engineer')
        await expect(page.locator('svg a[href^="/roles/"]')).toHaveCount(18)
        await expect(page.locator('svg [data-lit]')).not.toHaveCount(0)
        await expect(page.getByTestId('map-route')).toContainText('DevOps Engineer → AI Platform Engineer')
        const box = page.getByRole('region', { name: /Map of career moves/ })
        const fits = await box.evaluate((el) => el.scrollWidth <= el.clientWidth)
        if (width === 375) {
          expect(fits).toBe(false)
          await expect(page.getByText('Scroll sideways to see the whole map →')).toBeVisible()
          await expect(page.getByRole('link', { name: 'read it as a list' })).toHaveAttribute('href', '#map-list')
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
        await page.screenshot({ path: path.join('screenshots', `paths-map-${width}-${scheme}.png`), fullPage: width === 1280 })
      }
    }
    await page.screenshot({ path: path.join('screenshots', 'paths-map-viewport-dark.png') })
    await page.goto(ROUTE)
    await page.screenshot({ path: path.join('screenshots', 'paths-route-1280-dark.png'), fullPage: true })
    await page.emulateMedia({ colorScheme: 'light' })
    await page.setViewportSize({ width: 375, height: 900 })
    await page.screenshot({ path: path.join('screenshots', 'paths-route-375-light.png'), fullPage: true })
  })

  test('/paths loads no more JavaScript than a role page', async ({ baseURL }) => {
    const dist = path.resolve('.next')
    const role = await firstLoadJs(baseURL!, '/roles/mlops-engineer', dist)
    for (const url of ['/paths', ROUTE, '/paths/map']) {
      const js = await firstLoadJs(baseURL!, url, dist)
      expect(js.status, url).toBe(200)
      expect(js.gzipKb, url).toBeLessThanOrEqual(role.gzipKb)
    }
  })

  test('random career-move addresses never get a 5xx, and the API answers JSON', async ({ request }) => {
    await fc.assert(
      fc.asyncProperty(fc.array(pathsFuzzPaths, { minLength: 20, maxLength: 20 }), async (batch) => {
        for (const url of batch) {
          const res = await request.get(url, { maxRedirects: 0, failOnStatusCode: false })
          expect(res.status(), url).toBeLessThan(500)
          if (url.startsWith('/api/')) {
            expect([200, 400, 404], url).toContain(res.status())
            expect(res.headers()['content-type'], url).toContain('application/json')
          }
        }
      }),
      { seed: 20_260_521, numRuns: 10 },
    )
  })
})
