import { nearestBySkills, type MoveGraph } from './graph'
import type { NearMove, PathsModel, Start } from './types'

/**
 * The closest moves from a start, by move cost (./cost.ts): the NEAREST_SHOWN cheapest, split into those the
 * content names (a source, or the role profiles without one) and those that are near by skills alone. A quiz
 * result is not a role, so no move from it is named: all of its nearest are by skills alone.
 */
export const NEAREST_SHOWN = 5

export type NearestMoves = { named: NearMove[]; bySkills: NearMove[] }

export function nearestMoves(graph: MoveGraph, model: PathsModel, start: Start): NearestMoves {
  const levels = start.kind === 'role' ? (model.levels[start.slug] ?? {}) : start.levels
  const except = start.kind === 'role' ? start.slug : undefined
  const near = nearestBySkills(model, levels, except)
    .slice(0, NEAREST_SHOWN)
    .map(({ slug, name, cost }): NearMove => {
      const edge = except && graph.hasEdge(except, slug) ? graph.getEdgeAttributes(except, slug) : null
      return edge && edge.basis !== 'skills'
        ? { slug, name, cost, basis: edge.basis, source: edge.source }
        : { slug, name, cost, basis: 'skills', source: null }
    })
  return { named: near.filter((m) => m.basis !== 'skills'), bySkills: near.filter((m) => m.basis === 'skills') }
}

/** Every move the content names out of a role, cheapest first. */
export function namedMoves(graph: MoveGraph, slug: string): NearMove[] {
  if (!graph.hasNode(slug)) return []
  return graph
    .mapOutEdges(slug, (_edge, data, _source, target, _sa, targetAttributes) => ({ slug: target, name: targetAttributes.name, ...data }))
    .filter((m) => m.basis !== 'skills')
    .sort((a, b) => a.cost - b.cost || a.name.localeCompare(b.name))
}
