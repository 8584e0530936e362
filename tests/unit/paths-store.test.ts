import { describe, expect, it } from 'vitest'
import { useSeededStore } from '../fixtures/store'

useSeededStore()
const { getMoveGraph, getPathsModel } = await import('@/lib/queries/paths')
const { findRoutes, MAX_STEPS, ROUTES_SHOWN } = await import('@/lib/paths/routes')
const { moveCost } = await import('@/lib/paths/cost')
const model = await getPathsModel()
const graph = await getMoveGraph()
const slugs = model.roles.map((r) => r.slug)
const route = (from: string, to: string) => findRoutes(graph, model, { kind: 'role', slug: from }, to)

// Brute force, written apart from the library search: every simple path of at most MAX_STEPS moves by depth-first
// walk, and the cheapest cost with no step limit by Floyd–Warshall.
function allCosts(from: string, to: string): number[] {
  const costs: number[] = []
  const walk = (node: string, seen: Set<string>, cost: number) => {
    if (node === to) return void costs.push(cost)
    if (seen.size > MAX_STEPS) return
    for (const next of graph.outNeighbors(node)) {
      if (seen.has(next)) continue
      if (next !== to && seen.size === MAX_STEPS) continue
      walk(next, new Set([...seen, next]), cost + graph.getEdgeAttribute(node, next, 'cost'))
    }
  }
  walk(from, new Set([from]), 0)
  return costs.sort((a, b) => a - b)
}
const dist = new Map<string, number>()
const d = (a: string, b: string) => dist.get(`${a}>${b}`) ?? (a === b ? 0 : Infinity)
graph.forEachEdge((_e, attr, s, t) => dist.set(`${s}>${t}`, attr.cost))
for (const k of slugs) for (const i of slugs) for (const j of slugs) if (d(i, k) + d(k, j) < d(i, j)) dist.set(`${i}>${j}`, d(i, k) + d(k, j))
const close = (a: number, b: number) => Math.abs(a - b) < 1e-6

describe('routes over the seeded store', () => {
  it('finds a route for every ordered pair of roles, or says why there is none', () => {
    let found = 0
    for (const a of slugs) for (const b of slugs) {
      if (a === b) continue
      const r = route(a, b)
      if (r.ok) found++
      else expect(r.reason, `${a} → ${b}`).toMatch(/.{20,}/)
    }
    expect(found).toBeGreaterThan(0)
  })

  it('gives the same costs as a brute-force search, and the step limit hides no cheaper route', () => {
    for (const a of slugs) for (const b of slugs) {
      if (a === b) continue
      const r = route(a, b)
      const brute = allCosts(a, b)
      if (!r.ok) {
        expect(brute, `${a} → ${b}`).toEqual([])
        continue
      }
      const costs = r.routes.map((x) => x.cost)
      expect(costs.length).toBe(Math.min(ROUTES_SHOWN, brute.length))
      costs.forEach((c, i) => expect(close(c, brute[i]!), `${a} → ${b} #${i}: ${c} vs ${brute[i]}`).toBe(true))
      expect(close(costs[0]!, d(a, b)), `${a} → ${b} unlimited`).toBe(true)
      for (const x of r.routes) expect(close(x.cost, x.steps.reduce((s, step) => s + moveCost(model.levels[step.from]!, model.levels[step.to]!, model.top).cost, 0))).toBe(true)
    }
  })

  it('shows the source of every step a source names and calls every other step editorial', () => {
    for (const a of slugs) for (const b of slugs) {
      const r = a === b ? null : route(a, b)
      for (const step of r?.ok ? r.routes.flatMap((x) => x.steps) : []) {
        const named = model.moves.find((m) => m.from === step.from && m.to === step.to)
        if (named?.source) expect(step).toMatchObject({ basis: 'source', source: { slug: named.source.slug } })
        else expect(step.source).toBeNull()
        if (!named) expect(step.basis).toBe('skills')
      }
    }
  })
})

describe('routes the sources describe', () => {
  it('takes a DevOps Engineer to AI Platform Engineer by named moves, directly or through MLOps Engineer', () => {
    const r = route('devops-engineer', 'ai-platform-engineer')
    if (!r.ok) throw new Error(r.reason)
    const viaMlops = r.routes.find((x) => x.steps.map((s) => s.to).join(' ') === 'mlops-engineer ai-platform-engineer')
    expect(viaMlops).toBeDefined()
    for (const step of viaMlops!.steps) expect(step.basis).toBe('source')
    expect(viaMlops!.steps[0]!.source?.slug).toBe('emergence-of-mlops-engineer')
    expect(r.routes[0]!.steps.every((s) => s.basis === 'source')).toBe(true)
  })

  it('asks a Data Scientist moving to MLOps Engineer to raise the operations skills', () => {
    const r = route('data-scientist', 'mlops-engineer')
    if (!r.ok) throw new Error(r.reason)
    const direct = r.routes.find((x) => x.steps.length === 1)!
    expect(direct.steps[0]!.source?.slug).toBe('mlops-engineer-career-profile')
    const raise = direct.steps[0]!.raise.map((s) => s.skill)
    for (const skill of ['containers', 'kubernetes', 'ci-cd', 'model-monitoring']) expect(raise).toContain(skill)
    expect(direct.steps[0]!.raise.find((s) => s.skill === 'kubernetes')!.tools.length).toBeGreaterThan(0)
    const impacts = direct.steps[0]!.raise.map((s) => s.impact)
    expect(impacts).toEqual([...impacts].sort((x, y) => y - x))
  })
})
