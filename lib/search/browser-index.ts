import MiniSearch, { type AsPlainObject } from 'minisearch'
import { z } from '@/lib/zod-browser'
import { SEARCH_KINDS, SEARCH_OPTIONS, type SearchDoc } from './site-search'

// Only the lazily loaded search code imports this: the index and MiniSearch never ship with a page.
const names = z.array(z.string())
const storedDoc = z.object({
  kind: z.enum(SEARCH_KINDS),
  title: z.string(),
  // Results navigate to it inside the site: a path, never another origin.
  href: z.string().check(z.regex(/^\/(?!\/)/)),
  aliases: names, topSkills: names, coreSkills: names, skills: names, tools: names,
})
// What the results show is checked in full; the index's own structures are MiniSearch's to read.
const indexShape = z.object({ serializationVersion: z.literal(2), documentCount: z.number(), storedFields: z.record(z.string(), storedDoc) })

let loading: Promise<MiniSearch<SearchDoc>> | null = null

/** The site search index from /api/search-index, fetched once per page view, on first use. */
export function loadSearchIndex(): Promise<MiniSearch<SearchDoc>> {
  loading ??= fetch('/api/search-index')
    .then((res) => {
      if (!res.ok) throw new Error(`search index: HTTP ${res.status}`)
      return res.json()
    })
    .then((raw: unknown) => {
      indexShape.parse(raw)
      // loadJS is loadJSON without parsing the text a second time.
      return MiniSearch.loadJS<SearchDoc>(raw as AsPlainObject, SEARCH_OPTIONS)
    })
  // A failed load may be retried on the next use (a dropped connection on a phone).
  loading.catch(() => (loading = null))
  return loading
}
