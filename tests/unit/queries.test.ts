import { describe, expect, it } from 'vitest'
import { compareRoles } from '@/lib/compare/compare-roles'
import { orderedPairs } from '@/lib/compare/suggestions'
import { shortSummary } from '@/lib/compare/summary'
import { loadContent } from '@/lib/content/load'
import { toMatrixJson } from '@/lib/matrix-export'
import { useSeededStore } from '../fixtures/store'

// The query layer read against the store seeded from content/; expectations come from the corpus itself.
useSeededStore()
const { getComparison, getToolsBySkill } = await import('@/lib/queries/compare')
const { getMatrix } = await import('@/lib/queries/matrix')
const { getScale } = await import('@/lib/queries/levels')
const { getRole, listRoleSlugs } = await import('@/lib/queries/roles')
const { listRolePay } = await import('@/lib/queries/pay')
const roles = loadContent('content').corpus.roles.map((e) => e.data)
const [first, second] = roles.map((r) => r.slug)

describe('roles', () => {
  it('lists every role of the content in content order', async () => {
    const ordered = [...roles].sort((a, b) => a.order - b.order).map((r) => r.slug)
    expect(await listRoleSlugs()).toEqual(ordered)
  })

  it('reads a role’s Json columns, salary and sources back as the content wrote them', async () => {
    for (const data of roles) {
      const role = await getRole(data.slug)
      expect(role, data.slug).not.toBeNull()
      expect(role!.responsibilities).toEqual(data.responsibilities)
      expect(role!.dimensions).toEqual(data.dimensions)
      expect(role!.salary && { ...role!.salary, source: role!.salary.source.slug }).toEqual(
        data.salary ? { ...data.salary, note: data.salary.note ?? null } : null,
      )
      expect(role!.sources.map((s) => s.slug).sort()).toEqual([...new Set(data.sources)].sort())
    }
    expect(await getRole('no-such-role')).toBeNull()
  })
})

describe('the matrix', () => {
  it('gives every role a level for every skill, as the content gives it, 0 where it lists none', async () => {
    const json = toMatrixJson(await getMatrix(), await getScale(), await listRolePay())
    expect(json.roles.map((r) => r.slug).sort()).toEqual(roles.map((r) => r.slug).sort())
    for (const role of json.roles) {
      const data = roles.find((r) => r.slug === role.slug)!
      const given = Object.fromEntries(data.skills.map((s) => [s.skill, s.level]))
      expect(Object.keys(role.levels)).toEqual(json.skills.map((s) => s.slug))
      for (const [skill, level] of Object.entries(role.levels)) expect(level, `${role.slug} ${skill}`).toBe(given[skill] ?? 0)
      expect(role.track).toBe(data.track ?? null)
    }
  })
})

describe('comparisons', () => {
  it('returns null for the same role twice or an unknown slug', async () => {
    expect(await getComparison(first!, first!)).toBeNull()
    expect(await getComparison(first!, 'no-such-role')).toBeNull()
  })

  it('compares the two roles as stored, with the matrix and the tools of each skill', async () => {
    const [a, b, matrix, toolsBySkill] = await Promise.all([getRole(first!), getRole(second!), getMatrix(), getToolsBySkill()])
    const expected = compareRoles({ a: a!, b: b!, skills: matrix.skills, categories: matrix.categories, toolsBySkill })
    expect(await getComparison(first!, second!)).toEqual(expected)
  })

  it('writes a summary for every ordered pair of roles, with a short version fit for a description', async () => {
    const [matrix, toolsBySkill, details] = await Promise.all([getMatrix(), getToolsBySkill(), Promise.all(roles.map((r) => getRole(r.slug)))])
    const bySlug = new Map(details.map((d) => [d!.slug, d!]))
    const pairs = orderedPairs(roles.map((r) => r.slug))
    expect(pairs).toHaveLength(roles.length * (roles.length - 1))
    for (const { a, b } of pairs) {
      const { summary } = compareRoles({ a: bySlug.get(a)!, b: bySlug.get(b)!, skills: matrix.skills, categories: matrix.categories, toolsBySkill })
      expect(summary.length, `${a} vs ${b}`).toBeGreaterThanOrEqual(4)
      expect(shortSummary(summary).length, `${a} vs ${b}`).toBeLessThanOrEqual(200)
    }
  })
})
