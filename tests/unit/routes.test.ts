import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { NAV_PAGES, STATIC_PAGES, comparePath, currentNavPath, entryPath, lifecyclePath, pageExists, routePatterns, toolPath } from '@/lib/routes'

/** Every page in app/, as its route pattern: app/compare/[a]/[b]/page.tsx → /compare/[a]/[b]. */
function pagesInApp(): string[] {
  const files = fs.readdirSync('app', { recursive: true, encoding: 'utf8' }).filter((f) => path.basename(f) === 'page.tsx')
  return files.map((f) => `/${path.dirname(f).split(path.sep).filter((part) => part !== '.').join('/')}`)
}

const slugs = {
  roles: new Set(['data-scientist', 'ml-engineer']),
  skills: new Set(['python']),
  tracks: new Set(['platform']),
  sources: new Set(['atlas-guide']),
}

describe('the list of pages', () => {
  it('names exactly the pages that exist in app/, no more and no fewer', () => {
    expect(pagesInApp().length).toBeGreaterThan(0)
    expect([...routePatterns()].sort()).toEqual(pagesInApp().sort())
  })

  it('has no page twice, and links the navigation to static pages only', () => {
    expect(new Set(routePatterns()).size).toBe(routePatterns().length)
    for (const page of NAV_PAGES) expect(STATIC_PAGES).toContain(page)
  })

  it('builds entry and comparison paths in the form the pages expect', () => {
    expect(entryPath('roles', 'ml-engineer')).toBe('/roles/ml-engineer')
    expect(comparePath('data-scientist', 'ml-engineer')).toBe('/compare/data-scientist/ml-engineer')
    expect(toolPath('mlflow')).toBe('/tools#mlflow')
    expect(lifecyclePath('phase', 'serving')).toBe('/lifecycle#phase-serving')
  })

  it('marks the navigation entry of the section a page is in, and none outside the navigation', () => {
    expect(currentNavPath('/roles')).toBe('/roles')
    expect(currentNavPath('/roles/ml-engineer')).toBe('/roles')
    expect(currentNavPath('/paths/map')).toBe('/paths')
    expect(currentNavPath('/rolesx')).toBeUndefined()
    expect(currentNavPath('/')).toBeUndefined()
    expect(currentNavPath('/search')).toBeUndefined()
  })
})

describe('whether a link names a page', () => {
  it('accepts static pages, with a trailing slash, query or fragment', () => {
    for (const p of ['/', '/roles', '/skills/', '/match?python=3', '/quiz#start']) expect(pageExists(p, slugs), p).toBe(true)
  })

  it('accepts entry pages only for slugs that exist in their own collection', () => {
    expect(pageExists('/roles/ml-engineer', slugs)).toBe(true)
    expect(pageExists('/skills/python', slugs)).toBe(true)
    expect(pageExists('/tracks/platform', slugs)).toBe(true)
    expect(pageExists('/sources/atlas-guide', slugs)).toBe(true)
    expect(pageExists('/sources/ghost', slugs)).toBe(false)
    expect(pageExists('/roles/python', slugs)).toBe(false)
    expect(pageExists('/roles/ghost', slugs)).toBe(false)
    expect(pageExists('/roles/ml-engineer/extra', slugs)).toBe(false)
  })

  it('accepts a comparison of two different known roles only', () => {
    expect(pageExists('/compare/data-scientist/ml-engineer', slugs)).toBe(true)
    expect(pageExists('/compare/ml-engineer/ml-engineer', slugs)).toBe(false)
    expect(pageExists('/compare/ml-engineer/ghost', slugs)).toBe(false)
    expect(pageExists('/compare/ml-engineer', slugs)).toBe(false)
  })

  it('refuses pages that exist but are not link targets, and paths that are no page at all', () => {
    for (const p of ['/quiz/result', '/roles/filtered', '/skill-matrix', '/api/match', '/lifecycle/x']) expect(pageExists(p, slugs), p).toBe(false)
  })
})
