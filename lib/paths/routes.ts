import { bidirectional } from 'graphology-shortest-path/dijkstra'
import { allSimpleEdgePaths } from 'graphology-simple-path'
import { moveCost, roundCost } from './cost'
import { NEAREST_K, nearestBySkills, type MoveGraph } from './graph'
import type { DirectComparison, PathsModel, Route, RoutesResult, RouteStep, Start, Verdict } from './types'

/**
 * Routes from a start to a target role over the move graph (./graph.ts).
 *
 * A route's cost is the sum of its moves' costs (./cost.ts). After each move you are counted at the new role's
 * levels: the model follows roles, not a person's whole history, so it never credits skills a role does not use.
 * Routes are the simple paths of at most MAX_STEPS moves, cheapest first (ties: fewer moves, then names); the
 * best and up to two alternatives are shown. A chain of five or more moves is not career advice, so a longer one
 * is reported as "too long" rather than offered.
 *
 * The direct move is compared with the best route of two or more moves, both in move cost:
 *   multi < direct × (1 − TOLERANCE)   a stepping stone splits the work into cheaper parts ('stepping-stone-saves')
 *   multi ≤ direct × (1 + TOLERANCE)   it splits the same work into steps ('same-work')
 *   otherwise                           it only adds a detour ('detour')
 * The direct cost is shown even when the direct move is not an edge (no source names it and it is not near).
 */
export const MAX_STEPS = 4
export const ROUTES_SHOWN = 3
export const TOLERANCE = 0.1
/** The virtual node a quiz result starts from; never a role slug (slugs have no '@'). */
export const PROFILE_NODE = '@profile'

function startNode(graph: MoveGraph, model: PathsModel, start: Start): { graph: MoveGraph; id: string; levels: Record<string, number> } {
  if (start.kind === 'role') return { graph, id: start.slug, levels: model.levels[start.slug] ?? {} }
  const copy = graph.copy() as MoveGraph
  copy.addNode(PROFILE_NODE, { name: start.name })
  for (const near of nearestBySkills(model, start.levels).slice(0, NEAREST_K)) {
    copy.addEdge(PROFILE_NODE, near.slug, { cost: near.cost, basis: 'skills', source: null })
  }
  return { graph: copy, id: PROFILE_NODE, levels: start.levels }
}

function toStep(graph: MoveGraph, model: PathsModel, edge: string, levelsOf: (node: string) => Record<string, number>): RouteStep {
  const from = graph.source(edge)
  const to = graph.target(edge)
  const data = graph.getEdgeAttributes(edge)
  const { gaps } = moveCost(levelsOf(from), model.levels[to] ?? {}, model.top)
  return {
    from, fromName: graph.getNodeAttribute(from, 'name'), to, toName: graph.getNodeAttribute(to, 'name'),
    cost: data.cost, basis: data.basis, source: data.source,
    raise: gaps.map((g) => ({ ...g, name: model.skillNames[g.skill] ?? g.skill, tools: model.tools[g.skill] ?? [] })),
  }
}

function noRouteReason(graph: MoveGraph, id: string, target: string): string {
  const name = (n: string) => graph.getNodeAttribute(n, 'name')
  if (bidirectional(graph, id, target, 'cost')) {
    return `Every chain of moves from ${name(id)} to ${name(target)} takes more than ${MAX_STEPS} moves, too many to be a plan.`
  }
  if (graph.inDegree(target) === 0) {
    return `No source names a move into ${name(target)}, and it is not among the ${NEAREST_K} nearest moves of any role, so nothing leads there.`
  }
  return `No chain of named or near moves leads from ${name(id)} to ${name(target)}.`
}

export function findRoutes(graph: MoveGraph, model: PathsModel, start: Start, target: string): RoutesResult {
  const from = start.kind === 'role' ? start.slug : PROFILE_NODE
  if (!graph.hasNode(target)) return { ok: false, from, to: target, reason: `There is no role "${target}".` }
  if (start.kind === 'role' && !graph.hasNode(start.slug)) return { ok: false, from, to: target, reason: `There is no role "${start.slug}".` }
  if (from === target) return { ok: false, from, to: target, reason: 'The start and the target are the same role: there is no move to make.' }
  const g = startNode(graph, model, start)
  const levelsOf = (node: string) => (node === g.id ? g.levels : (model.levels[node] ?? {}))
  // Cost every path from its edges first; only the routes shown are spelled out step by step.
  const name = (edge: string) => g.graph.getNodeAttribute(g.graph.target(edge), 'name')
  const all = allSimpleEdgePaths(g.graph, g.id, target, { maxDepth: MAX_STEPS })
    .map((edges) => ({ edges, cost: roundCost(edges.reduce((sum, e) => sum + g.graph.getEdgeAttribute(e, 'cost'), 0)), key: edges.map(name).join(' ') }))
    .sort((a, b) => a.cost - b.cost || a.edges.length - b.edges.length || a.key.localeCompare(b.key))
  const toRoute = (p: { edges: string[]; cost: number }): Route => ({ cost: p.cost, steps: p.edges.map((e) => toStep(g.graph, model, e, levelsOf)) })
  if (all.length === 0) return { ok: false, from, to: target, reason: noRouteReason(g.graph, g.id, target) }
  const directCost = moveCost(g.levels, model.levels[target] ?? {}, model.top).cost
  const multi = all.find((p) => p.edges.length > 1)
  const bestMultiStep = multi ? toRoute(multi) : null
  const comparison: DirectComparison = {
    directCost,
    directIsEdge: g.graph.hasEdge(g.id, target),
    bestMultiStep,
    verdict: verdictFor(directCost, bestMultiStep?.cost ?? null),
  }
  return { ok: true, from, to: target, routes: all.slice(0, ROUTES_SHOWN).map(toRoute), comparison }
}

export function verdictFor(direct: number, multi: number | null): Verdict {
  if (multi === null) return 'direct-only'
  if (multi < direct * (1 - TOLERANCE)) return 'stepping-stone-saves'
  if (multi <= direct * (1 + TOLERANCE)) return 'same-work'
  return 'detour'
}
