import { describe, expect, it } from 'vitest'
import { categoryScores, shortCategoryName } from '@/lib/category-scores'
import { model } from '../fixtures/scoring-model'

describe('category scores', () => {
  it('averages the three highest levels of each category, counting missing skills as 0', () => {
    expect(categoryScores({ python: 4, statistics: 2, 'machine-learning': 3, kubernetes: 2 }, model.skills, model.categories)).toEqual([
      { category: 'data', name: 'Data science', value: 3 },
      { category: 'platform', name: 'Platform & delivery', value: 0.7 },
    ])
  })

  it('gives every category 0 for an empty vector', () => {
    expect(categoryScores({}, model.skills, model.categories).map((c) => c.value)).toEqual([0, 0])
  })

  it('shortens a category name at its first comma or ampersand for a chart axis', () => {
    expect(shortCategoryName('Platform & delivery')).toBe('Platform')
    expect(shortCategoryName('Data, analytics and BI')).toBe('Data')
    expect(shortCategoryName('Security')).toBe('Security')
  })
})
