import { z } from 'zod'
import { topLevel } from '@/lib/levels'
import type { ScoringModel } from '@/lib/scoring/types'
import { memoByObject } from '@/lib/memo-by-object'

// Input schemas for the matcher and quiz-scoring endpoints. A body is checked in two steps: its shape first
// (a JSON object of whole numbers or option ids), which needs nothing from the store, so a malformed body is
// refused before the model is loaded; then, again from the raw value, against the model's scale, skills and
// questions, so an unknown key (even "__proto__", which a record schema silently drops) or a level above the
// scale is caught with the offending field named before any scoring runs.

const SKILLS_ERROR = 'must be an object of skill slugs to levels'
const ANSWERS_ERROR = 'must be an object of question slugs to option ids'
const MATCH_BODY_ERROR = 'must be a JSON object like {"skills": {...}}'
const QUIZ_BODY_ERROR = 'must be a JSON object like {"answers": {...}}'

// The person's current role (optional): it is scored, but never recommended as the move.
const CURRENT_ERROR = 'must be the slug of a role (a string)'
const currentShape = z.string({ error: CURRENT_ERROR }).optional()
const currentSchema = (model: ScoringModel) =>
  z.enum(model.roles.map((r) => r.slug), { error: 'must be the slug of a role in the atlas' }).optional()

const wholeLevel = z.number({ error: 'must be a level (a whole number)' }).int({ error: 'must be a whole number' }).min(0, { error: 'must be 0 or more' })

export const matchShapeSchema = z.strictObject(
  { skills: z.record(z.string(), wholeLevel, { error: SKILLS_ERROR }), current: currentShape },
  { error: MATCH_BODY_ERROR },
)

export const quizShapeSchema = z.strictObject(
  { answers: z.record(z.string(), z.string({ error: 'must be an option id (a string)' }), { error: ANSWERS_ERROR }), current: currentShape },
  { error: QUIZ_BODY_ERROR },
)

// A model is loaded once per content version and never changed, so a schema built from one serves every
// request until a re-seed brings a new model.
const perModel = <V>(build: (model: ScoringModel) => V) => memoByObject(build)

function levelSchema(model: ScoringModel) {
  const top = topLevel(model.scale)
  return wholeLevel.max(top, { error: `must be ${top} or less` })
}

export const matchBodySchema = perModel((model) => {
  const level = levelSchema(model)
  const shape = Object.fromEntries(model.skills.map((s) => [s.slug, level.optional()]))
  return z.strictObject({ skills: z.strictObject(shape, { error: SKILLS_ERROR }), current: currentSchema(model) }, { error: MATCH_BODY_ERROR })
})

export const quizBodySchema = perModel((model) => {
  const shape = Object.fromEntries(
    model.questions.map((q) => {
      const ids = q.options.map((o) => o.id)
      return [q.slug, z.enum(ids, { error: `must be one of: ${ids.join(', ')}` }).optional()]
    }),
  )
  return z.strictObject({ answers: z.strictObject(shape, { error: ANSWERS_ERROR }), current: currentSchema(model) }, { error: QUIZ_BODY_ERROR })
})

/** Levels given to the matcher page as query parameters: "" (not rated) or a level of the scale per skill. */
export const matchQuerySchema = perModel((model) => {
  const levels = model.scale.map((l) => String(l.level))
  const value = z.union([z.literal(''), z.enum(levels, { error: `must be a level from ${levels[0]} to ${levels.at(-1)}` })])
  const shape = Object.fromEntries(model.skills.map((s) => [s.slug, value.optional()]))
  return z.strictObject(shape)
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
