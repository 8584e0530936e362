import { formatCost, routePath } from '@/lib/paths/format'
import type { NearMove } from '@/lib/paths/types'
import { MoveBasisNote } from './move-basis'

/** A list of moves, each linking to its role page and to the route that gets there. */
export function MoveList({ moves, from, code, empty }: { moves: NearMove[]; from: string; code?: string; empty: string }) {
  if (moves.length === 0) return <p className="mt-2 text-sm text-muted">{empty}</p>
  return (
    <ul className="mt-2 space-y-2">
      {moves.map((m) => (
        <li key={m.slug}>
          <a href={`/roles/${m.slug}`} className="font-medium text-accent underline-offset-2 hover:underline">{m.name}</a>{' '}
          <span className="text-sm text-muted tabular-nums">cost {formatCost(m.cost)}</span>{' '}
          <a href={routePath(from, m.slug, code)} className="text-sm text-accent underline underline-offset-2" aria-label={`Route to ${m.name}`}>route</a>
          <span className="block"><MoveBasisNote basis={m.basis} source={m.source} /></span>
        </li>
      ))}
    </ul>
  )
}
