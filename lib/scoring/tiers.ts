import type { SkillVector } from '@/lib/types'
import { fitBreakdown } from './fit'
import type { FitTarget, RoleFit, SeparatingSkill, Tier, TieredRole } from './types'

/**
 * Tiers of the role ranking, and what separates the top two. Pure.
 *
 * Scores are whole points 0–100 (./fit.ts). Meeting every need one level short scores about 80, two levels
 * short about 55, and quiz profiles (fractional, spread over few skills) usually top out between 45 and 75 with
 * a dozen roles packed within ten points of the best. So a tier looks at both the score and the distance from
 * the best score:
 *
 *   fit now       score ≥ FIT_NOW_MIN and best − score ≤ FIT_NOW_SPREAD, at most FIT_NOW_MAX roles
 *   within reach  score ≥ REACH_MIN and best − score ≤ REACH_SPREAD (and not fit now)
 *   further away  everything else
 *
 * FIT_NOW_MIN = 50: half the weighted need met with no big gap; below it nothing "fits now", however it ranks.
 * FIT_NOW_SPREAD = 3: one quiz answer moves a score by about that much, so roles closer than this to the best
 * are a tie in all but name. FIT_NOW_MAX = 3: a verdict that names more roles decides nothing. Roles with the same
 * score are never split between tiers: when the cap falls inside a group of equal scores, that group stays out of
 * "fit now", unless it is the whole of it (every candidate tied), in which case all of them fit now. REACH_MIN = 35 and REACH_SPREAD = 12: about one skill level
 * short on the needs that matter, the distance one gap plan closes.
 *
 * When the top two are within CLOSE_CALL points the verdict says what separates them: the skills where the
 * two roles' needs differ and which move the difference most. Every point of fit a profile misses on a role is
 * lost on one skill, either a shortfall on a need or a skill the role leaves unused (./fit.ts), so
 * fit(A) − fit(B) = Σ over skills of lost(B, s) − lost(A, s) exactly; a skill's share of that sum is what it
 * does to the choice. The SEPARATING_MAX largest shares of at least SEPARATING_MIN points are shown.
 */
export const FIT_NOW_MIN = 50
export const FIT_NOW_SPREAD = 3
export const FIT_NOW_MAX = 3
export const REACH_MIN = 35
export const REACH_SPREAD = 12
export const CLOSE_CALL = 3
export const SEPARATING_MAX = 3
export const SEPARATING_MIN = 0.5

export const TIER_ORDER: readonly Tier[] = ['fit-now', 'within-reach', 'further-away']

/** Tiers for a ranking sorted best first (as matchProfile returns it). */
export function tierRoles(ranked: RoleFit[]): TieredRole[] {
  const best = ranked[0]?.score ?? 0
  const candidates = ranked.filter((r) => r.score >= FIT_NOW_MIN && best - r.score <= FIT_NOW_SPREAD).length
  const fitNow = fitNowCount(ranked.slice(0, candidates).map((r) => r.score))
  return ranked.map((role, i) => {
    const gap = best - role.score
    const tier: Tier = i < fitNow ? 'fit-now' : role.score >= REACH_MIN && gap <= REACH_SPREAD ? 'within-reach' : 'further-away'
    return { ...role, tier }
  })
}

/** How many of the candidates (scores, best first) fit now: at most the cap, never splitting equal scores. */
function fitNowCount(scores: number[]): number {
  if (scores.length <= FIT_NOW_MAX) return scores.length
  let count = FIT_NOW_MAX
  while (count > 0 && scores[count - 1] === scores[count]) count--
  return count > 0 ? count : scores.length
}

const needOf = (target: FitTarget, skill: string) => target.needs.find((n) => n.skill === skill && n.weight > 0)?.level ?? 0

/** Percentage points lost per skill: shortfalls on needs and skills left unused. */
function lostBySkill(levels: SkillVector, target: FitTarget): Map<string, number> {
  const { shares, unused } = fitBreakdown(levels, target)
  const lost = new Map<string, number>()
  for (const s of [...shares, ...unused]) lost.set(s.skill, (lost.get(s.skill) ?? 0) + s.lost * 100)
  return lost
}

/** The skills that decide between roles `a` and `b` for this profile, the largest share first. */
export function separatingSkills(levels: SkillVector, a: FitTarget, b: FitTarget, names: Map<string, string>): SeparatingSkill[] {
  const lostA = lostBySkill(levels, a)
  const lostB = lostBySkill(levels, b)
  const skills = new Set([...a.needs, ...b.needs].map((n) => n.skill))
  const found: SeparatingSkill[] = []
  for (const skill of skills) {
    const needs: [number, number] = [needOf(a, skill), needOf(b, skill)]
    if (needs[0] === needs[1]) continue
    const delta = (lostB.get(skill) ?? 0) - (lostA.get(skill) ?? 0)
    if (Math.abs(delta) < SEPARATING_MIN) continue
    found.push({
      skill,
      name: names.get(skill) ?? skill,
      have: Math.max(0, levels[skill] ?? 0),
      needs,
      favours: delta > 0 ? a.slug : b.slug,
      points: Math.round(Math.abs(delta) * 10) / 10,
    })
  }
  return found.sort((x, y) => y.points - x.points || x.skill.localeCompare(y.skill)).slice(0, SEPARATING_MAX)
}
