import { describe, expect, it } from 'vitest'
import { compareRoles, pathNote } from '@/lib/compare/compare-roles'
import { checkPick } from '@/lib/compare/schemas'
import { orderedPairs } from '@/lib/compare/suggestions'
import { shortSummary } from '@/lib/compare/summary'
import { compareInput, dataScientist, guide, mlEngineer } from '../fixtures/roles'

const ds = compareRoles(compareInput(dataScientist, mlEngineer))
const mle = compareRoles(compareInput(mlEngineer, dataScientist))
const slugs = (list: Array<{ slug: string }>) => list.map((x) => x.slug)

describe('skills split three ways', () => {
  it('puts skills both roles have in shared, and the rest on the side that has them, each with both levels', () => {
    expect(slugs(ds.split.shared)).toEqual(['python', 'machine-learning'])
    expect(ds.split.onlyA).toEqual([expect.objectContaining({ slug: 'statistics', a: 3, b: 0, delta: -3, categoryName: 'Data science' })])
    expect(slugs(ds.split.onlyB)).toEqual(['kubernetes', 'ci-cd'])
  })

  it('mirrors the split when the pair is swapped', () => {
    expect(slugs(mle.split.onlyA)).toEqual(slugs(ds.split.onlyB))
    expect(slugs(mle.split.onlyB)).toEqual(slugs(ds.split.onlyA))
    expect(slugs(mle.split.shared)).toEqual(slugs(ds.split.shared))
  })
})

describe('level differences', () => {
  it('sorts by size of the difference, ties in matrix order, and keeps zero differences', () => {
    // statistics (−3) and kubernetes (+3) tie; statistics comes first in the matrix.
    expect(ds.deltas.map((p) => [p.slug, p.delta])).toEqual([
      ['statistics', -3], ['kubernetes', 3], ['ci-cd', 2], ['machine-learning', 1], ['python', 0],
    ])
  })

  it('scores each category by its top three levels, for both roles', () => {
    expect(ds.categories).toEqual([
      { category: 'data', name: 'Data science', a: 3, b: 2.3, delta: -0.7 },
      { category: 'platform', name: 'Platform & delivery', a: 0, b: 1.7, delta: 1.7 },
    ])
  })
})

describe('moving from A to B', () => {
  it('lists only skills to gain or raise, largest increase first, new ones as gains', () => {
    expect(ds.moving.steps.map((s) => [s.slug, s.kind, s.delta])).toEqual([
      ['kubernetes', 'gain', 3], ['ci-cd', 'gain', 2], ['machine-learning', 'raise', 1],
    ])
  })

  it('offers at most four tools for a step, the target role’s own tools first', () => {
    expect(slugs(ds.moving.steps[0]!.tools)).toEqual(['k9s', 'helm', 'kustomize', 'argo-cd'])
    expect(ds.moving.steps[2]!.tools).toEqual([])
  })

  it('says the sources name the path, from whichever end carries it, and tells a listed path from none', () => {
    expect(ds.moving.path).toEqual({ kind: 'source', source: guide })
    expect(pathNote({ ...dataScientist, pathsOut: [] }, mlEngineer)).toEqual({ kind: 'source', source: guide })
    expect(mle.moving.path).toEqual({ kind: 'none' })
    const listed = { ...dataScientist, pathsOut: [{ slug: 'ml-engineer', name: 'ML Engineer', source: null }] }
    expect(pathNote(listed, { ...mlEngineer, pathsIn: [] })).toEqual({ kind: 'listed' })
  })
})

describe('tools and dimensions', () => {
  it('splits tools into shared and distinct', () => {
    expect({ shared: slugs(ds.tools.shared), onlyA: slugs(ds.tools.onlyA), onlyB: slugs(ds.tools.onlyB) }).toEqual({
      shared: ['scikit-learn'], onlyA: ['jupyter'], onlyB: ['docker', 'k9s'],
    })
  })

  it('gives six dimension rows with depth ratings and each side’s basis', () => {
    expect(ds.dimensions.rows.map((r) => r.key)).toEqual(['primaryWork', 'coreSkill', 'output', 'infraDepth', 'mathDepth', 'demand'])
    expect(ds.dimensions.rows.find((r) => r.key === 'infraDepth')).toMatchObject({ a: 'infra 1', b: 'infra 3', ratingA: 1, ratingB: 3 })
    expect(ds.dimensions).toMatchObject({ basisA: 'editorial', basisB: 'source' })
  })
})

describe('generated summary', () => {
  it('names the deeper side, each side’s biggest leads, the widest category gaps and the overlap', () => {
    expect(ds.summary).toEqual([
      'ML Engineer goes deeper on infrastructure (deep vs light).',
      'Both roles need high maths depth.',
      'Data Scientist leans on Statistics (3 vs 0).',
      'ML Engineer leans on Kubernetes (3 vs 0) and CI/CD (2 vs 0).',
      'The widest gaps by area are Platform & delivery (ML Engineer 1.7 vs 0.0) and Data science (Data Scientist 3.0 vs 2.3).',
      'They share 2 skills; 1 appears only for Data Scientist and 2 only for ML Engineer.',
    ])
  })

  it('says so when two roles ask for the same levels', () => {
    const twin = { ...mlEngineer, slug: 'twin', name: 'Twin' }
    const summary = compareRoles(compareInput(mlEngineer, twin)).summary
    expect(summary).toContain('ML Engineer asks for no skill at a higher level than Twin.')
    expect(summary).toContain('By area, the two profiles sit within half a level of each other everywhere.')
  })

  it('shortens to whole sentences within 200 characters, or cuts one long sentence with an ellipsis', () => {
    const short = shortSummary(ds.summary)
    expect(short.length).toBeLessThanOrEqual(200)
    expect(short.startsWith(`${ds.summary[0]} ${ds.summary[1]}`)).toBe(true)
    expect(short.endsWith('.')).toBe(true)
    const long = shortSummary(['x'.repeat(300)])
    expect(long).toHaveLength(200)
    expect(long.endsWith('…')).toBe(true)
  })
})

describe('pairs and the picker', () => {
  it('makes every ordered pair of distinct roles', () => {
    expect(orderedPairs(['a', 'b', 'c'])).toEqual([
      { a: 'a', b: 'b' }, { a: 'a', b: 'c' }, { a: 'b', b: 'a' }, { a: 'b', b: 'c' }, { a: 'c', b: 'a' }, { a: 'c', b: 'b' },
    ])
  })

  it('checks picker submissions: pair, same role, unknown, malformed, empty', () => {
    const known = new Map([['data-scientist', 'Data Scientist'], ['ml-engineer', 'ML Engineer']])
    expect(checkPick({}, known)).toEqual({ kind: 'empty' })
    expect(checkPick({ a: 'data-scientist', b: 'ml-engineer' }, known)).toEqual({ kind: 'pair', a: 'data-scientist', b: 'ml-engineer' })
    expect(checkPick({ a: 'ml-engineer', b: 'ml-engineer' }, known)).toMatchObject({ kind: 'problem', problem: { field: 'b' } })
    expect(checkPick({ a: 'nope', b: 'ml-engineer' }, known)).toMatchObject({ kind: 'problem', problem: { field: 'a' } })
    expect(checkPick({ a: 'data-scientist', b: '../etc' }, known)).toMatchObject({ kind: 'problem', problem: { field: 'b' } })
    expect(checkPick({ a: ['data-scientist', 'x'], b: 'ml-engineer' }, known)).toMatchObject({ kind: 'pair' })
  })
})
