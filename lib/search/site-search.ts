/**
 * Site search: the one MiniSearch configuration that the header box (in the browser, loaded on first use), the
 * /search page and the roles list (in the browser, and on the server for a filtered address) all use, so a query
 * ranks the same everywhere. Pure: no store, no DOM. lib/queries/search.ts turns the store into documents; app/api/search-index serializes the index.
 *
 * Fields and boosts, strongest first:
 *   title (6)        the name of a role, skill, tool or lifecycle topic: a search for a thing finds the thing first
 *   aliases (4)      other names for a role ("Deployer")
 *   topSkills (4)    a role's skills at the top level of the scale, and
 *   coreSkills (3)   those one level below: "kubernetes" ranks the roles where Kubernetes is central above those
 *                    that merely list it, and the roles rated at the top above the rest
 *   skills (1.5)     a role's other skills; the skills a tool serves
 *   tools (1.5)      the tools a role, a skill or a lifecycle phase uses
 *   summary (1)      the one-paragraph description
 * Query terms are lower-cased and common English words dropped. The last term also matches as a prefix (the box
 * searches as one types: "kube" finds Kubernetes); terms of five letters or more tolerate one typo per five
 * letters ("mlflw" finds MLflow). Every term must match somewhere in a document (AND): falling back to any
 * term found things for nonsense ("zzzz-no-such-thing" matched every description with "such"), so a query that
 * matches nothing says so. Fuzzy and prefix hits weigh less than exact ones. For a query of several words, hits
 * where one name (a title, a skill, a tool) holds every word come first, strongest field first (see toRankedHit).
 */
import { QUERY_MAX_LENGTH } from '@/lib/routes'
import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch'

export const SEARCH_KINDS = ['role', 'skill', 'tool', 'topic'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]
export const KIND_LABELS: Record<SearchKind, string> = { role: 'Role', skill: 'Skill', tool: 'Tool', topic: 'Lifecycle topic' }

/** The fields a document can match in, with the words a result uses for them ("matched in: tools"). */
export const SEARCH_FIELDS = {
  title: { boost: 6, label: 'name' },
  aliases: { boost: 4, label: 'also called' },
  topSkills: { boost: 4, label: 'top skills' },
  coreSkills: { boost: 3, label: 'core skills' },
  skills: { boost: 1.5, label: 'skills' },
  tools: { boost: 1.5, label: 'tools' },
  summary: { boost: 1, label: 'summary' },
} as const
type Field = keyof typeof SEARCH_FIELDS
const FIELDS = Object.keys(SEARCH_FIELDS) as Field[]
const LIST_FIELDS = ['aliases', 'topSkills', 'coreSkills', 'skills', 'tools'] as const
type ListField = (typeof LIST_FIELDS)[number]

/** One thing the search can find. List fields hold names, so a result can say which name matched. */
export type SearchDoc = { id: string; kind: SearchKind; title: string; href: string; summary: string } & Record<ListField, string[]>

/** What the index keeps of each document to show a result without the store. */
export type StoredDoc = Pick<SearchDoc, 'kind' | 'title' | 'href' | ListField>

export type SearchMatch = { field: string; values: string[] }
export type SearchHit = { id: string; kind: SearchKind; title: string; href: string; score: number; matches: SearchMatch[] }

const STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'with'])
const processTerm = (term: string) => {
  const t = term.toLowerCase()
  return STOP_WORDS.has(t) ? null : t
}
const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[]

const searchOptions: SearchOptions = {
  boost: Object.fromEntries(FIELDS.map((f) => [f, SEARCH_FIELDS[f].boost])),
  prefix: (_term, i, terms) => i === terms.length - 1,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  combineWith: 'AND',
}

/** The options an index is built and loaded with: MiniSearch needs the same ones both times. */
export const SEARCH_OPTIONS: Options<SearchDoc> = {
  fields: FIELDS,
  storeFields: ['kind', 'title', 'href', ...LIST_FIELDS],
  processTerm,
  // Lists are indexed as text and stored as lists, so a result can name the item that matched.
  stringifyField: (value) => (Array.isArray(value) ? value.join(' \n ') : String(value)),
  searchOptions,
}

/** A role document's id (the roles list maps hits back to roles by it). */
export const roleDocId = (slug: string) => `role:${slug}`
export const roleSlugOf = (id: string) => id.replace(/^role:/, '')

/** "tools — Kubernetes, Helm": a hit's strongest match, as a result line shows it after "matched in:". */
export function describeMatch(hit: SearchHit): string {
  const best = hit.matches[0]
  if (!best) return ''
  const values = best.values.slice(0, 3).join(', ')
  return values ? `${best.field} — ${values}` : best.field
}

export function buildSearchIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch(SEARCH_OPTIONS)
  index.addAll(docs)
  return index
}

/** Ranked hits for a query, best first, optionally of one kind only. An empty query finds nothing. */
export function searchSite(index: MiniSearch<SearchDoc>, query: string, kind?: SearchKind, limit = 50): SearchHit[] {
  const q = query.trim().slice(0, QUERY_MAX_LENGTH)
  if (!q) return []
  const filter = kind ? (r: SearchResult) => r.kind === kind : undefined
  const ranked = index.search(q, { filter }).map(toRankedHit)
  return ranked.sort((a, b) => b.tier - a.tier || b.hit.score - a.hit.score).slice(0, limit).map((r) => r.hit)
}

/**
 * MiniSearch scores the words of a query one by one, so for "model serving" a role with the skill "Model
 * evaluation" at the top and "Model serving" far down would beat roles that have "Model serving" as a core skill.
 * A query of several words therefore ranks first the hits where one name holds every word, by the boost of the
 * strongest field where that happens (the tier); the score orders hits within a tier.
 */
function toRankedHit(result: SearchResult): { hit: SearchHit; tier: number } {
  const stored = result as SearchResult & StoredDoc
  const { matches, wholeIn } = matchesOf(result, stored)
  const hit = { id: String(result.id), kind: stored.kind, title: stored.title, href: stored.href, score: result.score, matches }
  return { hit, tier: result.queryTerms.length > 1 ? Math.max(0, ...wholeIn.map((f) => SEARCH_FIELDS[f].boost)) : 0 }
}

/**
 * Where a result matched, strongest field first. For a list field, the names in it that hold the most matching
 * terms: "model serving" shows the skill "Model serving", not every skill with "model" in its name.
 */
function matchesOf(result: SearchResult, stored: StoredDoc): { matches: SearchMatch[]; wholeIn: Field[] } {
  const termsByField = new Map<Field, Set<string>>()
  for (const [term, fields] of Object.entries(result.match)) {
    for (const f of fields as Field[]) termsByField.set(f, (termsByField.get(f) ?? new Set()).add(term))
  }
  const wholeIn: Field[] = []
  const matches = FIELDS.filter((f) => termsByField.has(f)).map((field) => {
    const terms = termsByField.get(field)!
    const names = field === 'title' ? [stored.title] : (LIST_FIELDS as readonly string[]).includes(field) ? stored[field as ListField] : []
    const counted = names.map((name) => ({ name, n: new Set(tokenize(name).map((t) => processTerm(t)).filter((t) => t && terms.has(t))).size }))
    const most = Math.max(0, ...counted.map((c) => c.n))
    if (most >= result.queryTerms.length) wholeIn.push(field)
    const values = field === 'title' || most === 0 ? [] : counted.filter((c) => c.n === most).map((c) => c.name)
    return { field: SEARCH_FIELDS[field].label, values }
  })
  return { matches, wholeIn }
}
