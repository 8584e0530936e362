import fs from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { PROFILE_STORAGE_KEY } from '@/components/profile/profile-storage'
import { parseProfileText } from '@/lib/profile/parse'

const stored = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), PROFILE_STORAGE_KEY)

async function storedProfile(page: Page) {
  const raw = await stored(page)
  const parsed = parseProfileText(raw ?? '')
  if (!parsed.ok) throw new Error(`stored profile does not parse: ${parsed.message}`)
  return parsed.profile
}

// A person taps the level's label; the radio inside it is visually hidden.
const rate = (page: Page, skill: string, level: number) =>
  page.getByRole('radiogroup', { name: skill, exact: true }).locator('label').filter({ has: page.getByRole('radio', { name: new RegExp(`^${level}`) }) }).click()

test.describe('the profile page', () => {
  test('saves, keeps history, exports, deletes, imports and shares a profile', async ({ page, browser }, testInfo) => {
    await page.goto('/me')
    await expect(page.getByText('Nothing saved yet.')).toBeVisible()
    await rate(page, 'Python', 3)
    await page.getByLabel('The role you want').selectOption('mlops-engineer')
    await page.getByRole('button', { name: 'Save my profile' }).click()
    await expect(page.getByTestId('snapshots').getByRole('listitem')).toHaveCount(1)

    await rate(page, 'Python', 4)
    await rate(page, 'SQL', 2)
    await page.getByRole('button', { name: 'Save my profile' }).click()
    await expect(page.getByTestId('snapshots').getByRole('listitem')).toHaveCount(2)
    const since = page.getByTestId('since-last-time')
    await expect(since.getByRole('listitem')).toHaveCount(2)
    await expect(since).toContainText('Python: up from 3 · Strong to 4 · Expert')
    await expect(since).toContainText('SQL: up from not rated to 2 · Working')
    const saved = await storedProfile(page)

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export as a file' }).click()
    const file = testInfo.outputPath('profile.json')
    await (await download).saveAs(file)
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(saved)

    await page.getByRole('button', { name: 'Delete my profile' }).click()
    await page.getByRole('button', { name: 'Yes, delete it' }).click()
    await expect(page.getByText('Your profile was deleted from this browser.')).toBeVisible()
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0)

    await page.getByLabel('Import a file').setInputFiles(file)
    await expect(page.getByText('Imported profile.json.')).toBeVisible()
    expect(await storedProfile(page)).toEqual(saved)

    const link = await page.getByLabel('Share link').inputValue()
    const other = await browser.newContext()
    const fresh = await other.newPage()
    await fresh.goto(link)
    await fresh.getByRole('button', { name: 'Keep it in this browser' }).click()
    await expect(fresh.getByTestId('snapshots').getByRole('listitem')).toHaveCount(1)
    const shared = await storedProfile(fresh)
    const essentials = (p: typeof saved) => ({
      levels: Object.fromEntries(Object.entries(p.skills).map(([k, v]) => [k, [v.level, v.source]])),
      current: p.current?.slug ?? null,
      target: p.target?.slug ?? null,
    })
    expect(essentials(shared)).toEqual(essentials(saved))
    await other.close()
  })

  test('a bad import file gets a message naming what is wrong, and the profile stays as it was', async ({ page }, testInfo) => {
    await page.goto('/me')
    await rate(page, 'Python', 2)
    await page.getByRole('button', { name: 'Save my profile' }).click()
    await expect(page.getByTestId('snapshots').getByRole('listitem')).toHaveCount(1)
    const before = await stored(page)
    const file = testInfo.outputPath('cv.json')
    fs.writeFileSync(file, JSON.stringify({ name: 'my CV' }))
    await page.getByLabel('Import a file').setInputFiles(file)
    await expect(page.getByRole('status').filter({ hasText: 'cv.json was not imported' })).toContainText('field "format"')
    expect(await stored(page)).toBe(before)
  })
})
