import { describe, expect, it } from 'vitest'
import { POPULAR_MOVES, popularMove } from '@/lib/paths/popular-moves'

describe('popular moves', () => {
  const [from, to] = POPULAR_MOVES[0]!
  it('recognise a query that is exactly a popular pair, ignoring the RSC marker', () => {
    expect(popularMove(new URLSearchParams({ from, to }))).toEqual([from, to])
    expect(popularMove(new URLSearchParams({ to, from, _rsc: 'x1' }))).toEqual([from, to])
  })

  it('leave any other query to the page rendered per request', () => {
    expect(popularMove(new URLSearchParams({ from: to, to: from }))).toBeNull()
    expect(popularMove(new URLSearchParams({ from, to, code: 'abc' }))).toBeNull()
    expect(popularMove(new URLSearchParams({ from }))).toBeNull()
    // A parameter given twice is a mistake the per-request page names.
    expect(popularMove(new URLSearchParams(`from=${from}&from=${from}&to=${to}`))).toBeNull()
  })
})
