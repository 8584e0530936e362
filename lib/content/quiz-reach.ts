/**
 * Which skill levels can the quiz ever evidence?
 *
 * The quiz scores a skill as the weight-averaged level of every evidence item, over all chosen options, that
 * names the skill (lib/scoring/profile.ts). Every question is answered with exactly one option; an option that
 * says nothing about a skill (a "Not sure" option, or one about other skills) adds nothing to it. So the best
 * level a person can reach in skill s is the largest weighted mean
 *
 *   R* = max over one option o_q per question, with Σ_q W_q > 0, of  Σ_q Σ_e w_e·l_e / Σ_q W_q
 *
 * where e runs over the evidence of o_q that names s and W_q = Σ_e w_e. A ratio of sums is not additive, so the
 * per-question choice is found by a fractional (Dinkelbach-style) search: for a trial level t a selection can
 * reach mean ≥ t exactly when Σ_q c_q(t) ≥ 0 with c_q(t) = Σ_e w_e·(l_e − t). Per question the best choice is the
 * option with the largest c_q(t) (0 for an option without evidence on s), and the condition is monotone in t,
 * so a binary search on t over 0–4 converges to R*. One correction keeps the mean defined: when every question's
 * best choice is "no evidence", the search swaps in the single evidence-giving option that costs least.
 *
 * `reachableLevels` returns R* per skill (skills no option names are absent); `unreachableNeeds` lists every
 * role skill needed at `minNeed` or more that no honest set of answers can reach, for a content check to report
 * with the role's file and line. Both are pure.
 */

export type ReachEvidence = { skill: string; level: number; weight: number }
export type ReachQuestion = { slug: string; options: Array<{ id: string; evidence: ReachEvidence[] }> }
export type ReachRole = { slug: string; skills: Array<{ skill: string; level: number }> }
export type UnreachableNeed = { role: string; skill: string; need: number; best: number | null }

const EPSILON = 1e-9

type Choice = { weight: number; gain: (t: number) => number }

function choices(question: ReachQuestion, skill: string): Choice[] {
  return question.options.map((option) => {
    const items = option.evidence.filter((e) => e.skill === skill)
    return {
      weight: items.reduce((sum, e) => sum + e.weight, 0),
      gain: (t: number) => items.reduce((sum, e) => sum + e.weight * (e.level - t), 0),
    }
  })
}

/** Can some selection (with evidence on the skill) reach a weighted mean of at least t? */
function reaches(perQuestion: Choice[][], t: number): boolean {
  const best = perQuestion.map((options) => Math.max(...options.map((o) => o.gain(t))))
  const total = best.reduce((a, b) => a + b, 0)
  const chosenWeight = perQuestion.some((options, q) => options.some((o) => o.weight > 0 && o.gain(t) === best[q]))
  if (chosenWeight) return total >= -EPSILON
  // Every best choice was "no evidence": force the one evidence-giving option that loses least.
  let forced = -Infinity
  perQuestion.forEach((options, q) => {
    for (const o of options) if (o.weight > 0) forced = Math.max(forced, total - best[q]! + o.gain(t))
  })
  return forced >= -EPSILON
}

export function maxReachableLevel(questions: ReachQuestion[], skill: string): number | null {
  const perQuestion = questions.map((q) => choices(q, skill)).filter((options) => options.length > 0)
  if (!perQuestion.some((options) => options.some((o) => o.weight > 0))) return null
  let low = 0
  let high = 4
  if (reaches(perQuestion, high)) return high
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2
    if (reaches(perQuestion, mid)) low = mid
    else high = mid
  }
  // Rounded so that a reachable 3 reads as 3, not 2.9999999.
  return Math.round(low * 1e6) / 1e6
}

export function reachableLevels(questions: ReachQuestion[]): Map<string, number> {
  const skills = new Set(questions.flatMap((q) => q.options.flatMap((o) => o.evidence.map((e) => e.skill))))
  const levels = new Map<string, number>()
  for (const skill of [...skills].sort()) {
    const best = maxReachableLevel(questions, skill)
    if (best !== null) levels.set(skill, best)
  }
  return levels
}

export function unreachableNeeds(questions: ReachQuestion[], roles: ReachRole[], minNeed = 3): UnreachableNeed[] {
  const levels = reachableLevels(questions)
  const gaps: UnreachableNeed[] = []
  for (const role of roles) {
    for (const { skill, level: need } of role.skills) {
      if (need < minNeed) continue
      const best = levels.get(skill) ?? null
      if (best === null || best < need - 1e-6) gaps.push({ role: role.slug, skill, need, best })
    }
  }
  return gaps
}
