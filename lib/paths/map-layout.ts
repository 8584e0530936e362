import ELK from 'elkjs/lib/elk.bundled.js'
import type { ElkNode } from 'elkjs/lib/elk-api'
import type { MoveBasis, PathsModel } from './types'

/**
 * The map of the field, laid out by ELK's layered algorithm (top to bottom, orthogonal edges): each role is a box
 * inside its family's box, and each move the content names (by a source or, dashed, as the project's reading) is
 * an arrow. ELK lays out the families and the moves between them together (hierarchy handling), which keeps arrows
 * out of the boxes they do not touch. Moves near by skills alone are left off: with three per role they would
 * hide the named ones. No I/O: the page computes the layout on the server and draws it as SVG.
 */
export const NODE_WIDTH = 196
export const NODE_HEIGHT = 34

export type Point = { x: number; y: number }
export type MapNode = { slug: string; name: string; track: string | null; x: number; y: number }
export type MapCluster = { id: string; label: string; x: number; y: number; width: number; height: number }
export type MapEdge = { from: string; to: string; basis: MoveBasis; points: Point[] }
export type MapLayout = { width: number; height: number; nodes: MapNode[]; clusters: MapCluster[]; edges: MapEdge[] }

const elk = new ELK()

export async function layoutMap(model: PathsModel, familyLabel: (family: string) => string, direction: 'RIGHT' | 'DOWN' = 'DOWN'): Promise<MapLayout> {
  const families = [...new Set(model.roles.map((r) => r.category))]
  const known = new Set(model.roles.map((r) => r.slug))
  const drawn = model.moves.filter((m) => known.has(m.from) && known.has(m.to) && m.from !== m.to)
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction,
      // Every edge's points in the map's own coordinates, wherever ELK files the edge.
      'elk.json.edgeCoords': 'ROOT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '14',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.padding': '[top=8,left=8,bottom=8,right=8]',
    },
    children: families.map((family) => ({
      id: `family:${family}`,
      layoutOptions: { 'elk.padding': '[top=30,left=12,bottom=12,right=12]' },
      children: model.roles.filter((r) => r.category === family).map((r) => ({ id: r.slug, width: NODE_WIDTH, height: NODE_HEIGHT })),
    })),
    edges: drawn.map((m, i) => ({ id: `move-${i}`, sources: [m.from], targets: [m.to] })),
  }
  const out = await elk.layout(graph)
  const nodes: MapNode[] = []
  const clusters: MapCluster[] = []
  for (const c of out.children ?? []) {
    const family = c.id.replace(/^family:/, '')
    const [cx, cy] = [c.x ?? 0, c.y ?? 0]
    clusters.push({ id: family, label: familyLabel(family), x: cx, y: cy, width: c.width ?? 0, height: c.height ?? 0 })
    for (const n of c.children ?? []) {
      const role = model.roles.find((r) => r.slug === n.id)
      if (role) nodes.push({ slug: role.slug, name: role.name, track: role.track?.slug ?? null, x: cx + (n.x ?? 0) + NODE_WIDTH / 2, y: cy + (n.y ?? 0) + NODE_HEIGHT / 2 })
    }
  }
  // Edges declared on the root come back in the root's coordinates.
  const edges = drawn.map((m, i): MapEdge => {
    const section = out.edges?.find((e) => e.id === `move-${i}`)?.sections?.[0]
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : []
    return { from: m.from, to: m.to, basis: m.source ? 'source' : 'listed', points: points.map((p) => ({ x: p.x, y: p.y })) }
  })
  const order = new Map(model.roles.map((r, i) => [r.slug, i]))
  nodes.sort((a, b) => (order.get(a.slug) ?? 0) - (order.get(b.slug) ?? 0))
  return { width: Math.ceil(out.width ?? 0), height: Math.ceil(out.height ?? 0), nodes, clusters, edges }
}
