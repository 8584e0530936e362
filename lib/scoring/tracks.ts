import { trackLabel } from '@/lib/browse/labels'
import { fitBreakdown } from './fit'
import type { RoleFit, TrackFit, TrackTarget } from './types'
import type { SkillVector } from '@/lib/types'

/**
 * Track fits, derived from the roles on each track so that the track verdict and the role ranking never
 * contradict each other (see "Tracks" in ./fit.ts).
 *
 * A track's score is the score of its best role, leaving out the person's current role (that is where they are,
 * not a move). Its explanation (strengths, gaps, gap plan) is that role's, named in `via`, so the points still add
 * up to the score. Tracks are ordered as their best roles are in the role ranking, so the first track is always
 * the track of the best role that is on one; a track with no role left to score gets 0 and comes last, ordered by
 * its own weighted skill vector, then by slug.
 */
export function trackFits(levels: SkillVector, tracks: TrackTarget[], roles: RoleFit[], current: string | null): TrackFit[] {
  const fits = tracks.map((track) => {
    const best = roles.find((r) => r.track === track.slug && r.slug !== current)
    const own = fitBreakdown(levels, track).fit
    const base = best
      ? { score: best.score, strengths: best.strengths, gaps: best.gaps, unused: best.unused, gapPlan: best.gapPlan }
      : { score: 0, strengths: [], gaps: [], unused: [], gapPlan: [] }
    const fit: TrackFit = {
      slug: track.slug,
      name: track.name,
      ...base,
      order: track.order,
      label: trackLabel(track),
      via: best ? { slug: best.slug, name: best.name } : null,
    }
    // `roles` is sorted best first (exact fits, ties by slug), so a track's first role is its best.
    return { fit, rank: best ? roles.indexOf(best) : Number.POSITIVE_INFINITY, own }
  })
  return fits
    .sort((a, b) => a.rank - b.rank || b.own - a.own || a.fit.slug.localeCompare(b.fit.slug))
    .map((f) => f.fit)
}
