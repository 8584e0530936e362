import { ROLE_CATEGORIES } from '@/lib/content/enums'
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/slug'

// Filter state comes from the URL: anything malformed is dropped, never an error. Checked by hand, not with zod:
// this runs in the browser, where even zod/mini would be most of the page's own JavaScript.
type RoleCategory = (typeof ROLE_CATEGORIES)[number]
export type RoleFilter = { q?: string; track?: string; category?: RoleCategory }

const isSlug = (value: string) => value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value)
const isCategory = (value: string): value is RoleCategory => (ROLE_CATEGORIES as readonly string[]).includes(value)

export type FilterableRole = {
  name: string
  aliases: string[]
  category: string
  track: { slug: string } | null
  skills: string[]
  tools: string[]
}

/** Reads a filter from URL-style pairs; repeated keys keep the first value. */
export function parseRoleFilter(params: Iterable<[string, string]>): RoleFilter {
  const raw: Record<string, string> = {}
  for (const [key, value] of params) if (!(key in raw)) raw[key] = value
  const q = raw.q?.trim()
  const { track, category } = raw
  return {
    q: q && q.length <= 80 ? q : undefined,
    track: track !== undefined && (track === 'none' || isSlug(track)) ? track : undefined,
    category: category !== undefined && isCategory(category) ? category : undefined,
  }
}

function normalise(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
}

/** Every query word must appear in the role's name, aliases, skills or tools. */
export function matchesRole(role: FilterableRole, filter: RoleFilter): boolean {
  if (filter.category && role.category !== filter.category) return false
  if (filter.track === 'none' && role.track !== null) return false
  if (filter.track && filter.track !== 'none' && role.track?.slug !== filter.track) return false
  if (!filter.q) return true
  const haystack = normalise([role.name, ...role.aliases, ...role.skills, ...role.tools].join(' \n '))
  return normalise(filter.q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word))
}

export function filterToSearch(filter: RoleFilter): string {
  const params = new URLSearchParams()
  if (filter.q) params.set('q', filter.q)
  if (filter.track) params.set('track', filter.track)
  if (filter.category) params.set('category', filter.category)
  const s = params.toString()
  return s ? `?${s}` : ''
}
