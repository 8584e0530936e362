import type { MoveGraph } from '@/lib/paths/graph'
import { routePath } from '@/lib/paths/format'
import { QUIZ_START } from '@/lib/paths/request'
import { findRoutes } from '@/lib/paths/routes'
import type { PathsModel, Start } from '@/lib/paths/types'

/**
 * The career-move route behind a gap plan: for each target role, the /paths page of the best route from where the
 * person starts (their current role, or their quiz result) when such a route exists, and for each skill the move
 * on that route that raises it. No start, or no route, means no link: a link never leads to "nothing leads there".
 */
export type StepMove = {
  href: string
  /** "DevOps Engineer → MLOps Engineer": the whole route, for the link's words. */
  route: string
  /** Skill slug → the move on the route that raises it ("DevOps Engineer → MLOps Engineer"). */
  raises: Record<string, string>
}

/** Where a gap plan's moves start: a role slug, or the quiz result with its code. */
export type MoveStart = { kind: 'role'; slug: string } | { kind: 'quiz'; code: string; levels: Record<string, number> }

export function stepMoves(graph: MoveGraph, model: PathsModel, from: MoveStart | null, targets: string[]): Record<string, StepMove> {
  if (!from) return {}
  const start: Start = from.kind === 'role' ? { kind: 'role', slug: from.slug } : { kind: 'profile', name: 'your quiz result', levels: from.levels }
  const moves: Record<string, StepMove> = {}
  for (const target of targets) {
    const found = findRoutes(graph, model, start, target)
    const best = found.ok ? found.routes[0] : undefined
    if (!best || best.steps.length === 0) continue
    const raises: Record<string, string> = {}
    for (const step of best.steps) {
      for (const r of step.raise) raises[r.skill] ??= `${step.fromName} → ${step.toName}`
    }
    moves[target] = {
      href: from.kind === 'role' ? routePath(from.slug, target) : routePath(QUIZ_START, target, from.code),
      route: [best.steps[0]!.fromName, ...best.steps.map((s) => s.toName)].join(' → '),
      raises,
    }
  }
  return moves
}
