import { describe, expect, it } from 'vitest'
import { ScoringInputError } from '@/lib/scoring/errors'
import { scoreAnswers, scoreRatings } from '@/lib/scoring/match'
import { model } from '../fixtures/scoring-model'

const sameAnswerEverywhere = (position: number) =>
  Object.fromEntries(model.questions.map((q) => [q.slug, q.options[Math.min(position, q.options.length - 1)]!.id]))

function fieldOf(fn: () => unknown): string | null {
  try {
    fn()
  } catch (e) {
    if (e instanceof ScoringInputError) return e.field
    throw e
  }
  return null
}

describe('profile from quiz answers', () => {
  it('combines evidence as a weighted mean per skill, with the total weight as confidence', () => {
    const r = scoreAnswers({ 'rate-kubernetes': 'level-4', 'traffic-surge': 'autoscale' }, model)
    // kubernetes: level 4 × weight 2 and level 3 × weight 1.5 → (8 + 4.5) / 3.5
    expect(r.profile.levels.kubernetes).toBeCloseTo(12.5 / 3.5, 10)
    expect(r.profile.confidence.kubernetes).toBeCloseTo(3.5, 10)
    expect(r.profile.levels['ci-cd']).toBe(2)
    expect(r.profile.levels.python).toBe(0)
    expect(r.profile.confidence.python).toBe(0)
  })

  it('refuses unknown questions and options, naming the question', () => {
    expect(fieldOf(() => scoreAnswers({ 'not-a-question': 'level-1' }, model))).toBe('answers.not-a-question')
    expect(fieldOf(() => scoreAnswers({ 'rate-kubernetes': 'level-9' }, model))).toBe('answers.rate-kubernetes')
    expect(fieldOf(() => scoreAnswers({ 'rate-kubernetes': 'level-3' }, model))).toBeNull()
  })
})

describe('profile from direct ratings', () => {
  it('rates the given skills with confidence 1 and every other skill 0 with confidence 0', () => {
    const { profile } = scoreRatings({ python: 3 }, model)
    expect(profile.levels).toEqual({ python: 3, statistics: 0, 'machine-learning': 0, kubernetes: 0, 'ci-cd': 0 })
    expect(profile.confidence).toEqual({ python: 1, statistics: 0, 'machine-learning': 0, kubernetes: 0, 'ci-cd': 0 })
  })

  it('refuses unknown skills and levels outside the scale or not whole, naming the field', () => {
    expect(fieldOf(() => scoreRatings({ cobol: 2 }, model))).toBe('skills.cobol')
    expect(fieldOf(() => scoreRatings({ kubernetes: 5 }, model))).toBe('skills.kubernetes')
    expect(fieldOf(() => scoreRatings({ kubernetes: -1 }, model))).toBe('skills.kubernetes')
    expect(fieldOf(() => scoreRatings({ kubernetes: 2.5 }, model))).toBe('skills.kubernetes')
    expect(fieldOf(() => scoreRatings({ kubernetes: 4 }, model))).toBeNull()
  })

  it('takes the top level from the model’s scale, not from a fixed 4', () => {
    const threeLevels = { ...model, scale: model.scale.slice(0, 4) }
    expect(fieldOf(() => scoreRatings({ kubernetes: 4 }, threeLevels))).toBe('skills.kubernetes')
    expect(fieldOf(() => scoreRatings({ kubernetes: 3 }, threeLevels))).toBeNull()
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

  it('leaves "Not sure" answers out of the pattern: they are no evidence, not a position', () => {
    const twoRatedOneUnsure = { ...sameAnswerEverywhere(2), 'rate-python': 'not-sure' }
    expect(scoreAnswers(twoRatedOneUnsure, model).reliability.kind).toBe('ok')
    expect(scoreAnswers(twoRatedOneUnsure, model).profile.confidence.python).toBe(0)
  })

  it('does not flag a quiz with varied self-ratings', () => {
    const answers = { ...sameAnswerEverywhere(2), 'rate-python': 'level-3' }
    expect(scoreAnswers(answers, model).reliability).toEqual({ kind: 'ok', note: null })
  })

  it('flags matcher ratings that are all the same value, and says when nothing was rated', () => {
    expect(scoreRatings({ python: 3, statistics: 3, kubernetes: 3 }, model).reliability.kind).toBe('flat')
    expect(scoreRatings({ python: 3, statistics: 2, kubernetes: 3 }, model).reliability.kind).toBe('ok')
    // Two equal ratings are too few to call a pattern.
    expect(scoreRatings({ python: 3, statistics: 3 }, model).reliability.kind).toBe('ok')
    expect(scoreRatings({}, model).reliability.kind).toBe('empty')
    expect(scoreAnswers({}, model).reliability.kind).toBe('empty')
  })
})
