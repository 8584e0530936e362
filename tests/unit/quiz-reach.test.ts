import { describe, expect, it } from 'vitest'
import { maxReachableLevel, reachableLevels, unreachableNeeds } from '@/lib/content/quiz-reach'
import { forcedQuestion, notSure, questions, roles } from '../fixtures/quiz-reach-fixture'

describe('quiz reach', () => {
  it('reaches the level of the best single option when the other questions can say nothing about the skill', () => {
    expect(maxReachableLevel(questions, 'ml')).toBe(3)
  })

  it('averages in evidence that cannot be avoided: level 4 weight 1 next to a forced level 2 weight 2 is 8/3', () => {
    expect(maxReachableLevel(questions, 'ops')).toBeCloseTo(8 / 3, 5)
  })

  it('lets a "Not sure" option lift the forced evidence, so the best option counts alone', () => {
    const withNotSure = [{ ...forcedQuestion, options: [...forcedQuestion.options, notSure] }, ...questions.slice(1)]
    expect(maxReachableLevel(withNotSure, 'ops')).toBe(4)
  })

  it('gives no level for a skill no option names', () => {
    expect(maxReachableLevel(questions, 'data')).toBeNull()
    expect(reachableLevels(questions).has('data')).toBe(false)
  })

  it('lists each role need of 3 or more that no answers reach, with the best reachable level', () => {
    expect(unreachableNeeds(questions, roles)).toEqual([
      { role: 'operator', skill: 'ops', need: 3, best: expect.closeTo(8 / 3, 5) },
      { role: 'scientist', skill: 'data', need: 4, best: null },
    ])
  })

  it('ignores needs below the threshold and reports them when the threshold is lowered', () => {
    expect(unreachableNeeds(questions, roles).some((g) => g.skill === 'people')).toBe(false)
    expect(unreachableNeeds(questions, roles, 2)).toContainEqual({ role: 'scientist', skill: 'people', need: 2, best: 1 })
  })
})
