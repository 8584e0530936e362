import { describe, expect, it } from 'vitest'
import { describeLevel, formatLevel, levelName, topLevel } from '@/lib/levels'
import { scale } from '../fixtures/scoring-model'

describe('the level scale as data', () => {
  it('takes its top level and names from the scale it is given', () => {
    expect(topLevel(scale)).toBe(4)
    expect(topLevel(scale.slice(0, 3))).toBe(2)
    expect(levelName(scale, 3)).toBe('strong')
    expect(levelName(scale, 7)).toBe('')
  })

  it('formats a whole level with its name, and a level the scale does not name as the bare number', () => {
    expect(formatLevel(scale, 3)).toBe('3 · strong')
    expect(formatLevel(scale, 7)).toBe('7')
  })

  it('describes a whole level by its name and a fractional one by the two levels around it', () => {
    expect(describeLevel(scale, 3)).toBe('3 · strong')
    expect(describeLevel(scale, 3.3)).toBe('between 3 · strong and 4 · expert')
    expect(describeLevel(scale, 0.5)).toBe('between 0 · none and 1 · basic')
  })

  it('rounds to one decimal first, so a value a hair off a whole level reads as that level', () => {
    expect(describeLevel(scale, 2.96)).toBe('3 · strong')
    expect(describeLevel(scale, 3.04)).toBe('3 · strong')
  })
})
