import { describe, expect, it } from 'vitest'
import { layoutMap, NODE_HEIGHT, NODE_WIDTH } from '@/lib/paths/map-layout'
import { pathsFixture as model } from '../fixtures/paths-model'

describe('the map layout', () => {
  it('puts every role inside its family box and draws each listed move from its role to the next', async () => {
    const layout = await layoutMap(model, (family) => `Family ${family}`)
    expect(layout.nodes.map((n) => n.slug)).toEqual(model.roles.map((r) => r.slug))
    for (const node of layout.nodes) {
      const family = model.roles.find((r) => r.slug === node.slug)!.category
      const box = layout.clusters.find((c) => c.id === family)!
      expect(box.label).toBe(`Family ${family}`)
      expect(node.x - NODE_WIDTH / 2).toBeGreaterThanOrEqual(box.x)
      expect(node.x + NODE_WIDTH / 2).toBeLessThanOrEqual(box.x + box.width)
      expect(node.y - NODE_HEIGHT / 2).toBeGreaterThanOrEqual(box.y)
      expect(node.y + NODE_HEIGHT / 2).toBeLessThanOrEqual(box.y + box.height)
    }
    const at = new Map(layout.nodes.map((n) => [n.slug, n]))
    const touches = (p: { x: number; y: number }, slug: string) =>
      Math.abs(p.x - at.get(slug)!.x) <= NODE_WIDTH / 2 + 1 && Math.abs(p.y - at.get(slug)!.y) <= NODE_HEIGHT / 2 + 1
    expect(layout.edges.map((e) => [e.from, e.to, e.basis])).toEqual([['analyst', 'bridge', 'source'], ['bridge', 'goal', 'listed']])
    for (const e of layout.edges) {
      expect(touches(e.points[0]!, e.from)).toBe(true)
      expect(touches(e.points.at(-1)!, e.to)).toBe(true)
    }
    expect(layout.width).toBeGreaterThan(NODE_WIDTH)
  })
})
