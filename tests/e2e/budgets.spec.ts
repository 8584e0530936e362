import path from 'node:path'
import { expect, test } from '@playwright/test'
import { HTML_BUDGET_KB, JS_ABOVE_BARE_KB, JS_ABOVE_BARE_KB_FOR, JS_ROUTES } from '@/bench/budgets'
import { pageWeight } from '@/scripts/audit/page-weight'

// The weight budgets of bench/budgets.ts, held against the production build this suite runs on. HTML is the
// document as served, uncompressed, inline payload included; JavaScript is what a page adds to a bare Next.js page.
const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? '.next')

async function htmlKb(request: import('@playwright/test').APIRequestContext, url: string): Promise<number> {
  const res = await request.get(url)
  expect(res.status(), url).toBe(200)
  return (await res.body()).byteLength / 1024
}

async function roleSlugs(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const roles = (await (await request.get('/api/roles')).json()) as Array<{ slug: string }>
  expect(roles.length).toBeGreaterThan(1)
  return roles.map((r) => r.slug)
}

test('every role page, every comparison, the matrix and the home page stay within their HTML budgets', async ({ request }) => {
  test.setTimeout(180_000)
  const slugs = await roleSlugs(request)
  const over: string[] = []
  const check = async (url: string, budget: number) => {
    const kb = await htmlKb(request, url)
    if (kb > budget) over.push(`${url}: ${kb.toFixed(1)} KB > ${budget} KB`)
  }
  await check('/', HTML_BUDGET_KB.home)
  await check('/skills', HTML_BUDGET_KB.matrix)
  for (const slug of slugs) await check(`/roles/${slug}`, HTML_BUDGET_KB.role)
  const pairs = slugs.flatMap((a) => slugs.filter((b) => b !== a).map((b) => `/compare/${a}/${b}`))
  // In batches: 306 prerendered pages, read as fast as the server answers.
  for (let i = 0; i < pairs.length; i += 16) await Promise.all(pairs.slice(i, i + 16).map((url) => check(url, HTML_BUDGET_KB.compare)))
  expect(over).toEqual([])
})

test('no page loads more than the budgeted JavaScript above a bare Next.js page', async ({ baseURL }) => {
  const over: string[] = []
  for (const route of JS_ROUTES) {
    const weight = await pageWeight(baseURL!, route, distDir)
    expect(weight.status, route).toBe(200)
    const budget = JS_ABOVE_BARE_KB_FOR[route] ?? JS_ABOVE_BARE_KB
    if (weight.aboveBareKb > budget) over.push(`${route}: ${weight.aboveBareKb} KB above bare > ${budget} KB`)
  }
  expect(over).toEqual([])
})
