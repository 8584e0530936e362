import { PageIntro, Section } from '@/components/section'
import { roleCategoryLabel } from '@/lib/browse/labels'
import { layoutMap } from '@/lib/paths/map-layout'
import { pathsQuerySchema } from '@/lib/paths/request'
import { findRoutes } from '@/lib/paths/routes'
import { getMoveGraph, getPathsModel } from '@/lib/queries/paths'
import { routePath } from '@/lib/paths/format'
import { MoveBasisNote } from './move-basis'
import { MoveMap } from './move-map'

type Raw = Record<string, string | string[] | undefined>

/** /paths/map: the field as a map, a legend, the chosen route highlighted, and the same facts as a list. */
export async function MapView({ searchParams }: { searchParams: Raw }) {
  const [model, graph] = await Promise.all([getPathsModel(), getMoveGraph()])
  const layout = await layoutMap(model, (family) => roleCategoryLabel(family))
  const tracks = [...new Map(model.roles.flatMap((r) => (r.track ? [[r.track.slug, r.track]] as const : []))).values()]
  const parsed = pathsQuerySchema.safeParse(searchParams)
  const pair = parsed.success && parsed.data.from && parsed.data.to && graph.hasNode(parsed.data.from) && graph.hasNode(parsed.data.to) ? parsed.data : null
  const result = pair ? findRoutes(graph, model, { kind: 'role', slug: pair.from! }, pair.to!) : null
  const best = result?.ok ? result.routes[0] : undefined
  const highlight = best?.steps.map((s) => ({ from: s.from, to: s.to })) ?? []
  const name = (slug: string) => model.roles.find((r) => r.slug === slug)?.name ?? slug
  return (
    <div className="space-y-6">
      <PageIntro title="Map of career moves" lead="Every role, grouped by family, with an arrow for each move the role profiles name. Each box links to its role page." />
      {pair ? (
        <p className="rounded-lg border border-line bg-raised p-3" data-testid="map-route">
          {best
            ? <>Highlighted: the best route, {[name(pair.from!), ...best.steps.map((s) => s.toName)].join(' → ')}. <a className="ulink" href={routePath(pair.from!, pair.to!)}>See it step by step</a></>
            : result && !result.ok ? result.reason : null}
        </p>
      ) : (
        <p className="text-sm text-muted">To highlight a route, choose it on <a href="/paths" className="ulink">Career moves</a> and follow “See the map”.</p>
      )}
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Legend">
        {tracks.map((t, i) => <li key={t.slug}><span aria-hidden="true" className={`mr-1 inline-block h-3 w-5 rounded-sm border-2 align-middle ${i === 0 ? 'border-accent' : 'border-second'}`} />Track: {t.name}</li>)}
        <li><span aria-hidden="true" className="mr-1 inline-block h-3 w-5 rounded-sm border-2 border-dashed border-muted align-middle" />Not on a track</li>
        <li><span aria-hidden="true" className="mr-1 inline-block w-6 border-t-2 border-muted align-middle" />Named by a source</li>
        <li><span aria-hidden="true" className="mr-1 inline-block w-6 border-t-2 border-dashed border-muted align-middle" />Listed by the project (editorial)</li>
        {highlight.length > 0 ? <li><span aria-hidden="true" className="mr-1 inline-block w-6 border-t-4 border-warn align-middle" />The chosen route</li> : null}
      </ul>
      <MoveMap layout={layout} highlight={highlight} tracks={tracks} />
      <Section id="map-list" title="The same map as a list">
        <ul className="grid gap-3 sm:grid-cols-2">
          {layout.nodes.map((n) => {
            const out = layout.edges.filter((e) => e.from === n.slug)
            const role = model.roles.find((r) => r.slug === n.slug)
            return (
              <li key={n.slug} className="rounded-lg border border-line bg-surface p-3">
                <a href={`/roles/${n.slug}`} className="link font-semibold">{n.name}</a>
                <span className="note">{roleCategoryLabel(role?.category ?? '')} · {role?.track ? `Track: ${role.track.name}` : 'Not on a track'}</span>
                {out.length === 0 ? <p className="mt-1 text-sm text-muted">No named moves out.</p> : (
                  <ul className="mt-1 space-y-1 text-sm">
                    {out.map((e) => {
                      const move = model.moves.find((m) => m.from === e.from && m.to === e.to)
                      return <li key={e.to}>→ <a href={routePath(e.from, e.to)} className="underline underline-offset-2">{name(e.to)}</a>{highlight.some((h) => h.from === e.from && h.to === e.to) ? <strong> (on the chosen route)</strong> : null}{' '}<span className="cite text-sm"><MoveBasisNote basis={e.basis} source={move?.source ?? null} /></span></li>
                    })}
                  </ul>
                )}
              </li>
            )
          })}
        </ul>
      </Section>
    </div>
  )
}
