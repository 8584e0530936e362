import { describe, expect, it } from 'vitest'
import { moveCost } from '@/lib/paths/cost'
import { buildMoveGraph } from '@/lib/paths/graph'
import { namedMoves, nearestMoves } from '@/lib/paths/nearest'
import { findRoutes, PROFILE_NODE, verdictFor } from '@/lib/paths/routes'
import { deck, pathsFixture as model } from '../fixtures/paths-model'

const graph = buildMoveGraph(model)
const route = (from: string, to: string) => findRoutes(graph, model, { kind: 'role', slug: from }, to)
const stops = (r: { steps: Array<{ to: string }> }) => r.steps.map((s) => s.to).join(' ')

describe('move cost', () => {
  it('weighs each gap by the needed level over the top of the scale, and ignores levels above a need', () => {
    // kubernetes: needs 4, has 0 → 4/4 × 4 = 4; python and stats are met.
    expect(moveCost(model.levels.analyst!, model.levels.goal!, 4)).toEqual({ cost: 4, gaps: [{ skill: 'k8s', from: 0, to: 4, impact: 4 }] })
    // python 2/4 × 1 + stats 2/4 × 2; the larger term first.
    expect(moveCost(model.levels.ops!, model.levels.bridge!, 4).gaps.map((g) => [g.skill, g.impact])).toEqual([['stats', 1], ['python', 0.5]])
    expect(moveCost(model.levels.island!, model.levels.goal!, 4).cost).toBe(0)
    expect(() => moveCost({}, {}, 0)).toThrow(RangeError)
  })

  it('is not symmetric: moving to modest needs is cheap, moving back is not', () => {
    expect(moveCost(model.levels.goal!, model.levels.ops!, 4).cost).toBe(0)
    expect(moveCost(model.levels.ops!, model.levels.goal!, 4).cost).toBe(3.5)
  })
})

describe('the move graph', () => {
  it('carries the source of a named move, marks a listed move editorial and adds the three nearest by skills', () => {
    expect(graph.getEdgeAttributes('analyst', 'bridge')).toEqual({ cost: 1, basis: 'source', source: deck })
    expect(graph.getEdgeAttributes('bridge', 'goal')).toEqual({ cost: 2, basis: 'listed', source: null })
    expect(graph.outNeighbors('analyst').sort()).toEqual(['bridge', 'goal', 'ops'])
    expect(graph.getEdgeAttribute('analyst', 'ops', 'basis')).toBe('skills')
    expect(graph.outDegree('island')).toBe(3)
    expect(graph.inDegree('island')).toBe(0)
  })
})

describe('routes', () => {
  it('gives the cheapest route first and two alternatives, ties going to fewer moves', () => {
    const r = route('analyst', 'goal')
    if (!r.ok) throw new Error(r.reason)
    expect(r.routes.map((x) => [x.cost, stops(x)])).toEqual([[3, 'bridge goal'], [4, 'goal'], [4.5, 'ops goal']])
    const [first, second] = r.routes[0]!.steps
    expect(first).toMatchObject({ from: 'analyst', to: 'bridge', basis: 'source', source: deck, cost: 1 })
    expect(second).toMatchObject({ basis: 'listed', source: null })
    expect(second!.raise).toEqual([{ skill: 'k8s', name: 'Kubernetes', from: 2, to: 4, impact: 2, tools: model.tools.k8s }])
  })

  it('says a stepping stone saves work when the route costs clearly less than the direct move', () => {
    const r = route('analyst', 'goal')
    expect(r.ok && r.comparison).toMatchObject({ directCost: 4, directIsEdge: true, verdict: 'stepping-stone-saves' })
    expect(verdictFor(10, 10.5)).toBe('same-work')
    expect(verdictFor(10, 12)).toBe('detour')
    expect(verdictFor(10, null)).toBe('direct-only')
  })

  it('explains why there is no route into a role nothing leads to, and refuses a move to the same role', () => {
    const r = route('analyst', 'island')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.reason).toMatch(/No source names a move into Island/)
    expect(route('ops', 'ops')).toMatchObject({ ok: false, reason: expect.stringMatching(/same role/) })
    expect(route('ops', 'nobody')).toMatchObject({ ok: false })
  })

  it('starts a quiz result from a virtual node with moves by skills alone', () => {
    const r = findRoutes(graph, model, { kind: 'profile', name: 'You', levels: { stats: 4, python: 2 } }, 'goal')
    if (!r.ok) throw new Error(r.reason)
    expect(r.from).toBe(PROFILE_NODE)
    expect(r.routes[0]!.steps[0]).toMatchObject({ fromName: 'You', to: 'bridge', basis: 'skills', source: null })
    expect(r.routes[0]!.cost).toBe(3)
    expect(graph.hasNode(PROFILE_NODE)).toBe(false)
  })
})

describe('nearest moves', () => {
  it('takes the five cheapest and splits them into named and by skills alone', () => {
    const near = nearestMoves(graph, model, { kind: 'role', slug: 'analyst' })
    expect(near.named.map((m) => [m.slug, m.basis])).toEqual([['bridge', 'source']])
    expect(near.bySkills.map((m) => m.slug)).toEqual(['ops', 'goal', 'island'])
    const you = nearestMoves(graph, model, { kind: 'profile', name: 'You', levels: {} })
    expect(you.named).toEqual([])
    expect(you.bySkills).toHaveLength(5)
  })

  it('lists every named move out of a role, cheapest first', () => {
    expect(namedMoves(graph, 'bridge').map((m) => [m.slug, m.basis])).toEqual([['goal', 'listed']])
    expect(namedMoves(graph, 'nobody')).toEqual([])
  })
})
