import { describe, expect, it } from 'vitest'
import { shownRoles, type RoleRanking } from '@/lib/browse/role-filter'

const role = (slug: string, category: string, track: string | null) => ({ slug, category, track: track ? { slug: track } : null })
const roles = [role('a', 'platform', 'ops'), role('b', 'data', null), role('c', 'platform', null)]
const ranking: RoleRanking = { q: 'kube', hits: [{ slug: 'c', matched: 'top skills — Kubernetes' }, { slug: 'a', matched: 'tools — Kubernetes' }] }

describe('the roles the list shows', () => {
  it('keeps the listed order without a text search', () => {
    expect(shownRoles(roles, { category: 'platform' }, undefined).map((r) => r.slug)).toEqual(['a', 'c'])
  })

  it('follows the ranking with a text search, with what each matched, within the track and family chosen', () => {
    expect(shownRoles(roles, { q: 'kube' }, ranking)).toEqual([
      { ...roles[2], matched: 'top skills — Kubernetes' },
      { ...roles[0], matched: 'tools — Kubernetes' },
    ])
    expect(shownRoles(roles, { q: 'kube', track: 'none' }, ranking).map((r) => r.slug)).toEqual(['c'])
  })
})
