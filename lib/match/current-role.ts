import { z } from 'zod'
import type { ScoringModel } from '@/lib/scoring/types'

/** The query parameter that names the person's current role, on /match and /quiz/result. */
export const CURRENT_PARAM = 'current'

export type CurrentRole = { current: string | null; problem: string | null }

/**
 * `?current=<role slug>` → the role, validated against the model. Absent or empty (a form's "not said") is no
 * current role; anything else that is not one role's slug is reported in words and ignored, never thrown.
 */
export function parseCurrentRole(value: string | string[] | undefined, model: ScoringModel): CurrentRole {
  const slugs = model.roles.map((r) => r.slug)
  const schema = z.union([z.undefined(), z.literal(''), z.enum(slugs)])
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const problem = Array.isArray(value) ? 'Your current role is given more than once.' : `"${String(value)}" is not a role in the atlas, so no current role was used.`
    return { current: null, problem }
  }
  return { current: parsed.data || null, problem: null }
}
