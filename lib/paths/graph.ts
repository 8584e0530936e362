import { DirectedGraph } from 'graphology'
import { moveCost } from './cost'
import type { EdgeData, PathsModel } from './types'

/**
 * The graph of career moves. Nodes are roles; an edge A → B exists when
 *
 *   1. a source names the move (basis 'source', the source travels with the edge),
 *   2. the role profiles list the move without a source (basis 'listed': the project's editorial reading), or
 *   3. B is among A's NEAREST_K cheapest moves by skills (basis 'skills': editorial, from the matrix alone).
 *
 * "Near" is rule 3: with 18 roles, three skill edges per role keep the graph sparse (every role reaches only its
 * closest neighbours) while leaving every role a way out. Every edge weighs cost(A → B) from ./cost.ts, whatever
 * its basis: a named move is not cheaper for being named, it is only better attested. Between two roles there
 * is at most one edge; a named basis wins over a skills one. A quiz result joins as a virtual start node with
 * rule 3 edges only (see ./routes.ts).
 */
export const NEAREST_K = 3

export type MoveGraph = DirectedGraph<{ name: string }, EdgeData>

export function buildMoveGraph(model: PathsModel): MoveGraph {
  const graph: MoveGraph = new DirectedGraph()
  for (const role of model.roles) graph.addNode(role.slug, { name: role.name })
  const cost = (a: string, b: string) => moveCost(model.levels[a] ?? {}, model.levels[b] ?? {}, model.top).cost
  for (const move of model.moves) {
    if (!graph.hasNode(move.from) || !graph.hasNode(move.to) || move.from === move.to) continue
    const basis = move.source ? 'source' : 'listed'
    const existing = graph.hasEdge(move.from, move.to) ? graph.getEdgeAttributes(move.from, move.to) : null
    if (existing?.basis === 'source') continue
    graph.mergeEdge(move.from, move.to, { cost: cost(move.from, move.to), basis, source: move.source })
  }
  for (const role of model.roles) {
    for (const near of nearestBySkills(model, model.levels[role.slug] ?? {}, role.slug).slice(0, NEAREST_K)) {
      if (!graph.hasEdge(role.slug, near.slug)) graph.addEdge(role.slug, near.slug, { cost: near.cost, basis: 'skills', source: null })
    }
  }
  return graph
}

/** Every role but `except`, cheapest move first (ties by the roles' order). */
export function nearestBySkills(model: PathsModel, levels: Record<string, number>, except?: string) {
  return model.roles
    .filter((r) => r.slug !== except)
    .map((r, order) => ({ slug: r.slug, name: r.name, order, cost: moveCost(levels, model.levels[r.slug] ?? {}, model.top).cost }))
    .sort((a, b) => a.cost - b.cost || a.order - b.order)
}
