import { z } from 'zod'
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/slug'

// Route params are outside input: validate their shape before they reach a query.
export const slugSchema = z.string().regex(SLUG_PATTERN).max(SLUG_MAX_LENGTH)
export const slugParamsSchema = z.object({ slug: slugSchema })
export const pairParamsSchema = z.object({ a: slugSchema, b: slugSchema })
