import { expect, test } from '@playwright/test'
import { formatMoney, formatMonth, formatPercentChange } from '@/lib/format'
import { CSV_PAY_COLUMNS } from '@/lib/matrix-export'
import type { PayJson } from '@/lib/pay-export'

// A small phone's first screen: what a person sees before scrolling.
const PHONE = { width: 375, height: 667 }

type RoleJson = PayJson & { slug: string; name: string }

async function roleJson(request: import('@playwright/test').APIRequestContext, slug: string): Promise<RoleJson> {
  const res = await request.get(`/api/roles/${slug}`)
  expect(res.status()).toBe(200)
  return res.json()
}

test.describe('pay and outlook', () => {
  test('every role page shows pay and outlook with source and period in the first screen of a phone, or says none fits', async ({ browser, request }) => {
    const slugs: string[] = (await (await request.get('/api/roles')).json()).map((r: { slug: string }) => r.slug)
    expect(slugs.length).toBeGreaterThan(0)
    const context = await browser.newContext({ viewport: PHONE })
    const page = await context.newPage()
    for (const slug of slugs) {
      const role = await roleJson(request, slug)
      await page.goto(`/roles/${slug}`)
      const pay = page.getByTestId('pay')
      await expect(pay, slug).toBeVisible()
      const o = role.occupation
      if (o) {
        const wage = pay.getByText(formatMoney(o.medianWage, 'USD'), { exact: true })
        await expect(wage, slug).toBeInViewport()
        await expect(pay.getByText(formatPercentChange(o.growth), { exact: true }), slug).toBeInViewport()
        await expect(pay, slug).toContainText(formatMonth(o.wagePeriod))
        await expect(pay, slug).toContainText(`SOC ${o.soc}`)
        await expect(pay, slug).toContainText('Broader than this role')
        await expect(pay.getByRole('link', { name: 'Occupational Outlook Handbook' }), slug).toBeVisible()
      } else {
        await expect(pay.getByTestId('no-occupation'), slug).toBeInViewport()
        await expect(pay, slug).toContainText(role.occupationNote)
      }
      if (role.salary) await expect(pay, slug).toContainText('gives no currency, period, location or seniority')
    }
    await context.close()
  })

  test('the API and the matrix export carry each role’s occupation or the reason none fits', async ({ request }) => {
    const matrix = await (await request.get('/api/matrix')).json()
    for (const row of matrix.roles as Array<{ slug: string; pay: PayJson }>) {
      const role = await roleJson(request, row.slug)
      expect(row.pay, row.slug).toEqual({ occupation: role.occupation, occupationNote: role.occupationNote, salary: role.salary })
      if (role.occupation) expect(role.occupation.soc).toMatch(/^\d{2}-\d{4}$/)
      else expect(role.occupationNote.length).toBeGreaterThan(0)
    }
    const csv = await (await request.get('/api/matrix?format=csv')).text()
    expect(csv.split('\r\n')[0]).toContain(CSV_PAY_COLUMNS.join(','))
  })

  test('a comparison leads with both roles’ pay and outlook side by side, before anything else', async ({ browser, request }) => {
    const [a, b] = await Promise.all([roleJson(request, 'data-scientist'), roleJson(request, 'ml-engineer')])
    const context = await browser.newContext({ viewport: PHONE })
    const page = await context.newPage()
    await page.goto('/compare/data-scientist/ml-engineer')
    const pay = page.getByTestId('pay')
    await expect(pay).toBeVisible()
    const columns = pay.locator('> div > div')
    await expect(columns).toHaveCount(2)
    for (const [i, role] of [a, b].entries()) {
      if (role.occupation) await expect(columns.nth(i)).toContainText(formatMoney(role.occupation.medianWage, 'USD'))
    }
    const [left, right] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()]
    expect(left && right && Math.abs(left.y - right.y) < 2 && right.x > left.x).toBe(true)
    const firstSection = await page.locator('main section[id]').first().boundingBox()
    const payBox = await pay.boundingBox()
    expect(payBox && firstSection && payBox.y < firstSection.y).toBe(true)
    await context.close()
  })
})
