import { z } from 'zod'
import { dimensionsSchema, topicSchema } from '@/lib/content/schemas'

// Json columns hold what the content schemas validated at seed time; they are still outside data when read
// back, so each is parsed again with the same shape instead of being cast.
export const textListColumn = z.array(z.string())
export const dimensionsColumn = dimensionsSchema
export const sectionsColumn = topicSchema.shape.sections.unwrap()

export function readColumn<T>(schema: z.ZodType<T>, value: unknown, column: string): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new Error(`Stored column ${column} does not match its schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
  return parsed.data
}
