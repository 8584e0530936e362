import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ScoringInputError } from '@/lib/scoring/errors'
import { fitBreakdown } from '@/lib/scoring/fit'
import { scoreAnswers, scoreRatings } from '@/lib/scoring/match'
import { CLOSE_CALL, FIT_NOW_MAX, FIT_NOW_MIN, FIT_NOW_SPREAD, REACH_MIN, REACH_SPREAD, separatingSkills, tierRoles } from '@/lib/scoring/tiers'
import type { RoleFit } from '@/lib/scoring/types'
import { verdictSentence } from '@/lib/scoring/verdict'
import { model, role, skillSlugs } from '../fixtures/scoring-model'

const ratingsArb = fc.dictionary(fc.constantFrom(...skillSlugs), fc.integer({ min: 0, max: 4 }))
const fit = (slug: string, score: number, track: string | null = null): RoleFit => ({
  slug, name: slug, score, track, strengths: [], gaps: [], unused: [], gapPlan: [],
})
const tiers = (scores: number[]) => tierRoles(scores.map((s, i) => fit(`r${i}`, s))).map((r) => r.tier)

describe('tiers', () => {
  it('puts the best and the roles within the spread in "fit now", by score and by distance from the best', () => {
    const best = FIT_NOW_MIN + 20
    expect(tiers([best, best - FIT_NOW_SPREAD, best - FIT_NOW_SPREAD - 1, best - REACH_SPREAD, best - REACH_SPREAD - 1])).toEqual([
      'fit-now', 'fit-now', 'within-reach', 'within-reach', 'further-away',
    ])
  })

  it('names at most FIT_NOW_MAX roles as a fit now, and never splits equal scores between tiers', () => {
    const distinct = tiers(Array.from({ length: FIT_NOW_MAX + 2 }, (_, i) => 80 - i * 0.5).map(Math.round))
    expect(distinct.filter((t) => t === 'fit-now').length).toBeLessThanOrEqual(FIT_NOW_MAX)
    const tieAtCap = tiers([80, 79, 78, 78])
    expect(tieAtCap).toEqual(['fit-now', 'fit-now', 'within-reach', 'within-reach'])
    const allTied = tiers(Array.from({ length: FIT_NOW_MAX + 2 }, () => 80))
    expect(allTied.every((t) => t === 'fit-now')).toBe(true)
  })

  it('has nothing "fit now" below the absolute floor, and nothing within reach below its own', () => {
    expect(FIT_NOW_MIN - REACH_MIN).toBeGreaterThan(5)
    expect(tiers([REACH_MIN + 5, REACH_MIN, REACH_MIN - 1])).toEqual(['within-reach', 'within-reach', 'further-away'])
    expect(tiers([0, 0])).toEqual(['further-away', 'further-away'])
  })
})

describe('the verdict sentence', () => {
  const next = [
    { name: 'MLOps Engineer', score: 63, tier: 'fit-now' as const, track: 't2' },
    { name: 'ML Engineer', score: 62, tier: 'fit-now' as const, track: 't1' },
    { name: 'AI Platform Engineer', score: 57, tier: 'within-reach' as const, track: 't2' },
    { name: 'Data Scientist', score: 30, tier: 'further-away' as const, track: null },
  ]
  const track = { label: 'Track 1 · MLOps Practitioner', score: 62 }

  it('names the track, the roles that fit now and the ones within reach in one sentence', () => {
    expect(verdictSentence({ track, next, current: null })).toBe(
      'You are closest to Track 1 · MLOps Practitioner; MLOps Engineer and ML Engineer fit you now, AI Platform Engineer is within reach.',
    )
  })

  it('says when nothing fits now, and when nothing is even within reach', () => {
    const reachOnly = next.map((r) => ({ ...r, tier: r.tier === 'fit-now' ? ('within-reach' as const) : r.tier }))
    expect(verdictSentence({ track, next: reachOnly, current: null })).toMatch(/; no role fits you now, but MLOps Engineer and ML Engineer are within reach\.$/)
    const far = next.map((r) => ({ ...r, tier: 'further-away' as const }))
    expect(verdictSentence({ track, next: far, current: null })).toMatch(/; no role is within reach yet \(the nearest is MLOps Engineer\)\.$/)
    expect(verdictSentence({ track: null, next: [], current: null })).toMatch(/^Nothing you answered matches a role yet/)
  })

  it('starts from the current role and marks a best role that is on no track', () => {
    const untracked = [{ ...next[0]!, track: null }, ...next.slice(1)]
    expect(verdictSentence({ track, next: untracked, current: 'DevOps Engineer' })).toBe(
      'Moving on from DevOps Engineer, you are closest to Track 1 · MLOps Practitioner; MLOps Engineer (on neither track) and ML Engineer fit you now, AI Platform Engineer is within reach.',
    )
  })
})

describe('what separates the top two', () => {
  const names = new Map([['x', 'X'], ['y', 'Y'], ['z', 'Z']])

  it('is the skill where the needs differ, worth exactly the difference in fit when it is the only one', () => {
    const a = role('a', { x: 4, y: 2 })
    const b = role('b', { x: 2, y: 2 })
    const levels = { x: 2, y: 2 }
    const [only, ...rest] = separatingSkills(levels, a, b, names)
    expect(rest).toEqual([])
    expect(only).toMatchObject({ skill: 'x', name: 'X', have: 2, needs: [4, 2], favours: 'b' })
    expect(only!.points).toBeCloseTo((fitBreakdown(levels, b).fit - fitBreakdown(levels, a).fit) * 100, 1)
  })

  it('counts gaps and skills one role leaves unused, ignores skills both need alike, and puts the largest share first', () => {
    const a = role('a', { x: 3, y: 3 })
    const b = role('b', { x: 3, z: 2 })
    // y: b leaves it unused; z: a gap only b has. Both favour a; x is needed alike and decides nothing.
    const found = separatingSkills({ x: 3, y: 3, z: 0 }, a, b, names)
    expect(found.map((s) => s.skill).sort()).toEqual(['y', 'z'])
    expect(found.map((s) => s.favours)).toEqual(['a', 'a'])
    const both = separatingSkills({ x: 3, y: 1, z: 2 }, a, b, names)
    // z: b uses it, a leaves it idle; y: a gap of two levels on a's need outweighs b leaving one level idle.
    expect(both.map((s) => [s.skill, s.favours]).sort()).toEqual([['y', 'b'], ['z', 'b']])
    expect(both.map((s) => s.points)).toEqual([...both.map((s) => s.points)].sort((p, q) => q - p))
  })

  it('is given in the verdict when the top two are a close call, not otherwise', () => {
    const close = scoreRatings({ python: 4, kubernetes: 4, 'ci-cd': 3, 'machine-learning': 2 }, model)
    const [first, second] = close.verdict.next
    expect(first!.score - second!.score).toBeLessThanOrEqual(CLOSE_CALL)
    expect(close.verdict.closeCall).toMatchObject({ a: first!.slug, b: second!.slug })
    const clear = scoreRatings({ python: 3, statistics: 4, 'machine-learning': 4 }, model)
    expect(clear.verdict.closeCall).toBeNull()
  })
})

describe('tracks agree with the roles on them', () => {
  // A mixed profile: some Python, some Kubernetes. Scored on its own weighted skills the platform track won
  // (50 to 20) while the best role, by a wide margin, was the practitioner track's ml-engineer.
  const mixed = { python: 3, kubernetes: 2 }

  it('no longer contradicts the ranking on the mixed profile that used to', () => {
    const [platform, practitioner] = [model.tracks[0]!, model.tracks[1]!]
    expect(fitBreakdown(mixed, platform).fit).toBeGreaterThan(fitBreakdown(mixed, practitioner).fit)
    const r = scoreRatings(mixed, model)
    expect(r.roles[0]).toMatchObject({ slug: 'ml-engineer', track: 'practitioner' })
    expect(r.tracks[0]).toMatchObject({ slug: 'practitioner', label: 'Track 1 · practitioner', score: r.roles[0]!.score, via: { slug: 'ml-engineer' } })
    expect(r.verdict.sentence).toMatch(/^You are closest to Track 1 · practitioner; ml engineer fits you now/)
  })

  it('always puts first the track of the best role that is on one, at that role\'s score', () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        const r = scoreRatings(ratings, model)
        const bestPlaced = r.roles.find((x) => x.track !== null)!
        expect(r.tracks[0]!.slug).toBe(bestPlaced.track)
        expect(r.tracks[0]!.score).toBe(bestPlaced.score)
      }),
      { numRuns: 80 },
    )
  })
})

describe('the current role', () => {
  it('is scored apart, never the move, and does not carry its track', () => {
    const r = scoreRatings({ python: 3, kubernetes: 2 }, model, { current: 'ml-engineer' })
    expect(r.verdict.current).toMatchObject({ slug: 'ml-engineer', score: r.roles[0]!.score })
    expect(r.verdict.next.map((x) => x.slug)).toEqual(['platform-engineer', 'data-scientist'])
    expect(r.tracks[0]!.slug).toBe('platform')
    expect(r.verdict.sentence).toMatch(/^Moving on from ml engineer, you are closest to Track 2 · platform; /)
    expect(r.verdict.sentence.split('; ')[1]).not.toContain('ml engineer')
  })

  it('is left out of the next ranking and the recommendation whatever the profile', () => {
    fc.assert(
      fc.property(ratingsArb, fc.constantFrom(...model.roles.map((x) => x.slug)), (ratings, current) => {
        const r = scoreRatings(ratings, model, { current })
        expect(r.verdict.current?.slug).toBe(current)
        expect(r.verdict.next.map((x) => x.slug)).not.toContain(current)
        expect(r.tracks.map((t) => t.via?.slug)).not.toContain(current)
        expect(r.roles).toHaveLength(model.roles.length)
      }),
      { numRuns: 60 },
    )
  })

  it('is refused, naming the field, when it is not a role', () => {
    expect(() => scoreAnswers({}, model, { current: 'astronaut' })).toThrow(ScoringInputError)
    expect(() => scoreRatings({}, model, { current: 'astronaut' })).toThrow(expect.objectContaining({ field: 'current' }))
  })
})
