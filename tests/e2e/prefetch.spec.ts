import { expect, test, type Page } from '@playwright/test'
import { recordRequests } from './helpers'

// Links prefetch a page's payload only when a person shows interest in them (components/intent-link.tsx): a
// phone on a slow link loading a page should not also download the header's and footer's seven other routes.
// Nor the header search's index, which loads once the box is used.
const payloadRequests = (page: Page) => recordRequests(page, (r, path) => r.headers()['rsc'] !== undefined || path === '/api/search-index')

test.use({ viewport: { width: 375, height: 800 } })

for (const url of ['/', '/roles/mlops-engineer', '/compare/data-scientist/ml-engineer', '/skills', '/roles']) {
  test(`${url} prefetches no other page and no search index while it loads`, async ({ page }) => {
    const seen = payloadRequests(page)
    await page.goto(url, { waitUntil: 'networkidle' })
    await page.waitForTimeout(1000)
    expect(seen).toEqual([])
  })
}

test('a link prefetches its page on hover and on keyboard focus, and still navigates', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const seen = payloadRequests(page)
  await page.goto('/roles/mlops-engineer', { waitUntil: 'networkidle' })
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Tracks' }).hover()
  await expect.poll(() => seen.filter((p) => p === '/tracks').length).toBeGreaterThan(0)
  await nav.getByRole('link', { name: 'Lifecycle' }).focus()
  await expect.poll(() => seen.filter((p) => p === '/lifecycle').length).toBeGreaterThan(0)
  await nav.getByRole('link', { name: 'Tracks' }).click()
  await expect(page).toHaveURL(/\/tracks$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})
