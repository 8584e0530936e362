import type { SkillVector } from '@/lib/types'

/**
 * The cost of a move: the effort to raise one set of skill levels to what a role needs.
 *
 * With A's level a(s) (a role's levels, or a person's, fractional from the quiz), B's needed level n(s) and T the
 * top of the scale:
 *
 *   w(s)        = n(s) / T                       a skill B needs at a high level weighs more
 *   gap(s)      = max(0, n(s) − a(s))            going beyond a need earns nothing back
 *   cost(A → B) = Σ_s w(s) · gap(s)              = Σ_s n(s) · max(0, n(s) − a(s)) / T
 *
 * Example on a 0–4 scale: B needs kubernetes at 3 and A has 1, so that term is 3/4 × 2 = 1.5. A skill B needs at
 * 4 that A lacks entirely costs 4, the most any single skill can. Costs are not symmetric: moving to a role with
 * modest needs is cheap, moving back from it is not. Each term is one skill's "impact", which orders the skills to
 * raise on a step.
 */
export type SkillGap = { skill: string; from: number; to: number; impact: number }
export type MoveCost = { cost: number; gaps: SkillGap[] }

export function moveCost(from: SkillVector, to: SkillVector, top: number): MoveCost {
  if (!(top > 0)) throw new RangeError('The top of the scale must be above 0.')
  const gaps: SkillGap[] = []
  for (const [skill, need] of Object.entries(to)) {
    const have = Math.max(0, from[skill] ?? 0)
    if (need <= 0 || have >= need) continue
    gaps.push({ skill, from: have, to: need, impact: (need / top) * (need - have) })
  }
  gaps.sort((x, y) => y.impact - x.impact || x.skill.localeCompare(y.skill))
  return { cost: roundCost(gaps.reduce((sum, g) => sum + g.impact, 0)), gaps }
}

// Costs are sums of quarters (or finer for quiz levels); rounding keeps route totals comparable without float noise.
export const roundCost = (x: number) => Math.round(x * 1e6) / 1e6
