import { z } from 'zod'
import { decodeAnswers } from '@/lib/quiz/answer-code'
import { profileFromAnswers } from '@/lib/scoring/profile'
import type { ScoringModel } from '@/lib/scoring/types'
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/slug'
import type { PathsModel, Start } from './types'

/**
 * The query of /paths and /api/paths, validated at the edge: `from` (a role slug, or `quiz` with the quiz result's
 * `code`) and `to` (a role slug). A form sends an unchosen field as an empty value, which counts as missing.
 * Every problem names its field, so the page can show it beside that field and the API can return it.
 */
export const QUIZ_START = 'quiz'

const blankIsMissing = (v: unknown) => (v === '' ? undefined : v)
const slug = (what: string) =>
  z.preprocess(
    blankIsMissing,
    z
      .string({ error: `Give one ${what}, as a role's slug.` })
      .max(SLUG_MAX_LENGTH, { error: `That is too long to be a role's slug.` })
      .regex(SLUG_PATTERN, { error: `That is not a role's slug (a-z, 0-9 and single dashes).` })
      .optional(),
  )

export const pathsQuerySchema = z.object({
  from: slug('start'),
  to: slug('target'),
  code: z.preprocess(
    blankIsMissing,
    z
      .string({ error: 'Give one quiz result code.' })
      .max(200, { error: 'That is far too long to be a quiz result code.' })
      .regex(/^[0-9a-z]+$/, { error: 'A quiz result code has only a-z and 0-9.' })
      .optional(),
  ),
})

export type PathsQuery = z.infer<typeof pathsQuerySchema>
export type QueryProblem = { field: 'from' | 'to' | 'code'; error: string; status: 400 | 404 }
export type ResolvedQuery = { ok: true; start: Start; target: string } | { ok: false; problems: QueryProblem[] }

/** What a parse failure says, one problem per field. */
export function parseProblems(error: z.ZodError): QueryProblem[] {
  const seen = new Set<string>()
  const problems: QueryProblem[] = []
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'from')
    if (seen.has(field) || !['from', 'to', 'code'].includes(field)) continue
    seen.add(field)
    problems.push({ field: field as QueryProblem['field'], error: issue.message, status: 400 })
  }
  return problems
}

export function resolveQuery(query: PathsQuery, model: PathsModel, scoring: ScoringModel): ResolvedQuery {
  const problems: QueryProblem[] = []
  const roleName = (slug: string) => model.roles.find((r) => r.slug === slug)?.name
  let start: Start | null = null
  if (!query.from) problems.push({ field: 'from', error: 'Choose where you start.', status: 400 })
  else if (query.from === QUIZ_START) {
    if (!query.code) problems.push({ field: 'code', error: 'Starting from your quiz result needs its code (from the result link).', status: 400 })
    else {
      const decoded = decodeAnswers(scoring.questions, query.code)
      if (!decoded.ok) problems.push({ field: 'code', error: decoded.reason, status: 400 })
      else start = { kind: 'profile', name: 'Your quiz result', levels: profileFromAnswers(decoded.answers, scoring).levels }
    }
  } else if (!roleName(query.from)) problems.push({ field: 'from', error: `There is no role "${query.from}".`, status: 404 })
  else start = { kind: 'role', slug: query.from }
  if (!query.to) problems.push({ field: 'to', error: 'Choose the role you want to reach.', status: 400 })
  else if (!roleName(query.to)) problems.push({ field: 'to', error: `There is no role "${query.to}".`, status: 404 })
  else if (query.to === query.from) problems.push({ field: 'to', error: 'Choose a target other than where you start.', status: 400 })
  if (problems.length > 0 || !start || !query.to) return { ok: false, problems }
  return { ok: true, start, target: query.to }
}
