import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fitAnalysis, fitBreakdown } from '@/lib/scoring/fit'
import { model, skillSlugs } from '../fixtures/scoring-model'

const target = { slug: 't', name: 'T', needs: [{ skill: 'a', level: 4, weight: 1 }, { skill: 'b', level: 2, weight: 1 }] }
const ratingsArb = fc.dictionary(fc.constantFrom(...skillSlugs), fc.integer({ min: 0, max: 4 }))

describe('the fit formula', () => {
  it('scores an empty profile 0 and a profile that meets every need exactly 1', () => {
    expect(fitBreakdown({}, target).fit).toBe(0)
    expect(fitBreakdown({ a: 4, b: 2 }, target).fit).toBeCloseTo(1, 12)
  })

  it('scores 0 against a target with no needs above level 0', () => {
    expect(fitBreakdown({ a: 3 }, { slug: 'z', name: 'Z', needs: [{ skill: 'a', level: 0, weight: 1 }] }).fit).toBe(0)
  })

  it('costs more for one big gap on a high need than for the same total shortfall spread out', () => {
    expect(fitBreakdown({ a: 2, b: 2 }, target).fit).toBeLessThan(fitBreakdown({ a: 3, b: 1 }, target).fit)
  })

  it('lowers the fit for skills the target does not use, but never for going past a need', () => {
    expect(fitBreakdown({ a: 4, b: 2, c: 3 }, target).fit).toBeLessThan(1)
    const three = { slug: 't3', name: 'T3', needs: [{ skill: 'a', level: 3, weight: 1 }] }
    expect(fitBreakdown({ a: 4 }, three).fit).toBeCloseTo(1, 12)
  })

  it('splits into per-skill points that add up to the fit and to what is missing', () => {
    const profiles: Array<Record<string, number>> = [{ a: 1 }, { a: 3, b: 1, c: 2 }, { b: 2, d: 4 }]
    for (const levels of profiles) {
      const { fit, shares, unused } = fitBreakdown(levels, target)
      const earned = shares.reduce((s, x) => s + x.earned, 0)
      const lost = shares.reduce((s, x) => s + x.lost, 0) + unused.reduce((s, x) => s + x.lost, 0)
      expect(earned).toBeCloseTo(fit, 12)
      expect(lost).toBeCloseTo(1 - fit, 12)
    }
  })
})

describe('fit properties on the fixture model', () => {
  const targets = [...model.roles, ...model.tracks]

  it('is monotone: raising a skill a role or track needs never lowers its fit', () => {
    fc.assert(
      fc.property(ratingsArb, fc.nat(), fc.nat(), (ratings, pick, targetPick) => {
        const t = targets[targetPick % targets.length]!
        const need = t.needs[pick % t.needs.length]!
        const current = ratings[need.skill] ?? 0
        fc.pre(current < 4)
        const before = fitBreakdown(ratings, t).fit
        const after = fitBreakdown({ ...ratings, [need.skill]: current + 1 }, t).fit
        expect(after).toBeGreaterThanOrEqual(before - 1e-12)
      }),
      { numRuns: 300 },
    )
  })

  it('re-scores a raised skill exactly as a full breakdown of the raised profile would', () => {
    fc.assert(
      fc.property(ratingsArb, fc.constantFrom(...skillSlugs), fc.integer({ min: 0, max: 4 }), (ratings, skill, to) => {
        for (const t of targets) {
          expect(fitAnalysis(ratings, t).raisedFit(skill, to)).toBeCloseTo(fitBreakdown({ ...ratings, [skill]: to }, t).fit, 12)
        }
      }),
      { numRuns: 100 },
    )
  })
})
