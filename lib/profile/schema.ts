import { SLUG_HINT, SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/slug'
import { z } from '@/lib/zod-browser'

/**
 * The skill profile a person keeps in their own browser, as stored and as exported. Every read validates it, so
 * a hand edit or an old file is refused with a message rather than trusted.
 *
 * Version 1 kept whole-number levels and one save time. Version 2 (current) keeps, per skill, the level (a quiz
 * result's in-between levels as they are), whether the person rated it or the quiz inferred it,
 * and when it changed; the current and target roles with their times; and up to HISTORY_MAX dated snapshots.
 */
export const PROFILE_FORMAT = 'mlops-atlas-profile'
export const PROFILE_VERSION = 2
export const HISTORY_MAX = 50

// zod/mini ships no message texts, so every check names what it expects.
const SLUG = `expected ${SLUG_HINT}`
const slug = z.string(SLUG).check(z.regex(SLUG_PATTERN, SLUG), z.maxLength(SLUG_MAX_LENGTH, SLUG))
const TIME = 'expected a UTC time written YYYY-MM-DDTHH:MM:SSZ'
const time = z.string(TIME).check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, TIME))
// The scale's top is content; reconcile() holds levels to it. This bound only keeps nonsense out.
const LEVEL = 'expected a level, a number from 0 up'
const level = z.number(LEVEL).check(z.minimum(0, LEVEL), z.maximum(100, LEVEL))

export const skillLevelSchema = z.object({ level, source: z.enum(['rated', 'inferred'], 'expected "rated" or "inferred"'), at: time })
const roleChoice = z.nullable(z.object({ slug, at: time }))
export const snapshotSchema = z.object({ at: time, levels: z.record(slug, level), target: z.nullable(slug) })

export const profileSchema = z.object({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(PROFILE_VERSION),
  skills: z.record(slug, skillLevelSchema),
  current: roleChoice,
  target: roleChoice,
  history: z.array(snapshotSchema, 'expected a list of snapshots').check(z.maxLength(HISTORY_MAX, `expected at most ${HISTORY_MAX} snapshots`)),
})

export const profileV1Schema = z.object({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(1),
  levels: z.record(slug, z.int(LEVEL).check(z.minimum(0, LEVEL), z.maximum(100, LEVEL))),
  savedAt: time,
})

export type Profile = z.infer<typeof profileSchema>
export type ProfileV1 = z.infer<typeof profileV1Schema>
export type SkillLevel = z.infer<typeof skillLevelSchema>
export type Snapshot = z.infer<typeof snapshotSchema>
export type RoleSide = 'current' | 'target'

export function emptyProfile(): Profile {
  return { format: PROFILE_FORMAT, version: PROFILE_VERSION, skills: {}, current: null, target: null, history: [] }
}
