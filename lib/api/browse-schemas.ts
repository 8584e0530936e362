import { z } from 'zod'
import { slugParamsSchema } from '@/lib/params'

// Input of the read-only browse API, validated at the edge.
export const roleApiParamsSchema = slugParamsSchema
export const matrixQuerySchema = z.object({ format: z.enum(['json', 'csv']).default('json') })

/** A JSON error body that names the offending field. */
export function badRequest(error: z.ZodError): Response {
  const issue = error.issues[0]
  const field = issue?.path.join('.') || 'input'
  return Response.json({ error: `${field}: ${issue?.message ?? 'invalid'}`, field }, { status: 400 })
}
