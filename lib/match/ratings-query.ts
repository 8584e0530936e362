import { matchQuerySchema } from '@/lib/api/match-schemas'
import { formatLevel, topLevel } from '@/lib/levels'
import type { ScoringModel } from '@/lib/scoring/types'
import { CURRENT_PARAM, parseCurrentRole } from './current-role'

/** Sent by the matcher form without JavaScript, so an empty submission can be told from a first visit. */
export const SCORED_PARAM = 'scored'

export type RatingsQuery = { ratings: Record<string, number>; current: string | null; problem: string | null; scored: boolean }

/**
 * The matcher page's query string → ratings and the optional current role (./current-role.ts). Anything wrong (an unknown skill, a level outside the scale, a
 * skill given twice) is reported in words rather than thrown; the valid ratings are kept so the form can show them.
 */
export function parseRatingsQuery(params: Record<string, string | string[] | undefined>, model: ScoringModel): RatingsQuery {
  const names = new Map(model.skills.map((s) => [s.slug, s.name]))
  const levels = new Set(model.scale.map((l) => String(l.level)))
  const range = `levels go from ${formatLevel(model.scale, 0)} to ${formatLevel(model.scale, topLevel(model.scale))}`
  const ratings: Record<string, number> = {}
  const problems: string[] = []
  const single: Record<string, string> = {}
  const { current, problem: currentProblem } = parseCurrentRole(params[CURRENT_PARAM], model)
  if (currentProblem) problems.push(currentProblem)
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || key === CURRENT_PARAM || key === SCORED_PARAM) continue
    if (Array.isArray(value)) problems.push(`"${key}" is given more than once.`)
    else single[key] = value
  }
  const parsed = matchQuerySchema(model).safeParse(single)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') problems.push(...issue.keys.map((k) => `"${k}" is not a skill in the matrix.`))
      else {
        const key = String(issue.path[0] ?? '')
        problems.push(`${names.get(key) ?? key}: "${single[key] ?? ''}" is not a level; ${range}.`)
      }
    }
  }
  for (const [key, value] of Object.entries(single)) {
    if (names.has(key) && levels.has(value)) ratings[key] = Number(value)
  }
  return { ratings, current, problem: problems.length ? problems.slice(0, 3).join(' ') : null, scored: params[SCORED_PARAM] !== undefined }
}
