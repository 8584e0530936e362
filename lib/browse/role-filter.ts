import { ROLE_CATEGORIES } from '@/lib/content/enums'
import { QUERY_MAX_LENGTH } from '@/lib/routes'
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/slug'
import { onTrack } from './on-track'

// Filter state comes from the URL: anything malformed is dropped, never an error. Checked by hand, not with zod:
// this runs in the browser, where even zod/mini would be most of the page's own JavaScript.
type RoleCategory = (typeof ROLE_CATEGORIES)[number]
export type RoleFilter = { q?: string; track?: string; category?: RoleCategory }

const isSlug = (value: string) => value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value)
const isCategory = (value: string): value is RoleCategory => (ROLE_CATEGORIES as readonly string[]).includes(value)

export type FilterableRole = { category: string; track: { slug: string } | null }

/** Reads a filter from URL-style pairs; repeated keys keep the first value. */
export function parseRoleFilter(params: Iterable<[string, string]>): RoleFilter {
  const raw: Record<string, string> = {}
  for (const [key, value] of params) if (!(key in raw)) raw[key] = value
  const q = raw.q?.trim()
  const { track, category } = raw
  return {
    q: q && q.length <= QUERY_MAX_LENGTH ? q : undefined,
    track: track !== undefined && (track === 'none' || isSlug(track)) ? track : undefined,
    category: category !== undefined && isCategory(category) ? category : undefined,
  }
}

/**
 * The text search's answer for one query: matching roles best first, with what each matched. Ranked by the site
 * search (lib/search/role-ranking.ts), on the server for a filtered address and in the browser, loaded on first use.
 */
export type RoleRanking = { q: string; hits: Array<{ slug: string; matched: string }> }

/** Whether a role is in the chosen track and family (the text search ranks separately, see RoleRanking). */
function matchesRole(role: FilterableRole, filter: RoleFilter): boolean {
  if (filter.category && role.category !== filter.category) return false
  return onTrack(role, filter.track)
}

/** The roles to show, in order: ranked by the text search when there is one, else as listed. */
export function shownRoles<R extends FilterableRole & { slug: string }>(roles: R[], filter: RoleFilter, ranking: RoleRanking | undefined): Array<R & { matched?: string }> {
  const kept = roles.filter((r) => matchesRole(r, filter))
  if (!filter.q || !ranking) return kept
  const bySlug = new Map(kept.map((r) => [r.slug, r]))
  return ranking.hits.flatMap((h) => {
    const role = bySlug.get(h.slug)
    return role ? [{ ...role, matched: h.matched }] : []
  })
}

export function filterToSearch(filter: RoleFilter): string {
  const params = new URLSearchParams()
  if (filter.q) params.set('q', filter.q)
  if (filter.track) params.set('track', filter.track)
  if (filter.category) params.set('category', filter.category)
  const s = params.toString()
  return s ? `?${s}` : ''
}
