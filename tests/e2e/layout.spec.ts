import { expect, test, type Page } from '@playwright/test'
import { NAV_PAGES } from '@/lib/routes'
import { BOTH_SCHEMES, expectNoAxeViolations, takeMixedQuiz } from './helpers'

const PHONE = { width: 375, height: 667 }
const DESKTOP = { width: 1280, height: 900 }

/** Chips and pills whose text runs out of their box (wider or taller than it, or broken over two lines). */
async function spilledBadges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main .chip, main .pill')]
      .filter((e) => e.offsetParent !== null)
      .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1 || e.getClientRects().length > 1)
      .map((e) => e.innerText),
  )
}

test.describe('layout', () => {
  test('level badges and pills keep their text inside them on phones and desktops', async ({ page }) => {
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport)
      for (const path of ['/skills/python', '/roles/mlops-engineer', '/compare/data-scientist/ml-engineer', '/tracks/mlops-practitioner']) {
        await page.goto(path)
        await expect(page.locator('main .chip').first()).toBeVisible()
        expect(await spilledBadges(page), `${path} at ${viewport.width} px`).toEqual([])
      }
    }
  })

  test('on a desktop the header holds the navigation and the search box on one row, whichever section is marked', async ({ page }) => {
    await page.setViewportSize(DESKTOP)
    const middle = (box: { y: number; height: number } | null) => (box ? box.y + box.height / 2 : -1)
    for (const { path } of NAV_PAGES) {
      await page.goto(path)
      await expect(page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]')).toHaveCount(1)
      const nav = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').first().boundingBox()
      const search = await page.getByRole('combobox', { name: /Search roles/ }).boundingBox()
      expect(Math.abs(middle(nav) - middle(search)), path).toBeLessThan(8)
    }
  })

  test('the home page key figures fill every row, and a whole explore card is its link', async ({ page }) => {
    for (const viewport of [PHONE, { width: 800, height: 900 }, DESKTOP]) {
      await page.setViewportSize(viewport)
      await page.goto('/')
      const list = page.getByRole('region', { name: 'Why these roles exist' }).getByRole('list')
      const listBox = await list.boundingBox()
      const lastBox = await list.getByRole('listitem').last().boundingBox()
      expect(listBox && lastBox && Math.abs(listBox.x + listBox.width - (lastBox.x + lastBox.width)), `${viewport.width} px`).toBeLessThan(2)
    }
    await expectNoAxeViolations(page, BOTH_SCHEMES)
    const card = page.getByRole('heading', { name: 'Skills matrix', level: 3 }).locator('xpath=..')
    await card.scrollIntoViewIfNeeded()
    const box = await card.boundingBox()
    if (!box) throw new Error('the skills matrix card is not drawn')
    // The card's lower right corner holds no link of its own: only the stretched title link can answer there.
    await page.mouse.click(box.x + box.width - 8, box.y + box.height - 8)
    await expect(page).toHaveURL(/\/skills$/)
  })

  test('the comparison keeps its column headers in view while a phone scrolls the table', async ({ page }) => {
    await page.setViewportSize(PHONE)
    await page.goto('/compare/data-scientist/ml-engineer')
    const table = page.locator('#differences-table')
    await table.locator('tbody tr').nth(25).scrollIntoViewIfNeeded()
    const header = table.getByRole('columnheader', { name: 'Skill' })
    const top = (await header.boundingBox())?.y ?? -1
    expect(top).toBeGreaterThanOrEqual(0)
    expect(top).toBeLessThan(PHONE.height / 3)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
  })

  test('a comparison with no tool named for both roles says why', async ({ page }) => {
    await page.goto('/compare/data-scientist/ml-engineer')
    const tools = page.getByRole('region', { name: 'Tools', exact: true })
    await expect(tools.getByRole('heading', { name: /Both roles \(0\)/ })).toBeVisible()
    await expect(tools).toContainText('None of the sources names the same tool for Data Scientist and Machine Learning Engineer')
  })

  test('the role page keeps its comparison picker in view down a long page on a desktop', async ({ page }) => {
    await page.setViewportSize(DESKTOP)
    await page.goto('/roles/mlops-engineer')
    await page.locator('#related').scrollIntoViewIfNeeded()
    const picker = page.getByRole('region', { name: 'Compare with…' })
    const box = await picker.boundingBox()
    expect(box && box.y >= 0 && box.y + box.height <= DESKTOP.height).toBe(true)
    await expectNoAxeViolations(page, BOTH_SCHEMES)
  })

  test('every radar axis label stays inside the chart on a phone', async ({ page }) => {
    await page.setViewportSize(PHONE)
    await takeMixedQuiz(page)
    // The chart is drawn once its box nears the screen; the table beside it is there from the start.
    await page.locator('.cat-table').first().scrollIntoViewIfNeeded()
    const chart = page.locator('.recharts-wrapper > svg').first()
    await expect(chart.locator('.recharts-polar-angle-axis-tick').first()).toBeVisible()
    const outside = await chart.evaluate((svg) => {
      const frame = svg.getBoundingClientRect()
      return [...svg.querySelectorAll('.recharts-polar-angle-axis-tick text')]
        .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
        .filter(({ box }) => box.left < frame.left || box.right > frame.right || box.top < frame.top || box.bottom > frame.bottom)
        .map(({ text }) => text)
    })
    expect(outside).toEqual([])
  })
})
