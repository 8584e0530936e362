import { expect, test } from '@playwright/test'

// The path content → store → page: these texts are written in content/ MDX files, not in code.
test('home page lists roles from the store', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'MLOps Engineer', exact: true }).first()).toBeVisible()
})

test('role page renders frontmatter and the compiled MDX body', async ({ page }) => {
  await page.goto('/roles/mlops-engineer')
  await expect(page.getByRole('heading', { level: 1, name: 'MLOps Engineer' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'A day in the role' })).toBeVisible()
  await expect(page.getByText('Editorial reading').first()).toBeVisible()
})
