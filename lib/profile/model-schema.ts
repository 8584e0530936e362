import type { ScoringModel } from '@/lib/scoring/types'
import { z } from '@/lib/zod-browser'

/**
 * The scoring model as the browser receives it from /api/scoring-model, checked before the same scoring code as
 * the server's runs on it. The schema mirrors lib/scoring/types.ts; `satisfies` below fails the build if they
 * drift apart.
 */
const text = z.string()
const num = z.number()
const need = z.object({ skill: text, level: num, weight: num })

export const scoringModelSchema = z.object({
  scale: z.array(z.object({ level: num, name: text, description: text })),
  categories: z.array(z.object({ slug: text, name: text, order: num, description: text })),
  skills: z.array(z.object({ slug: text, name: text, category: text, order: num, categoryName: text })),
  roles: z.array(z.object({ slug: text, name: text, needs: z.array(need), track: z.nullable(text) })),
  tracks: z.array(z.object({ slug: text, name: text, needs: z.array(need), order: num })),
  tools: z.record(text, z.array(z.object({ slug: text, name: text, description: text }))),
})

export type ParsedModel = { ok: true; model: ScoringModel } | { ok: false; message: string }

export function parseScoringModel(value: unknown): ParsedModel {
  const parsed = scoringModelSchema.safeParse(value)
  if (!parsed.success) return { ok: false, message: 'The scoring data the site sent could not be read; reload the page to try again.' }
  const model = { ...parsed.data, questions: [] } satisfies ScoringModel
  return { ok: true, model }
}
