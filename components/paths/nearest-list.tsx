import { formatCost, routePath } from '@/lib/paths/format'
import type { NearMove } from '@/lib/paths/types'
import { MoveBasisNote } from './move-basis'

/** A list of moves, each linking to its role page and to the route that gets there; styled from `items` (app/repeated-parts.css). */
export function MoveList({ moves, from, code, empty }: { moves: NearMove[]; from: string; code?: string; empty: string }) {
  if (moves.length === 0) return <p className="mt-2 text-sm text-muted">{empty}</p>
  return (
    <ul className="items moves">
      {moves.map((m) => (
        <li key={m.slug}>
          <a href={`/roles/${m.slug}`}>{m.name}</a> <span className="cost">cost {formatCost(m.cost)}</span>{' '}
          <a href={routePath(from, m.slug, code)} className="ulink text-sm" aria-label={`Route to ${m.name}`}>route</a>
          <small><MoveBasisNote basis={m.basis} source={m.source} /></small>
        </li>
      ))}
    </ul>
  )
}
