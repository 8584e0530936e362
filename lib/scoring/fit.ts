import type { SkillVector } from '@/lib/types'
import type { FitTarget, Need } from './types'

/**
 * How well a profile fits a role or track (0–1), split skill by skill.
 *
 * Every need has a level r (0–4) and an importance w: for a role w = r (the skills it needs at a high level
 * count most); for a track's own skills w = the track's weight × r. With p = the person's level:
 *
 *   coverage = Σ w·min(p, r) / Σ w·r              how much of the weighted need is met (linear)
 *   gap      = Σ w·(r − min(p, r))² / Σ w·r²      squared shortfall: one big gap costs more than two small ones
 *   base     = (coverage + λ·(1 − gap)) / (1 + λ)
 *   unused   = U / (U + Σ min(p, r))              U = Σ p over skills the target does not need at all
 *   fit      = base × (1 − μ·unused)              λ = 1, μ = 0.5
 *
 * An empty profile scores 0 and meeting every need with nothing left over scores 1. The unused factor keeps
 * a role with modest needs from topping everyone's list just because it is easy to cover: a role that would
 * leave half of what you know idle fits you less than one that uses all of it. Going beyond a need earns
 * nothing and costs nothing, so raising a skill the target needs never lowers its fit (monotone); only
 * skills it does not need at all count as unused.
 *
 * The result splits into points: each needed skill earns `earned` (scaled by the unused factor) and misses
 * `lost`; the unused factor's cost is shared among the unused skills in proportion to their level.
 * Earned points add up to the fit, lost and unused points to 1 − fit.
 *
 * Tracks: a track's fit is its best role's fit (./tracks.ts), not this formula applied to the track's own
 * weighted skills. Scored on its own skills a track could win while the best role belonged to the other track
 * (a mixed profile put one track at 50 and the other at 20 while the other's role led the ranking), and a
 * verdict that names a track and a role from different tracks decides nothing. The track's own skills only
 * order tracks that have no role left to score. The person's current role is never the move, so it counts
 * neither in the "next" ranking nor toward its track.
 *
 * Tiers (fit now, within reach, further away) and the close-call rule are in ./tiers.ts, next to their
 * thresholds; the one-sentence verdict in ./verdict.ts.
 */
export const GAP_LAMBDA = 1
export const UNUSED_MU = 0.5

export type SkillShare = { skill: string; have: number; need: number; earned: number; lost: number }
export type UnusedShare = { skill: string; have: number; lost: number }
export type FitBreakdown = { fit: number; shares: SkillShare[]; unused: UnusedShare[] }

type Weighted = Need & { importance: number }
/** A breakdown plus what it takes to re-score the same profile with one needed skill raised. */
export type FitAnalysis = FitBreakdown & { raisedFit: (skill: string, to: number) => number }

export function fitBreakdown(levels: SkillVector, target: FitTarget): FitBreakdown {
  const { fit, shares, unused } = fitAnalysis(levels, target)
  return { fit, shares, unused }
}

/**
 * The breakdown, and `raisedFit(skill, to)`: the fit if that one skill were at level `to`, everything else
 * unchanged. Raising a needed skill leaves the unused skills alone, so it re-sums only the needs, in the same
 * order and with the same arithmetic as a full breakdown of the changed profile, and gives the identical number
 * for a fraction of the work; the gap plan asks this for every missing skill of every role and track.
 */
export function fitAnalysis(levels: SkillVector, target: FitTarget): FitAnalysis {
  const needs: Weighted[] = []
  for (const n of target.needs) if (n.level > 0 && n.weight > 0) needs.push({ ...n, importance: n.weight * n.level })
  const linear = needs.reduce((sum, n) => sum + n.importance * n.level, 0)
  const squared = needs.reduce((sum, n) => sum + n.importance * n.level * n.level, 0)
  if (linear === 0) return { fit: 0, shares: [], unused: [], raisedFit: () => 0 }
  const level = (skill: string) => Math.max(0, levels[skill] ?? 0)
  const norm = 1 + GAP_LAMBDA
  const earnedAt = (n: Weighted, have: number) => {
    const gap = n.level - have
    return (n.importance * have / linear + GAP_LAMBDA * n.importance * (n.level ** 2 - gap ** 2) / squared) / norm
  }
  const raw = needs.map((n) => {
    const have = Math.min(level(n.skill), n.level)
    const gap = n.level - have
    const lost = (n.importance * gap / linear + GAP_LAMBDA * n.importance * gap ** 2 / squared) / norm
    return { skill: n.skill, have: level(n.skill), need: n.level, covered: have, earned: earnedAt(n, have), lost }
  })
  const base = raw.reduce((sum, s) => sum + s.earned, 0)
  const needed = new Set(needs.map((n) => n.skill))
  const idle = Object.keys(levels)
    .filter((skill) => !needed.has(skill) && level(skill) > 0)
    .sort()
  const idleMass = idle.reduce((sum, skill) => sum + level(skill), 0)
  const usedMass = raw.reduce((sum, s) => sum + s.covered, 0)
  const fitFrom = (baseSum: number, used: number) => {
    const unusedShare = idleMass > 0 ? idleMass / (idleMass + used) : 0
    const factor = 1 - UNUSED_MU * unusedShare
    return { factor, fit: Math.min(1, Math.max(0, baseSum * factor)) }
  }
  const { factor, fit } = fitFrom(base, usedMass)
  const shares = raw.map((s) => ({ skill: s.skill, have: s.have, need: s.need, earned: s.earned * factor, lost: s.lost }))
  const unusedCost = base * (1 - factor)
  const unused = idle.map((skill) => ({ skill, have: level(skill), lost: (unusedCost * level(skill)) / idleMass }))
  const raisedFit = (skill: string, to: number) => {
    if (!needed.has(skill)) return fitBreakdown({ ...levels, [skill]: to }, target).fit
    let raisedBase = 0
    let raisedUsed = 0
    for (let i = 0; i < needs.length; i++) {
      const n = needs[i]!
      const have = n.skill === skill ? Math.min(Math.max(0, to), n.level) : raw[i]!.covered
      raisedBase += n.skill === skill ? earnedAt(n, have) : raw[i]!.earned
      raisedUsed += have
    }
    return fitFrom(raisedBase, raisedUsed).fit
  }
  return { fit, shares, unused, raisedFit }
}
