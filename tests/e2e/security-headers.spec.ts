import { expect, test, type APIResponse } from '@playwright/test'

// What every response must carry, whatever produced it: a page, an API route, a 404 or a static file.
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? '', values]),
  )
}

function expectHardened(res: APIResponse, label: string) {
  const h = res.headers()
  expect(h['x-powered-by'], `${label}: X-Powered-By`).toBeUndefined()
  expect(h['x-content-type-options'], label).toBe('nosniff')
  expect(h['referrer-policy'], label).toBe('strict-origin-when-cross-origin')
  expect(h['x-frame-options'], label).toBe('DENY')
  expect(h['permissions-policy'], label).toMatch(/camera=\(\)/)
  expect(h['permissions-policy'], label).toMatch(/geolocation=\(\)/)
  const csp = directives(h['content-security-policy'] ?? '')
  expect(csp.get('default-src'), `${label}: default-src`).toEqual(["'self'"])
  const scripts = csp.get('script-src') ?? []
  expect(scripts, `${label}: script-src`).toContain("'self'")
  // The production server never allows eval; only `next dev` needs it for React refresh.
  expect(scripts, `${label}: script-src`).not.toContain("'unsafe-eval'")
  expect(csp.get('style-src'), `${label}: style-src`).toEqual(["'self'", "'unsafe-inline'"])
  expect(csp.get('img-src'), `${label}: img-src`).toEqual(["'self'", 'data:'])
  expect(csp.get('connect-src'), `${label}: connect-src`).toEqual(["'self'"])
  expect(csp.get('frame-ancestors'), `${label}: frame-ancestors`).toEqual(["'none'"])
  expect(csp.get('base-uri'), `${label}: base-uri`).toEqual(["'self'"])
  expect(csp.get('form-action'), `${label}: form-action`).toEqual(["'self'"])
  expect(csp.get('object-src'), `${label}: object-src`).toEqual(["'none'"])
  // Only this origin: no host, scheme or wildcard source anywhere in the policy.
  for (const [name, values] of csp) {
    for (const v of values) expect(v, `${label}: ${name}`).toMatch(/^('[a-z-]+'|data:)$/)
  }
}

const PAGES = ['/', '/roles', '/roles/mlops-engineer', '/skills', '/skills/python', '/lifecycle', '/quiz', '/match', '/compare', '/compare/ml-engineer/mlops-engineer']
const APIS = ['/api/roles', '/api/roles/mlops-engineer', '/api/skills', '/api/matrix']

for (const path of PAGES) {
  test(`page ${path} is served with the security headers`, async ({ request }) => {
    const res = await request.get(path)
    expect(res.status()).toBe(200)
    expectHardened(res, path)
  })
}

test('API responses, including errors, carry the security headers', async ({ request }) => {
  for (const path of APIS) {
    const res = await request.get(path)
    expect(res.status(), path).toBe(200)
    expectHardened(res, `GET ${path}`)
  }
  const match = await request.post('/api/match', { data: { skills: { python: 3 } } })
  expect(match.status()).toBe(200)
  expectHardened(match, 'POST /api/match')
  const bad = await request.post('/api/quiz/score', { data: 'not json', headers: { 'content-type': 'application/json' } })
  expect(bad.status()).toBe(400)
  expectHardened(bad, 'POST /api/quiz/score (400)')
  const unknown = await request.get('/api/roles/no-such-role')
  expect(unknown.status()).toBe(404)
  expectHardened(unknown, 'GET /api/roles/no-such-role (404)')
})

test('404 pages carry the security headers', async ({ request }) => {
  for (const path of ['/no-such-page', '/roles/no-such-role', '/compare/ml-engineer/no-such-role']) {
    const res = await request.get(path)
    expect(res.status(), path).toBe(404)
    expectHardened(res, `${path} (404)`)
  }
})

test('static assets (scripts and styles under /_next/static) carry the security headers', async ({ request }) => {
  const html = await (await request.get('/')).text()
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '')
  expect(assets.length).toBeGreaterThan(0)
  for (const asset of new Set(assets)) {
    const res = await request.get(asset)
    expect(res.status(), asset).toBe(200)
    expectHardened(res, asset)
  }
})

test('the policy does not break the pages: no CSP violation while they load and hydrate', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`)
  })
  // Some violations are caught by the script that caused them and never reach the console (a library probing
  // whether eval works, say); the DOM event still reports them.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.warn(`Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`)
    })
  })
  for (const path of ['/', '/roles/mlops-engineer', '/compare/ml-engineer/mlops-engineer', '/quiz', '/match', '/skills']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  expect(violations).toEqual([])
})
