import { cache } from 'react'
import { db } from '@/lib/db'
import type { SourceRef } from '@/lib/types'
import { sourceSelect } from './selects'
import type { EntryCollection } from '@/lib/routes'

export type SourceEntry = SourceRef & { summary: string; period: string | null }
/** One group of what cites a source; `collection` is where each entry has a page of its own, or null for none. */
export type CitingGroup = { title: string; collection: EntryCollection | null; entries: Array<{ slug: string; name: string }> }
export type SourceDetail = SourceEntry & { reviewed: string; citedBy: CitingGroup[] }

/** Every source with what the site takes from it, in the site's source order. */
export const listSources = cache(async (): Promise<SourceEntry[]> =>
  db.source.findMany({ orderBy: { order: 'asc' }, select: { ...sourceSelect, summary: true, period: true } }),
)

export const listSourceSlugs = cache(async (): Promise<string[]> =>
  (await db.source.findMany({ orderBy: { order: 'asc' }, select: { slug: true } })).map((s) => s.slug),
)

const named = { select: { slug: true, name: true }, orderBy: { name: 'asc' } } as const
const titled = { select: { slug: true, title: true }, orderBy: { title: 'asc' } } as const

/** A source's full citation and everything on the site that draws on it, grouped by kind. */
export const getSource = cache(async (slug: string): Promise<SourceDetail | null> => {
  const s = await db.source.findUnique({
    where: { slug },
    select: {
      ...sourceSelect, summary: true, period: true, reviewed: true,
      roles: named, skills: named, tracks: named, tools: named, phases: named, maturity: named,
      occupations: titled, ladder: titled, topics: titled, scenarios: titled,
      salaries: { select: { role: { select: { slug: true, name: true } } } },
      figures: { select: { slug: true, label: true } },
    },
  })
  if (!s) return null
  const { roles, skills, tracks, tools, phases, maturity, occupations, ladder, topics, scenarios, salaries, figures, ...rest } = s
  const byTitle = (list: Array<{ slug: string; title: string }>) => list.map((e) => ({ slug: e.slug, name: e.title }))
  const groups: CitingGroup[] = [
    { title: 'Roles', collection: 'roles', entries: roles },
    { title: 'Salary ranges', collection: 'roles', entries: salaries.map((x) => x.role) },
    { title: 'Pay and outlook (occupations)', collection: null, entries: byTitle(occupations) },
    { title: 'Skills', collection: 'skills', entries: skills },
    { title: 'Tracks', collection: 'tracks', entries: tracks },
    { title: 'Tools', collection: null, entries: tools },
    { title: 'Lifecycle phases and maturity levels', collection: null, entries: [...phases, ...maturity] },
    { title: 'Career ladder, topics and scenarios', collection: null, entries: [...byTitle(ladder), ...byTitle(topics), ...byTitle(scenarios)] },
    { title: 'Key figures', collection: null, entries: figures.map((f) => ({ slug: f.slug, name: f.label })) },
  ]
  return { ...rest, citedBy: groups.filter((g) => g.entries.length > 0) }
})
