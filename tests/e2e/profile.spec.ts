import fs from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { BOTH_SCHEMES, expectNoAxeViolations, takeMixedQuiz } from './helpers'
import { PROFILE_STORAGE_KEY } from '@/lib/storage-keys'
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

// Picks a level other than the one shown, so the save always changes the skill.
async function changeLevel(page: Page, skill: string) {
  const group = page.getByRole('radiogroup', { name: skill, exact: true })
  const checked = await group.getByRole('radio', { checked: true }).count()
  const level = checked > 0 && (await group.getByRole('radio', { checked: true }).inputValue()) === '4' ? 1 : 4
  await rate(page, skill, level)
}

test.describe('the profile page', () => {
  test('a visitor without a profile downloads nothing for it on role and comparison pages', async ({ page }) => {
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.goto('/roles/mlops-engineer')
    await page.goto('/compare/data-scientist/ml-engineer')
    await page.waitForLoadState('networkidle')
    await expect(page.getByTestId('you-in-comparison')).toHaveCount(0)
    expect(requests.filter((u) => u.includes('/api/scoring-model'))).toEqual([])
  })

  test('a quiz result saved as the profile follows the person to role pages, /me, a file and a share link', async ({ page, browser }, testInfo) => {
    await takeMixedQuiz(page)
    const first = page.getByTestId('role-ranking').getByRole('listitem').first()
    const role = (await first.getByRole('link').getAttribute('data-role')) ?? ''
    const fit = /(\d+) \/ 100/.exec(await first.innerText())?.[1]
    expect(role).not.toBe('')
    await page.getByRole('button', { name: 'Save as my profile' }).click()
    await expect(page.getByText('Saved in this browser.')).toBeVisible()

    await page.goto(`/roles/${role}`)
    await expect(page.getByTestId('you-and-role').getByTestId('your-fit')).toHaveText(fit ?? 'missing')

    await page.goto('/me')
    await expect(page.getByTestId('snapshots').getByRole('listitem')).toHaveCount(1)
    await changeLevel(page, 'Python')
    await changeLevel(page, 'SQL')
    await page.getByRole('button', { name: 'Save my profile' }).click()
    await expect(page.getByTestId('snapshots').getByRole('listitem')).toHaveCount(2)
    const since = page.getByTestId('since-last-time').getByRole('listitem')
    await expect(since).toHaveCount(2)
    await expect(since.nth(0)).toContainText('Python:')
    await expect(since.nth(1)).toContainText('SQL:')
    await expect(page.getByTestId('fit-moved').getByRole('listitem').first()).toContainText('→')
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

test('/me is axe-clean in light and dark at 375 and 1280 px, with a saved profile, and works from the keyboard', async ({ page }) => {
  // Four axe runs over a page of some 1,300 elements take about half a minute on their own, more on a busy machine.
  test.slow()
  await page.goto('/me')
  // Keyboard only: reach the first skill's levels, choose one with the arrow keys, then save.
  const python = page.getByRole('radiogroup', { name: 'Python', exact: true })
  await python.getByRole('radio').first().focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(python.getByRole('radio', { checked: true })).toHaveValue('2')
  await page.getByRole('button', { name: 'Save my profile' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('snapshots').getByRole('listitem')).toHaveCount(1)
  await expect(page.getByRole('heading', { name: 'What your profile says' })).toBeVisible()
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await expectNoAxeViolations(page, BOTH_SCHEMES, `${width} `)
  }
})

test('the matcher opens with the saved levels, rounded to whole ones', async ({ page }) => {
  await page.goto('/me')
  await rate(page, 'Kubernetes', 3)
  await page.getByLabel('Your current role').selectOption('devops-engineer')
  await page.getByRole('button', { name: 'Save my profile' }).click()
  await expect(page.getByTestId('snapshots').getByRole('listitem')).toHaveCount(1)
  await page.goto('/match')
  await expect(page.getByTestId('prefilled')).toContainText('1 skill')
  await expect(page.getByRole('radiogroup', { name: 'Kubernetes', exact: true }).getByRole('radio', { checked: true })).toHaveValue('3')
  await expect(page.locator('#current-role')).toHaveValue('devops-engineer')
})

test('the matrix shows your level in each row, from the saved profile, when asked', async ({ page }) => {
  await page.goto('/skills')
  // The filters are enabled once the explorer has hydrated, which is when it looks for a profile.
  await expect(page.getByRole('combobox', { name: 'Track' })).toBeEnabled()
  await expect(page.getByLabel(/Show my levels/)).toHaveCount(0)
  await page.goto('/me')
  await rate(page, 'Python', 3)
  await page.getByRole('button', { name: 'Save my profile' }).click()
  await expect(page.getByTestId('snapshots').getByRole('listitem')).toHaveCount(1)
  await page.goto('/skills')
  await page.getByLabel(/Show my levels/).check()
  const matrix = page.getByTestId('matrix')
  await expect(matrix.getByRole('columnheader', { name: 'You' })).toBeVisible()
  await expect(matrix.getByRole('row', { name: /^Python/ }).locator('td.you')).toHaveText('3')
})

test('a damaged stored profile is reported with what is wrong, and nothing overwrites it', async ({ page }) => {
  await page.goto('/me')
  const damaged = JSON.stringify({ format: 'mlops-atlas-profile', version: 2, skills: { python: { level: 'high' } } })
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [PROFILE_STORAGE_KEY, damaged] as const)
  await page.reload()
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText('skills.python.level')
  await expect(page.getByRole('button', { name: 'Save my profile' })).toBeDisabled()
  expect(await stored(page)).toBe(damaged)
})
