import type { Corpus } from './load'
import type { Problem } from './problems'
import { unreachableNeeds } from './quiz-reach'

/** Needs at this level or above must be reachable: below it a role's fit does not depend on them. */
export const MIN_REACHABLE_NEED = 3

/**
 * Every skill a role needs at 3 or more must be one some set of quiz answers can evidence at that level, or no
 * one taking the quiz could ever match the role fully. Reported at the role's `skills[i].level`. Pure.
 */
export function checkQuizReach(corpus: Corpus): Problem[] {
  // A broken quiz or a level off the scale is reported by the reference and scale checks; reach is judged once
  // those pass, so one mistake is not reported twice.
  const skills = new Set(corpus.skills.map((s) => s.slug))
  const top = Math.max(0, ...corpus.scale.map((s) => s.data.level))
  const quizBroken = corpus.quiz.some((q) => q.data.options.some((o) => o.evidence.some((e) => !skills.has(e.skill))))
  if (quizBroken) return []
  const questions = corpus.quiz.map(({ data }) => ({ slug: data.slug, options: data.options }))
  const roles = corpus.roles.map(({ data }) => ({ slug: data.slug, skills: data.skills }))
  const problems: Problem[] = []
  for (const gap of unreachableNeeds(questions, roles, MIN_REACHABLE_NEED)) {
    const role = corpus.roles.find((r) => r.slug === gap.role)
    const index = role?.data.skills.findIndex((s) => s.skill === gap.skill) ?? -1
    if (!role || index < 0 || !skills.has(gap.skill) || gap.need > top) continue
    const best = gap.best === null ? 'no quiz answer speaks about it' : `the best any set of answers reaches is ${Number(gap.best.toFixed(2))}`
    problems.push({
      file: role.file,
      ...role.locate(['skills', index, 'level']),
      message: `field "skills[${index}].level": the quiz cannot reach level ${gap.need} in "${gap.skill}" (${best})`,
    })
  }
  return problems
}
