import dagre from '@dagrejs/dagre'
import type { MoveBasis, PathsModel } from './types'

/**
 * The map of the field, laid out by dagre (layered, left to right): each role is a box inside its family's
 * cluster, and each move the content names (by a source or, dashed, as the project's reading) is an arrow.
 * Moves near by skills alone are left off: with three per role they would hide the named ones. Pure: the page
 * computes the layout on the server and draws it as SVG.
 */
export const NODE_WIDTH = 196
export const NODE_HEIGHT = 34

export type MapNode = { slug: string; name: string; track: string | null; x: number; y: number }
export type MapCluster = { id: string; label: string; x: number; y: number; width: number; height: number }
export type MapEdge = { from: string; to: string; basis: MoveBasis; points: Array<{ x: number; y: number }> }
export type MapLayout = { width: number; height: number; nodes: MapNode[]; clusters: MapCluster[]; edges: MapEdge[] }

export function layoutMap(model: PathsModel, familyLabel: (family: string) => string): MapLayout {
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: false })
  g.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 70, marginx: 12, marginy: 12 })
  g.setDefaultEdgeLabel(() => ({}))
  const families = [...new Set(model.roles.map((r) => r.category))]
  for (const family of families) g.setNode(`family:${family}`, { label: familyLabel(family), paddingTop: 22 })
  for (const role of model.roles) {
    g.setNode(role.slug, { width: NODE_WIDTH, height: NODE_HEIGHT })
    g.setParent(role.slug, `family:${role.category}`)
  }
  const known = new Set(model.roles.map((r) => r.slug))
  const drawn = model.moves.filter((m) => known.has(m.from) && known.has(m.to) && m.from !== m.to)
  for (const m of drawn) g.setEdge(m.from, m.to)
  dagre.layout(g)
  const graph = g.graph()
  const nodes = model.roles.map((r) => {
    const n = g.node(r.slug)
    return { slug: r.slug, name: r.name, track: r.track?.slug ?? null, x: n.x, y: n.y }
  })
  const clusters = families.map((family) => {
    const c = g.node(`family:${family}`)
    return { id: family, label: familyLabel(family), x: c.x - c.width / 2, y: c.y - c.height / 2, width: c.width, height: c.height }
  })
  const edges = drawn.map((m) => ({
    from: m.from, to: m.to, basis: (m.source ? 'source' : 'listed') as MoveBasis,
    points: (g.edge(m.from, m.to)?.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })),
  }))
  return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes, clusters, edges }
}
