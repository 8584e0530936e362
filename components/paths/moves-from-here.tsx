import { namedMoves, nearestMoves, NEAREST_SHOWN } from '@/lib/paths/nearest'
import { getMoveGraph, getPathsModel } from '@/lib/queries/paths'
import { MoveList } from './nearest-list'

/** The role page's "Moves from here": the nearest moves by cost, and every move the content names. */
export async function MovesFromHere({ slug, name }: { slug: string; name: string }) {
  const [model, graph] = await Promise.all([getPathsModel(), getMoveGraph()])
  const near = nearestMoves(graph, model, { kind: 'role', slug })
  const named = namedMoves(graph, slug)
  return (
    <div className="grid gap-3 sm:grid-cols-2" data-testid="moves-from-here">
      <div className="card">
        <h3 className="font-semibold">The {NEAREST_SHOWN} nearest moves</h3>
        <p className="text-sm text-muted">Cheapest first: the effort to raise a {name}’s levels to what each role needs.</p>
        <MoveList moves={[...near.named, ...near.bySkills].sort((a, b) => a.cost - b.cost)} from={slug} empty="No other roles." />
      </div>
      <div className="card">
        <h3 className="font-semibold">Moves named in the profiles</h3>
        <MoveList moves={named} from={slug} empty="No source names a move out of this role; the nearest moves are by skills alone." />
      </div>
    </div>
  )
}
