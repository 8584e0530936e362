import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'

// Only what a person sees counts: a streamed copy of the list can sit hidden in the document for a moment.
const roleCount = (page: Page) => page.getByTestId('role-count').filter({ visible: true })

test.describe('browsing pages', () => {
  test('home names the site, both tracks, the entry points and sourced key figures', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('careers that build and run ML systems')
    await expect(page.locator('a[href="/tracks/mlops-practitioner"]')).toBeVisible()
    await expect(page.locator('a[href="/tracks/ai-platform-engineer"]')).toBeVisible()
    for (const href of ['/quiz', '/match', '/skills', '/compare', '/compare/data-scientist/ml-engineer']) {
      await expect(page.locator(`main a[href="${href}"]`).first()).toBeVisible()
    }
    const figures = page.getByRole('region', { name: 'Why these roles exist' }).getByRole('listitem')
    await expect(figures).toHaveCount(5)
    await expect(figures.filter({ hasText: 'Fewer than 15%' })).toContainText('Source:')
    await expectNoAxeViolations(page)
  })

  test('roles list shows every role and filters by track, family and search, keeping the filter in the URL', async ({ page }) => {
    await page.goto('/roles')
    const cards = page.locator('main ul.grid > li')
    await expect(cards).toHaveCount(18)
    await expect(roleCount(page)).toContainText('18 of 18')
    await expectNoAxeViolations(page)

    await page.getByLabel('Track').selectOption('ai-platform-engineer')
    await expect(page).toHaveURL(/track=ai-platform-engineer/)
    await expect(cards.filter({ hasText: 'Data Scientist' })).toHaveCount(0)
    await expect(cards.filter({ hasText: 'ML Platform Engineer' })).toHaveCount(1)

    await page.getByLabel('Track').selectOption('')
    await page.getByLabel(/Search name/).fill('MLflow')
    await expect(page).toHaveURL(/q=MLflow/)
    // The text search ranks with the site search, whose index loads on first use.
    await expect(cards.first()).toContainText('Matched in: tools — MLflow')
    const withMlflow = await cards.count()
    expect(withMlflow).toBeGreaterThan(0)
    expect(withMlflow).toBeLessThan(18)

    await page.getByLabel(/Search name/).fill('zzzz-no-such-thing')
    await expect(page.getByText('No role matches these filters.')).toBeVisible()
    await expect(roleCount(page)).toContainText('0 of 18')
  })

  test('roles list reads its filter from the URL and ignores invalid values', async ({ page }) => {
    await page.goto('/roles?category=platform&q=kubernetes')
    // By role, so only the form a person sees counts, not a streamed copy still waiting hidden in the document.
    await expect(page.getByRole('search', { name: 'Filter roles' }).getByRole('combobox', { name: 'Role family' })).toHaveValue('platform')
    await expect(page.locator('main ul.grid > li').filter({ hasText: 'Data Engineer' })).toHaveCount(0)
    // Ranked: the roles where Kubernetes is central first, each saying so, rather than the list's own order.
    await expect(page.locator('main ul.grid > li').first()).toContainText(/Matched in: (top|core) skills — Kubernetes/)
    const res = await page.goto('/roles?category=bogus&track=%3Cscript%3E&q=' + 'x'.repeat(500))
    expect(res?.status()).toBe(200)
    await expect(roleCount(page)).toContainText('18 of 18')
  })

  test('MLOps Engineer page shows certifications, skills table, tools, paths and sources', async ({ page }) => {
    await page.goto('/roles/mlops-engineer')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('MLOps Engineer')
    await expect(page.getByText('AWS Certified Machine Learning Specialty')).toBeVisible()
    const profile = page.getByRole('region', { name: 'Skill profile by category' })
    await expect(profile.getByRole('table')).toContainText('Infrastructure & platforms')
    await expect(page.getByRole('region', { name: 'Rated skills' }).getByRole('link', { name: 'Kubernetes' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Career paths' })).toContainText('Named by')
    await expect(page.getByRole('region', { name: 'Sources' })).toContainText('MLOps Engineer: career profile')
    await expect(page.locator('form[action="/compare"] input[name="a"]')).toHaveValue('mlops-engineer')
    // The MDX body, compiled by the seed and rendered from the store, brings its own headings.
    await expect(page.locator('#about h2').first()).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a citation leads to its source’s own page: the full citation and everything that draws on it', async ({ page }) => {
    await page.goto('/roles/ml-platform-engineer')
    const pay = page.getByRole('region', { name: 'Pay and outlook' })
    await pay.getByRole('link', { name: 'MLOps Engineer: career profile' }).click()
    await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('MLOps Engineer: career profile')
    await expect(page.locator('main dl').first()).toContainText('Publisher')
    await expect(page.locator('main dl').first()).toContainText('Author')
    const cited = page.getByRole('region', { name: 'Where the site draws on it' })
    await expect(cited.getByRole('region', { name: 'Roles' }).locator('a[href="/roles/ml-platform-engineer"]')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('ML Platform Engineer shows its source’s salary range with the source named and what it leaves out', async ({ page }) => {
    await page.goto('/roles/ml-platform-engineer')
    const salary = page.getByRole('region', { name: 'Pay and outlook' })
    await expect(salary.getByTestId('salary')).toHaveText('$130K–$210K')
    await expect(salary).toContainText('Source: MLOps Engineer: career profile')
    await expect(salary).toContainText('no currency, period, location or seniority')
  })

  test('a role without a salary in the sources shows none', async ({ page }) => {
    await page.goto('/roles/data-scientist')
    await expect(page.getByTestId('salary')).toHaveCount(0)
  })

  test('the matrix shows it holds more rows than its box, and drops a sort by a role the track filter hides', async ({ page }) => {
    await page.goto('/skills')
    await expect(page.getByText(/44 skills .*the table scrolls inside its box/)).toBeVisible()
    await page.getByRole('combobox', { name: 'Sort skills by role' }).selectOption('data-scientist')
    await page.getByRole('combobox', { name: 'Track' }).selectOption('ai-platform-engineer')
    await expect(page.getByRole('combobox', { name: 'Sort skills by role' })).toHaveValue('')
  })

  test('role and track pages end with a next step: check your fit, compare, plan a move', async ({ page }) => {
    for (const path of ['/roles/mlops-engineer', '/tracks/ai-platform-engineer']) {
      await page.goto(path)
      const next = page.getByRole('region', { name: 'Where to go from here' })
      await expect(next.getByRole('link')).toHaveCount(3)
      await expect(next.getByRole('link', { name: /Check your fit/ })).toHaveAttribute('href', '/quiz')
      await expect(next.getByRole('link', { name: /Compare/ })).toHaveAttribute('href', /^\/compare\/[a-z-]+\/[a-z-]+$/)
      await next.getByRole('link', { name: /Plan a move/ }).click()
      await expect(page).toHaveURL(/\/paths\?to=[a-z-]+$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Career moves/)
    }
  })

  test('a 404 offers what fits its path: roles for /roles/…, skills for /skills/…, and no comparison picker there', async ({ page }) => {
    const res = await page.goto('/roles/no-such-role')
    expect(res?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('not on the map')
    const roles = page.getByRole('region', { name: /No role by that name/ })
    await expect(roles.locator('a[href="/roles/mlops-engineer"]')).toBeVisible()
    await expect(page.getByLabel('First role')).toHaveCount(0)
    await expectNoAxeViolations(page)

    expect((await page.goto('/skills/no-such-skill'))?.status()).toBe(404)
    await expect(page.getByRole('region', { name: /No skill by that name/ }).locator('a[href="/skills/kubernetes"]')).toBeVisible()
    await expect(page.getByRole('region', { name: /No role by that name/ })).toHaveCount(0)
  })

  test('skills matrix shows the heat map, the scale, the editorial note and downloads', async ({ page }) => {
    await page.goto('/skills')
    const matrix = page.getByTestId('matrix')
    await expect(matrix.getByRole('columnheader', { name: 'MLOps Practitioner' })).toBeVisible()
    await expect(matrix.getByRole('rowheader', { name: 'Kubernetes' })).toBeVisible()
    await expect(page.getByText('Editorial reading.', { exact: true })).toBeVisible()
    await expect(page.getByRole('region', { name: 'The 0–4 scale' }).getByRole('listitem')).toHaveCount(5)
    await expect(page.locator('a[href="/api/matrix?format=csv"]')).toBeVisible()
    await expect(page.locator('a[href="/api/matrix"]')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('combobox', { name: 'Skill category' }).selectOption('infrastructure')
    await expect(matrix.getByRole('rowheader', { name: 'Python' })).toHaveCount(0)
    await expect(matrix.getByRole('rowheader', { name: 'Kubernetes' })).toBeVisible()
    await page.getByRole('combobox', { name: 'Sort roles by skill' }).selectOption('kubernetes')
    const firstRole = matrix.locator('thead th').nth(1)
    await expect(firstRole).toHaveText('AI Platform Engineer')
  })

  test('skills matrix is readable at 375 px: no sideways page scroll, and every skill name shows whole', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 })
    await page.goto('/skills')
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(375)
    await expect(page.getByTestId('matrix').getByRole('rowheader', { name: 'Python' })).toBeVisible()
    // A name cut short (an ellipsis, or text running under the next cell) is wider than its box.
    const names = page.getByTestId('matrix').locator('th[scope=row], th[scope=row] a')
    const clipped = await names.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent))
    expect(await names.count()).toBeGreaterThan(40)
    expect(clipped).toEqual([])
  })

  test('skill page shows the rubric, highest level first, with the roles that need it at each level', async ({ page }) => {
    await page.goto('/skills/kubernetes')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kubernetes')
    const region = page.getByRole('region', { name: 'Roles that need it' })
    const levels = (await region.getByTestId('rubric-level').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-level')))))
    expect(levels.length).toBeGreaterThan(3)
    expect(levels).toEqual([...levels].sort((a, b) => b - a))
    expect(await region.getByRole('link').count()).toBeGreaterThan(3)
    await expect(page.getByRole('region', { name: 'Tools that exercise it' })).toContainText('Helm')
    await expectNoAxeViolations(page)
  })

  test('track page shows audience, roles, weighted skills, ways in and sources', async ({ page }) => {
    await page.goto('/tracks/mlops-practitioner')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('MLOps Practitioner')
    await expect(page.getByRole('region', { name: 'Ways in' })).toContainText('Data Scientist')
    await expect(page.getByRole('region', { name: 'Skills the track weighs' }).getByRole('row', { name: /Experiment tracking/ })).toContainText('3')
    await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('lifecycle page shows maturity, phases, evolution, teams, buy vs build, scenario and ladder', async ({ page }) => {
    await page.goto('/lifecycle')
    await expect(page.getByRole('list', { name: 'Maturity levels, lowest first' }).getByRole('listitem')).toHaveCount(4)
    await expect(page.getByRole('list', { name: 'Lifecycle phases in order' }).getByRole('listitem')).toHaveCount(6)
    await expect(page.getByRole('heading', { name: 'AgenticAIOps' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Platform team' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Buy vs. build an MLOps platform' })).toBeVisible()
    await expect(page.getByRole('heading', { name: /travel platform/i })).toBeVisible()
    await expect(page.getByRole('list', { name: /Career ladder/ }).getByRole('listitem')).toHaveCount(5)
    await expectNoAxeViolations(page)
  })
})

test.describe('browse API', () => {
  test('GET /api/roles lists role summaries', async ({ request }) => {
    const res = await request.get('/api/roles')
    expect(res.status()).toBe(200)
    const roles = await res.json()
    expect(roles).toHaveLength(18)
    expect(roles[0]).toEqual({ slug: expect.any(String), name: expect.any(String), summary: expect.any(String), track: null, category: 'data' })
    expect(roles.find((r: { slug: string }) => r.slug === 'mlops-engineer').track).toBe('ai-platform-engineer')
  })

  test('GET /api/roles/[slug] returns the full role with rated skills, and a JSON 404 for an unknown slug', async ({ request }) => {
    const res = await request.get('/api/roles/mlops-engineer')
    expect(res.status()).toBe(200)
    const role = await res.json()
    expect(role.certifications).toContain('AWS Certified Machine Learning Specialty')
    expect(role.skills).toContainEqual({ slug: 'kubernetes', name: 'Kubernetes', category: 'infrastructure', level: expect.any(Number) })
    const missing = await request.get('/api/roles/no-such-role')
    expect(missing.status()).toBe(404)
    expect(missing.headers()['content-type']).toContain('application/json')
    expect(await missing.json()).toEqual({ error: expect.any(String) })
    const bad = await request.get('/api/roles/Bad_Slug')
    expect(bad.status()).toBe(400)
    expect((await bad.json()).error).toMatch(/^slug/)
  })

  test('GET /api/skills lists skills with their category and description', async ({ request }) => {
    const skills = await (await request.get('/api/skills')).json()
    expect(skills).toHaveLength(44)
    expect(skills).toContainEqual({ slug: 'kubernetes', name: 'Kubernetes', category: 'infrastructure', description: expect.any(String) })
  })

  test('GET /api/matrix gives JSON and, with format=csv, a CSV download with a header row', async ({ request }) => {
    const json = await (await request.get('/api/matrix')).json()
    expect(json.roles).toHaveLength(18)
    expect(json.skills).toHaveLength(44)
    const csv = await request.get('/api/matrix?format=csv')
    expect(csv.headers()['content-type']).toContain('text/csv')
    expect(csv.headers()['content-disposition']).toContain('attachment')
    const lines = (await csv.text()).trim().split('\r\n')
    expect(lines[0]).toMatch(/^role_slug,role_name,role_category,track,occupation_soc,.*,salary_source,python,/)
    expect(lines).toHaveLength(19)
    expect((await request.get('/api/matrix?format=xml')).status()).toBe(400)
  })

  test('sitemap lists roles, skills and tracks; robots points to it', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text()
    expect(sitemap).toContain('/roles/mlops-engineer</loc>')
    expect(sitemap).toContain('/skills/kubernetes</loc>')
    expect(sitemap).toContain('/tracks/ai-platform-engineer</loc>')
    expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:')
  })
})
