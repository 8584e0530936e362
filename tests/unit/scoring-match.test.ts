import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fitBreakdown } from '@/lib/scoring/fit'
import { scoreRatings } from '@/lib/scoring/match'
import type { FitTarget, RoleTarget, ScoringModel } from '@/lib/scoring/types'
import { model, skillSlugs } from '../fixtures/scoring-model'

const ratingsArb = fc.dictionary(fc.constantFrom(...skillSlugs), fc.integer({ min: 0, max: 4 }))
const slugs = (list: Array<{ slug: string }>) => list.map((x) => x.slug)

describe('ranking roles and tracks', () => {
  it('gives every role and track a 0–100 score, best first', () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        const r = scoreRatings(ratings, model)
        expect(slugs(r.roles).sort()).toEqual(slugs(model.roles).sort())
        expect(slugs(r.tracks).sort()).toEqual(slugs(model.tracks).sort())
        for (const list of [r.roles, r.tracks]) {
          const scores = list.map((x) => x.score)
          expect(scores).toEqual([...scores].sort((a, b) => b - a))
          for (const s of scores) expect(s >= 0 && s <= 100).toBe(true)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('breaks ties by slug, whatever order the model lists the tied targets in', () => {
    const needs = model.roles[0]!.needs
    const twin = (slug: string): RoleTarget => ({ slug, name: slug, needs, track: null })
    const tied: ScoringModel = { ...model, roles: [twin('zeta'), twin('alpha'), model.roles[1]!, twin('mid')] }
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        const twins = slugs(scoreRatings(ratings, tied).roles).filter((s) => s !== model.roles[1]!.slug)
        expect(twins).toEqual(['alpha', 'mid', 'zeta'])
      }),
      { numRuns: 40 },
    )
    // With nothing rated every fit is 0, so the whole list is one tie.
    expect(slugs(scoreRatings({}, model).roles)).toEqual(['data-scientist', 'ml-engineer', 'platform-engineer'])
    // Tracks follow their best roles, so with every role tied they come in the order of ml-engineer, platform-engineer.
    expect(slugs(scoreRatings({}, model).tracks)).toEqual(['practitioner', 'platform'])
  })

  it('is deterministic: the same ratings in any key order give the identical result', () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        const reversed = Object.fromEntries(Object.entries(ratings).reverse())
        expect(scoreRatings(reversed, model)).toEqual(scoreRatings(ratings, model))
      }),
      { numRuns: 40 },
    )
  })

  it("ranks each role first, at 100, when the profile is that role's own skill vector", () => {
    for (const role of model.roles) {
      const r = scoreRatings(Object.fromEntries(role.needs.map((n) => [n.skill, n.level])), model)
      expect(r.roles[0]).toMatchObject({ slug: role.slug, score: 100 })
      expect(r.roles[1]!.score).toBeLessThan(100)
    }
  })
})

describe('explanations of a fit', () => {
  const ratings = { python: 3, 'machine-learning': 3, statistics: 2, kubernetes: 1 }
  const result = scoreRatings(ratings, model)

  it('names the strengths that earned points and the gaps that lost them, biggest first', () => {
    for (const fit of result.roles) {
      expect(fit.strengths.length).toBeGreaterThan(0)
      expect(fit.gaps.length).toBeGreaterThan(0)
      for (const list of [fit.strengths, fit.gaps]) expect(list.map((x) => x.points)).toEqual(list.map((x) => x.points).sort((a, b) => b - a))
      for (const gap of fit.gaps) expect(gap.have).toBeLessThan(gap.need)
    }
  })

  it('orders the gap plan by gain, each step raising a skill to the level the role needs', () => {
    for (const fit of result.roles) {
      const gains = fit.gapPlan.map((g) => g.gain)
      expect(gains).toEqual([...gains].sort((a, b) => b - a))
      const needs = new Map(model.roles.find((r) => r.slug === fit.slug)!.needs.map((n) => [n.skill, n.level]))
      for (const step of fit.gapPlan) {
        expect(step.target).toBe(needs.get(step.skill))
        expect(step.target).toBeGreaterThan(step.current)
      }
    }
  })

  it('states each step’s gain as the exact rise in fit if that skill reached its target', () => {
    for (const fit of result.roles) {
      const target = model.roles.find((r) => r.slug === fit.slug)!
      const before = fitBreakdown(ratings, target).fit
      for (const step of fit.gapPlan) {
        const after = fitBreakdown({ ...ratings, [step.skill]: step.target }, target).fit
        expect(step.gain).toBeCloseTo((after - before) * 100, 1)
      }
    }
  })

  it('offers up to three tools for a gap, in the skill’s own order', () => {
    const ds = result.roles.find((r) => r.slug === 'data-scientist')!
    expect(ds.gapPlan.find((g) => g.skill === 'machine-learning')!.tools.map((t) => t.slug)).toEqual(['scikit-learn', 'pytorch', 'xgboost'])
    expect(ds.gapPlan.find((g) => g.skill === 'statistics')!.tools).toEqual([])
  })

  it('lists skills the role does not need as unused, costing points', () => {
    const ds = scoreRatings({ python: 3, statistics: 4, 'machine-learning': 4, kubernetes: 2 }, model).roles.find((r) => r.slug === 'data-scientist')!
    expect(ds.unused).toEqual([expect.objectContaining({ skill: 'kubernetes', name: 'Kubernetes', have: 2, need: 0 })])
    expect(ds.unused[0]!.points).toBeGreaterThan(0)
    expect(ds.score).toBeLessThan(100)
  })
})
