import { describe, expect, it } from 'vitest'
import { parseCurrentRole } from '@/lib/match/current-role'
import { parseRatingsQuery } from '@/lib/match/ratings-query'
import { stepMoves } from '@/lib/match/step-moves'
import { buildMoveGraph } from '@/lib/paths/graph'
import { pathsFixture } from '../fixtures/paths-model'
import { model } from '../fixtures/scoring-model'

describe('the current role in a query string', () => {
  it('is a role slug, or nothing when absent or left empty', () => {
    expect(parseCurrentRole('ml-engineer', model)).toEqual({ current: 'ml-engineer', problem: null })
    expect(parseCurrentRole(undefined, model)).toEqual({ current: null, problem: null })
    expect(parseCurrentRole('', model)).toEqual({ current: null, problem: null })
  })

  it('is reported in words, not thrown, when it is not one role', () => {
    expect(parseCurrentRole('astronaut', model)).toMatchObject({ current: null, problem: expect.stringContaining('"astronaut" is not a role') })
    expect(parseCurrentRole(['ml-engineer', 'data-scientist'], model)).toMatchObject({ current: null, problem: expect.stringContaining('more than once') })
  })

  it('rides along with the matcher ratings without being read as a skill', () => {
    expect(parseRatingsQuery({ python: '3', current: 'ml-engineer' }, model)).toEqual({ ratings: { python: 3 }, current: 'ml-engineer', problem: null, scored: false })
    expect(parseRatingsQuery({ scored: '1', current: '' }, model)).toEqual({ ratings: {}, current: null, problem: null, scored: true })
    expect(parseRatingsQuery({ python: '3', current: 'nobody' }, model).problem).toContain('"nobody" is not a role')
  })
})

describe('the move links of a gap plan', () => {
  const graph = buildMoveGraph(pathsFixture)

  it('links to the best route from the current role and names the move that raises each skill', () => {
    const moves = stepMoves(graph, pathsFixture, { kind: 'role', slug: 'analyst' }, ['goal', 'island'])
    expect(Object.keys(moves)).toEqual(['goal'])
    expect(moves.goal).toMatchObject({ href: '/paths?from=analyst&to=goal', route: 'Analyst → Bridge → Goal' })
    // Kubernetes is first raised on the first move (0 → 2), and again on the second.
    expect(moves.goal!.raises.k8s).toBe('Analyst → Bridge')
  })

  it('starts from the quiz result with its code, and links nothing without a start', () => {
    const quiz = stepMoves(graph, pathsFixture, { kind: 'quiz', code: 'abc', levels: { stats: 4, python: 2 } }, ['goal'])
    expect(quiz.goal?.href).toBe('/paths?from=quiz&to=goal&code=abc')
    expect(stepMoves(graph, pathsFixture, null, ['goal'])).toEqual({})
  })
})
