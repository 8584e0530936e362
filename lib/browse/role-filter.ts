import { z } from '@/lib/zod-browser'
import { ROLE_CATEGORIES } from '@/lib/content/enums'
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/slug'

// Filter state comes from the URL: anything malformed is dropped, never an error.
const slug = z.string().check(z.regex(SLUG_PATTERN), z.maxLength(SLUG_MAX_LENGTH))
export const roleFilterSchema = z.object({
  q: z.catch(z.optional(z.string().check(z.trim(), z.maxLength(80))), undefined),
  track: z.catch(z.optional(z.union([slug, z.literal('none')])), undefined),
  category: z.catch(z.optional(z.enum(ROLE_CATEGORIES)), undefined),
})

export type RoleFilter = z.infer<typeof roleFilterSchema>

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
  const parsed = roleFilterSchema.parse(raw)
  return { q: parsed.q || undefined, track: parsed.track, category: parsed.category }
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
