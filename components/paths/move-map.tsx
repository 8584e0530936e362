import { NODE_HEIGHT, NODE_WIDTH, type MapLayout } from '@/lib/paths/map-layout'

type Props = { layout: MapLayout; highlight: Array<{ from: string; to: string }>; tracks: Array<{ slug: string; name: string }> }

const key = (from: string, to: string) => `${from}>${to}`
const pathOf = (points: Array<{ x: number; y: number }>) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')
// Track 1 draws its boxes in the accent colour, track 2 in the second colour, roles on no track in the line colour.
const trackClass = ['stroke-accent', 'stroke-second']

/** The map as inline SVG: no client JavaScript. Wide, so it scrolls inside its own box on a small screen. */
export function MoveMap({ layout, highlight, tracks }: Props) {
  const lit = new Set(highlight.map((h) => key(h.from, h.to)))
  const drawn = new Set(layout.edges.map((e) => key(e.from, e.to)))
  const at = new Map(layout.nodes.map((n) => [n.slug, n]))
  const extra = highlight.filter((h) => !drawn.has(key(h.from, h.to)) && at.has(h.from) && at.has(h.to))
  const stroke = (track: string | null) => trackClass[tracks.findIndex((t) => t.slug === track)] ?? 'stroke-muted'
  return (
    <div className="relative">
      <p className="mb-1 text-sm text-muted lg:hidden">Scroll sideways to see the whole map →, or <a href="#map-list" className="ulink">read it as a list</a>.</p>
      <div className="overflow-x-auto rounded-lg border border-line bg-surface" tabIndex={0} role="region" aria-label="Map of career moves (scrolls sideways)">
        <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-labelledby="map-title" className="block h-auto max-w-none lg:max-w-full">
          <title id="map-title">Roles grouped by family, with arrows for the moves the profiles name</title>
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="fill-muted" />
            </marker>
            <marker id="arrow-lit" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="fill-warn" />
            </marker>
          </defs>
          {layout.clusters.map((c) => (
            <g key={c.id}>
              <rect x={c.x} y={c.y} width={c.width} height={c.height} rx={10} className="fill-raised stroke-line" strokeWidth={1} />
              <text x={c.x + 10} y={c.y + 16} className="fill-muted text-[12px] font-semibold">{c.label}</text>
            </g>
          ))}
          {layout.edges.map((e) => {
            const isLit = lit.has(key(e.from, e.to))
            return (
              <path key={key(e.from, e.to)} d={pathOf(e.points)} fill="none" strokeWidth={isLit ? 3 : 1.2} strokeDasharray={e.basis === 'listed' ? '5 4' : undefined}
                className={isLit ? 'stroke-warn' : 'stroke-muted opacity-70'} markerEnd={`url(#${isLit ? 'arrow-lit' : 'arrow'})`} data-lit={isLit || undefined} />
            )
          })}
          {extra.map((h) => {
            const a = at.get(h.from)!
            const b = at.get(h.to)!
            const dx = b.x - a.x
            const end = { x: b.x - Math.sign(dx || 1) * (NODE_WIDTH / 2), y: b.y }
            return <path key={key(h.from, h.to)} d={pathOf([{ x: a.x + Math.sign(dx || 1) * (NODE_WIDTH / 2), y: a.y }, end])} fill="none" strokeWidth={3} strokeDasharray="2 4" className="stroke-warn" markerEnd="url(#arrow-lit)" data-lit />
          })}
          {layout.nodes.map((n) => {
            const onRoute = highlight.some((h) => h.from === n.slug || h.to === n.slug)
            return (
              <a key={n.slug} href={`/roles/${n.slug}`} aria-label={n.name}>
                <rect x={n.x - NODE_WIDTH / 2} y={n.y - NODE_HEIGHT / 2} width={NODE_WIDTH} height={NODE_HEIGHT} rx={6}
                  className={`fill-surface ${onRoute ? 'stroke-warn' : stroke(n.track)}`} strokeWidth={onRoute ? 3 : 2} strokeDasharray={n.track ? undefined : '4 3'} />
                <text x={n.x} y={n.y + 4} textAnchor="middle" className="fill-ink text-[12.5px] font-medium">{n.name}</text>
              </a>
            )
          })}
        </svg>
      </div>
    </div>
  )
}
