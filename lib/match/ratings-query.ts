import type { ScoringSkill } from '@/lib/scoring/types'
import { matchQuerySchema } from './match-schemas'

export type MatchQuery = { ratings: Record<string, number>; problem: string | null }

/**
 * The matcher page's query string → ratings. Anything wrong (an unknown skill, a level outside 0–4, a skill
 * given twice) is reported in words rather than thrown; the valid ratings are kept so the form can show them.
 */
export function parseMatchQuery(params: Record<string, string | string[] | undefined>, skills: ScoringSkill[]): MatchQuery {
  const names = new Map(skills.map((s) => [s.slug, s.name]))
  const ratings: Record<string, number> = {}
  const problems: string[] = []
  const single: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue
    if (Array.isArray(value)) problems.push(`"${key}" is given more than once.`)
    else single[key] = value
  }
  const parsed = matchQuerySchema(skills).safeParse(single)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') problems.push(...issue.keys.map((k) => `"${k}" is not a skill in the matrix.`))
      else {
        const key = String(issue.path[0] ?? '')
        problems.push(`${names.get(key) ?? key}: "${single[key] ?? ''}" is not a level; levels go from 0 to 4.`)
      }
    }
  }
  for (const [key, value] of Object.entries(single)) {
    if (names.has(key) && /^[0-4]$/.test(value)) ratings[key] = Number(value)
  }
  return { ratings, problem: problems.length ? problems.slice(0, 3).join(' ') : null }
}
