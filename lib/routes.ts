/**
 * Every page a person or an editor can link to, in one list. The header, the footer, the sitemap, the 404 page and
 * the content check's link validation read it, and a unit test holds it against the pages that exist in app/, so a
 * body link to a page that does not exist fails the check instead of leading to a 404. Pure data and functions.
 */
export type StaticPage = { path: string; label: string; nav: boolean }

export const STATIC_PAGES: readonly StaticPage[] = [
  { path: '/', label: 'Home', nav: false },
  { path: '/roles', label: 'Roles', nav: true },
  { path: '/tracks', label: 'Tracks', nav: true },
  { path: '/skills', label: 'Skills matrix', nav: true },
  { path: '/compare', label: 'Compare', nav: true },
  { path: '/lifecycle', label: 'Lifecycle', nav: true },
  { path: '/quiz', label: 'Quiz', nav: true },
  { path: '/match', label: 'Skill matcher', nav: true },
  { path: '/paths', label: 'Career moves', nav: true },
  { path: '/me', label: 'Your profile', nav: true },
  { path: '/paths/map', label: 'Map of career moves', nav: false },
  { path: '/changes', label: 'Changes', nav: false },
  { path: '/sources', label: 'Sources', nav: false },
  { path: '/tools', label: 'Tools', nav: false },
]

/** Content collections whose entries have a page of their own at `/<collection>/<slug>`. */
export const ENTRY_PAGES = ['roles', 'skills', 'tracks', 'sources'] as const
export type EntryCollection = (typeof ENTRY_PAGES)[number]

/** Pages that exist but are not link targets: a quiz result needs its code, a filtered list or a search is reached by its form. */
export const UNLINKED_PAGES = ['/quiz/result', '/roles/filtered', '/search', '/paths/chosen', '/paths/[from]/[to]', '/paths/map/chosen'] as const

export const NAV_PAGES = STATIC_PAGES.filter((p) => p.nav)

/** The navigation entry whose section a path is in (`/roles/mlops-engineer` → `/roles`), or none. */
export function currentNavPath(pathname: string): string | undefined {
  return NAV_PAGES.find((p) => pathname === p.path || pathname.startsWith(`${p.path}/`))?.path
}

export const entryPath = (collection: EntryCollection, slug: string) => `/${collection}/${slug}`
export const comparePath = (a: string, b: string) => `/compare/${a}/${b}`
/** The longest search query taken, in characters: the search box, /search and the roles filter all hold to it. */
export const QUERY_MAX_LENGTH = 80
/** The site search's results page for a query, optionally of one kind (`role`, `skill`…). */
export const searchPath = (q: string, kind?: string) => `/search?${new URLSearchParams(kind ? { q, kind } : { q })}`
/** A tool's entry on /tools, the one page that describes every tool. */
export const toolPath = (slug: string) => `/tools#${slug}`
/** The element ids of a lifecycle phase's and a topic's section on /lifecycle, and links to them. */
export const lifecycleAnchor = (kind: 'phase' | 'topic', slug: string) => `${kind}-${slug}`
export const lifecyclePath = (kind: 'phase' | 'topic', slug: string) => `/lifecycle#${lifecycleAnchor(kind, slug)}`

/** The route patterns the list above describes, in Next's folder notation (for the test against app/). */
export function routePatterns(): string[] {
  return [...STATIC_PAGES.map((p) => p.path), ...UNLINKED_PAGES, ...ENTRY_PAGES.map((c) => `/${c}/[slug]`), '/compare/[a]/[b]']
}

/** Whether a site path (query and fragment ignored) names a page, given the slugs that exist per collection. */
export function pageExists(pathname: string, slugs: Record<EntryCollection, ReadonlySet<string>>): boolean {
  const clean = pathname.replace(/[#?].*$/, '').replace(/(.)\/$/, '$1')
  if (STATIC_PAGES.some((p) => p.path === clean)) return true
  const [section, a, b, ...rest] = clean.split('/').slice(1)
  if (rest.length > 0 || !a) return false
  if (section === 'compare') return b !== undefined && a !== b && slugs.roles.has(a) && slugs.roles.has(b)
  const collection = ENTRY_PAGES.find((c) => c === section)
  return collection !== undefined && b === undefined && slugs[collection].has(a)
}
