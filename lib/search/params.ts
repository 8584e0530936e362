import { z } from 'zod'
import { QUERY_MAX_LENGTH } from '@/lib/routes'
import { SEARCH_KINDS } from './site-search'

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)

/**
 * The /search page's address: `q`, the query, and optionally `kind`. Outside input, so anything malformed is
 * dropped (an over-long query is cut), never an error: the page then asks for a query or searches every kind.
 */
export const searchQuerySchema = z.object({
  q: z.preprocess(first, z.string().trim().transform((q) => q.slice(0, QUERY_MAX_LENGTH)).optional()).catch(undefined),
  kind: z.preprocess(first, z.enum(SEARCH_KINDS).optional()).catch(undefined),
})
export type SearchQuery = z.infer<typeof searchQuerySchema>
