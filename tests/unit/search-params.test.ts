import { describe, expect, it } from 'vitest'
import { searchQuerySchema } from '@/lib/search/params'

describe('the search page address', () => {
  it('reads the query and the kind, trimmed, first value of a repeated key', () => {
    expect(searchQuerySchema.parse({ q: '  kubernetes ', kind: 'role' })).toEqual({ q: 'kubernetes', kind: 'role' })
    expect(searchQuerySchema.parse({ q: ['mlflow', 'x'], kind: ['tool', 'role'] })).toEqual({ q: 'mlflow', kind: 'tool' })
  })

  it('drops what is malformed instead of failing, and cuts an over-long query', () => {
    expect(searchQuerySchema.parse({ kind: 'bogus' })).toEqual({ q: undefined, kind: undefined })
    expect(searchQuerySchema.parse({ q: 'x'.repeat(500) }).q).toHaveLength(80)
    expect(searchQuerySchema.parse({})).toEqual({ q: undefined, kind: undefined })
  })
})
