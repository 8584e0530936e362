import { describe, expect, it } from 'vitest'
import { arrangeMatrix, withVisibleSort } from '@/lib/browse/matrix-view'
import type { Matrix } from '@/lib/types'

const matrix: Matrix = {
  categories: [{ slug: 'data', name: 'Data', order: 1, description: '' }],
  skills: [
    { slug: 'python', name: 'Python', category: 'data', order: 1 },
    { slug: 'sql', name: 'SQL', category: 'data', order: 2 },
  ],
  roles: [
    { slug: 'analyst', name: 'Analyst', category: 'data', track: null },
    { slug: 'engineer', name: 'Engineer', category: 'data', track: { slug: 'platform', name: 'Platform' } },
  ],
  levels: { analyst: { python: 1, sql: 3 }, engineer: { python: 3, sql: 1 } },
}

describe('arranging the matrix', () => {
  it('orders skills by the chosen role’s levels, highest first', () => {
    expect(arrangeMatrix(matrix, { sortByRole: 'analyst' }).groups[0]?.skills.map((s) => s.slug)).toEqual(['sql', 'python'])
  })

  it('drops a skill sort by a role the track filter hides, and keeps one by a visible role', () => {
    expect(withVisibleSort(matrix, { track: 'platform', sortByRole: 'analyst' })).toEqual({ track: 'platform' })
    expect(withVisibleSort(matrix, { track: 'platform', sortByRole: 'engineer' })).toEqual({ track: 'platform', sortByRole: 'engineer' })
    expect(withVisibleSort(matrix, { category: 'data' })).toEqual({ category: 'data' })
  })
})
