import { scoreLevels } from './score'
import type { Snapshot } from './schema'
import type { ScoringModel } from '@/lib/scoring/types'

/**
 * How fits moved across saves, for the profile's history: the followed role's fit at every snapshot (the target,
 * else the best fit at the last save), and between the last two saves the fit of that role and of the top roles.
 * Pure; each snapshot is scored with the same code as everything else.
 */
export const TOP_MOVED = 3

export type FitMove = { slug: string; name: string; before: number; after: number }
export type Progress = { role: { slug: string; name: string }; points: Array<{ at: string; fit: number }>; moved: FitMove[] }

export function profileProgress(history: Snapshot[], model: ScoringModel, target: string | null): Progress | null {
  const scored = history.map((s) => ({ at: s.at, roles: scoreLevels(s.levels, model).roles }))
  const last = scored.at(-1)
  if (!last) return null
  const followed = last.roles.find((r) => r.slug === target) ?? last.roles[0]
  if (!followed) return null
  const fitOf = (roles: typeof last.roles, slug: string) => roles.find((r) => r.slug === slug)?.score ?? 0
  const previous = scored.at(-2)
  const watched = [followed.slug, ...last.roles.map((r) => r.slug).filter((s) => s !== followed.slug).slice(0, TOP_MOVED)]
  return {
    role: { slug: followed.slug, name: followed.name },
    points: scored.map((s) => ({ at: s.at, fit: fitOf(s.roles, followed.slug) })),
    moved: previous
      ? watched.map((slug) => ({ slug, name: last.roles.find((r) => r.slug === slug)?.name ?? slug, before: fitOf(previous.roles, slug), after: fitOf(last.roles, slug) }))
      : [],
  }
}
