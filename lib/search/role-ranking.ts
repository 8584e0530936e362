import type MiniSearch from 'minisearch'
import type { RoleRanking } from '@/lib/browse/role-filter'
import { describeMatch, roleSlugOf, searchSite, type SearchDoc } from './site-search'

/** The roles list's text search: the site search over roles only, best first, with what each matched. */
export function rankRoles(index: MiniSearch<SearchDoc>, q: string): RoleRanking {
  return { q, hits: searchSite(index, q, 'role').map((h) => ({ slug: roleSlugOf(h.id), matched: describeMatch(h) })) }
}
