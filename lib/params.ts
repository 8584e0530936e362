import { z } from 'zod'

// Route params are outside input: validate their shape before they reach a query.
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80)
export const slugParamsSchema = z.object({ slug: slugSchema })
export const pairParamsSchema = z.object({ a: slugSchema, b: slugSchema })
