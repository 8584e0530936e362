import { expect, test } from '@playwright/test'

// The path content → store → page: every text checked here is written in a content/ MDX file, not in code.
test('home page shows key figures and tracks read from the store', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // content/figures/ml-projects-never-in-production.mdx
  await expect(page.getByText('87%', { exact: true })).toBeVisible()
  await expect(page.getByText('of ML projects never make it to production')).toBeVisible()
  // content/tracks/*.mdx
  await expect(page.getByRole('link', { name: /MLOps Practitioner/ }).first()).toBeVisible()
})

test('role page renders frontmatter and the compiled MDX body', async ({ page }) => {
  await page.goto('/roles/mlops-engineer')
  await expect(page.getByRole('heading', { level: 1, name: 'MLOps Engineer' })).toBeVisible()
  // The body of content/roles/mlops-engineer.mdx, compiled by the seed and rendered from the store.
  await expect(page.getByRole('heading', { name: 'A day in the role' })).toBeVisible()
  await expect(page.getByText('Editorial reading').first()).toBeVisible()
})
