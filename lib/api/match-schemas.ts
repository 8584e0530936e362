import { z } from 'zod'
import type { QuizQuestionModel, ScoringSkill } from '@/lib/scoring/types'

// Input schemas for the matcher and quiz-scoring endpoints. A body is checked in two steps: its shape first
// (JSON object, levels 0–4, option ids as strings), which needs nothing from the store, so a malformed body is
// refused before the model is loaded; then against the store's skill and question lists, so an unknown skill or
// option is caught with the offending field named before any scoring runs.

const levelSchema = z
  .number({ error: 'must be a number from 0 to 4' })
  .int({ error: 'must be a whole number from 0 to 4' })
  .min(0, { error: 'must be 0 or more' })
  .max(4, { error: 'must be 4 or less' })

const SKILLS_ERROR = 'must be an object of skill slugs to levels'
const ANSWERS_ERROR = 'must be an object of question slugs to option ids'

export const matchShapeSchema = z.strictObject(
  { skills: z.record(z.string(), levelSchema, { error: SKILLS_ERROR }) },
  { error: 'must be a JSON object like {"skills": {...}}' },
)

export const quizShapeSchema = z.strictObject(
  { answers: z.record(z.string(), z.string({ error: 'must be an option id (a string)' }), { error: ANSWERS_ERROR }) },
  { error: 'must be a JSON object like {"answers": {...}}' },
)

// The store's lists are loaded once per content version and never changed, so a schema built from one list
// serves every request until a re-seed brings a new list.
function perList<K extends object, V>(build: (list: K) => V): (list: K) => V {
  const built = new WeakMap<K, V>()
  return (list) => {
    let value = built.get(list)
    if (value === undefined) {
      value = build(list)
      built.set(list, value)
    }
    return value
  }
}

export const matchBodySchema = perList((skills: ScoringSkill[]) => {
  const shape = Object.fromEntries(skills.map((s) => [s.slug, levelSchema.optional()]))
  return z.strictObject(
    { skills: z.strictObject(shape, { error: SKILLS_ERROR }) },
    { error: 'must be a JSON object like {"skills": {...}}' },
  )
})

export const quizBodySchema = perList((questions: QuizQuestionModel[]) => {
  const shape = Object.fromEntries(
    questions.map((q) => {
      const ids = q.options.map((o) => o.id)
      return [q.slug, z.enum(ids, { error: `must be one of: ${ids.join(', ')}` }).optional()]
    }),
  )
  return z.strictObject(
    { answers: z.strictObject(shape, { error: ANSWERS_ERROR }) },
    { error: 'must be a JSON object like {"answers": {...}}' },
  )
})

export type InputProblem = { error: string; field: string }

/** The first problem, with the field as a dotted path (`skills.kubernetes`); the whole body is `body`. */
export function firstProblem(error: z.ZodError): InputProblem {
  const issue = error.issues[0]
  if (!issue) return { error: 'Invalid input.', field: 'body' }
  const path = issue.path.map(String)
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? ''
    const where = path.length === 0 ? 'top-level key' : path[0] === 'skills' ? 'skill' : path[0] === 'answers' ? 'question' : 'key'
    return { error: `Unknown ${where} "${key}".`, field: [...path, key].join('.') }
  }
  const field = path.length ? path.join('.') : 'body'
  return { error: `${field} ${issue.message}`, field }
}

/** Levels given to the matcher page as query parameters: "" (not rated) or a digit 0–4 per skill. */
export const matchQuerySchema = perList((skills: ScoringSkill[]) => {
  const value = z.union([z.literal(''), z.enum(['0', '1', '2', '3', '4'], { error: 'must be a level from 0 to 4' })])
  const shape = Object.fromEntries(skills.map((s) => [s.slug, value.optional()]))
  return z.strictObject(shape)
})
