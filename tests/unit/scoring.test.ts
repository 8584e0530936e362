import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fitBreakdown } from '@/lib/scoring/fit'
import { ScoringInputError } from '@/lib/scoring/errors'
import { scoreAnswers, scoreRatings } from '@/lib/scoring/match'
import type { ScoringModel } from '@/lib/scoring/types'
import { useTempStore } from '../fixtures/temp-store'

let model: ScoringModel
let cleanup = () => {}

beforeAll(async () => {
  cleanup = await useTempStore('scoring')
  model = await (await import('@/lib/queries/scoring')).getScoringModel()
})
afterAll(() => cleanup())

const levelArb = fc.integer({ min: 0, max: 4 })
const ratingsArb = () => fc.dictionary(fc.constantFrom(...model.skills.map((s) => s.slug)), levelArb, { maxKeys: 20 })
const sameAnswerEverywhere = (position: number) =>
  Object.fromEntries(model.questions.map((q) => [q.slug, q.options[Math.min(position, q.options.length - 1)]!.id]))

describe('the fit formula', () => {
  const target = { slug: 't', name: 'T', needs: [{ skill: 'a', level: 4, weight: 1 }, { skill: 'b', level: 2, weight: 1 }] }

  it('scores an empty profile 0 and a profile that meets every need exactly 1', () => {
    expect(fitBreakdown({}, target).fit).toBe(0)
    expect(fitBreakdown({ a: 4, b: 2 }, target).fit).toBeCloseTo(1, 12)
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

describe('ranking against the stored matrix', () => {
  it('gives 0–100 scores, sorted by fit with ties broken by slug', () => {
    fc.assert(
      fc.property(ratingsArb(), (ratings) => {
        const r = scoreRatings(ratings, model)
        expect(r.roles).toHaveLength(model.roles.length)
        expect(r.tracks).toHaveLength(model.tracks.length)
        for (const list of [r.roles, r.tracks]) {
          for (const [i, x] of list.entries()) {
            expect(x.score).toBeGreaterThanOrEqual(0)
            expect(x.score).toBeLessThanOrEqual(100)
            const next = list[i + 1]
            if (next) expect(x.score > next.score || (x.score === next.score)).toBe(true)
          }
        }
      }),
      { numRuns: 60 },
    )
    const empty = scoreRatings({}, model)
    expect(empty.roles.map((r) => r.slug)).toEqual([...model.roles.map((r) => r.slug)].sort())
  })

  it('is deterministic: the same ratings in any key order give the identical result', () => {
    fc.assert(
      fc.property(ratingsArb(), (ratings) => {
        const reversed = Object.fromEntries(Object.entries(ratings).reverse())
        expect(scoreRatings(reversed, model)).toEqual(scoreRatings(ratings, model))
      }),
      { numRuns: 40 },
    )
  })

  it('is monotone: raising a skill a role or track needs never lowers its fit', () => {
    fc.assert(
      fc.property(ratingsArb(), fc.nat(), fc.nat(), (ratings, pick, targetPick) => {
        const targets = [...model.roles, ...model.tracks]
        const target = targets[targetPick % targets.length]!
        const needed = target.needs.filter((n) => n.level > 0)
        const need = needed[pick % needed.length]!
        const current = ratings[need.skill] ?? 0
        fc.pre(current < 4)
        const before = fitBreakdown(ratings, target).fit
        const after = fitBreakdown({ ...ratings, [need.skill]: current + 1 }, target).fit
        expect(after).toBeGreaterThanOrEqual(before - 1e-12)
      }),
      { numRuns: 500 },
    )
  })

  it("ranks each role first, at 100, when the profile is that role's own skill vector", () => {
    for (const role of model.roles) {
      const ratings = Object.fromEntries(role.needs.map((n) => [n.skill, n.level]))
      const r = scoreRatings(ratings, model)
      expect(r.roles[0]).toMatchObject({ slug: role.slug, score: 100 })
      expect(r.roles[1]!.score).toBeLessThan(100)
    }
  })

  it('explains the top roles: strengths earned, gaps lost, and a gap plan ordered by gain with target levels and tools', () => {
    const r = scoreRatings({ python: 3, 'machine-learning': 3, statistics: 2, kubernetes: 1 }, model)
    for (const fit of r.roles.slice(0, 3)) {
      expect(fit.strengths.length).toBeGreaterThan(0)
      expect(fit.gaps.length).toBeGreaterThan(0)
      const gains = fit.gapPlan.map((g) => g.gain)
      expect(gains).toEqual([...gains].sort((a, b) => b - a))
      for (const step of fit.gapPlan) expect(step.target).toBeGreaterThan(step.current)
      expect(fit.gapPlan.some((g) => g.tools.length > 0)).toBe(true)
    }
    const mlops = r.roles.find((x) => x.slug === 'mlops-engineer')!
    const raised = scoreRatings({ python: 3, 'machine-learning': 3, statistics: 2, kubernetes: 1, [mlops.gapPlan[0]!.skill]: mlops.gapPlan[0]!.target }, model)
    expect(raised.roles.find((x) => x.slug === 'mlops-engineer')!.score).toBeGreaterThan(mlops.score)
  })
})

describe('reliability notes', () => {
  it('flags a quiz where every self-rating got the same option position', () => {
    for (const position of [0, 2, 4]) {
      const r = scoreAnswers(sameAnswerEverywhere(position), model)
      expect(r.reliability.kind).toBe('flat')
      expect(r.reliability.note).toMatch(/less reliable/)
    }
  })

  it('does not flag a quiz with varied self-ratings', () => {
    const answers = sameAnswerEverywhere(2)
    const rating = model.questions.find((q) => q.kind === 'self-rating')!
    answers[rating.slug] = rating.options[3]!.id
    expect(scoreAnswers(answers, model).reliability).toEqual({ kind: 'ok', note: null })
  })

  it('flags matcher ratings that are all the same value, and says when nothing was rated', () => {
    expect(scoreRatings({ python: 3, sql: 3, kubernetes: 3, rag: 3 }, model).reliability.kind).toBe('flat')
    expect(scoreRatings({ python: 3, sql: 2, kubernetes: 3 }, model).reliability.kind).toBe('ok')
    expect(scoreRatings({}, model).reliability.kind).toBe('empty')
  })
})

describe('input validation', () => {
  const fieldOf = (fn: () => unknown) => {
    try {
      fn()
    } catch (e) {
      if (e instanceof ScoringInputError) return e.field
      throw e
    }
    return null
  }

  it('refuses unknown skills and levels outside 0–4 or not whole, naming the field', () => {
    expect(fieldOf(() => scoreRatings({ cobol: 2 }, model))).toBe('skills.cobol')
    expect(fieldOf(() => scoreRatings({ kubernetes: 5 }, model))).toBe('skills.kubernetes')
    expect(fieldOf(() => scoreRatings({ kubernetes: -1 }, model))).toBe('skills.kubernetes')
    expect(fieldOf(() => scoreRatings({ kubernetes: 2.5 }, model))).toBe('skills.kubernetes')
    expect(fieldOf(() => scoreRatings({ kubernetes: 2 }, model))).toBeNull()
  })

  it('refuses unknown questions and options, naming the question', () => {
    expect(fieldOf(() => scoreAnswers({ 'not-a-question': 'level-1' }, model))).toBe('answers.not-a-question')
    expect(fieldOf(() => scoreAnswers({ 'rate-kubernetes': 'level-9' }, model))).toBe('answers.rate-kubernetes')
  })

  it('combines quiz evidence as a weighted mean per skill, with the total weight as confidence', () => {
    const r = scoreAnswers({ 'rate-kubernetes': 'level-4', 'traffic-surge': 'autoscale' }, model)
    // kubernetes: level 4 × weight 2 and level 3 × weight 1.5 → (8 + 4.5) / 3.5
    expect(r.profile.levels.kubernetes).toBeCloseTo(12.5 / 3.5, 10)
    expect(r.profile.confidence.kubernetes).toBeCloseTo(3.5, 10)
    expect(r.profile.levels.python).toBe(0)
    expect(r.profile.confidence.python).toBe(0)
  })
})
