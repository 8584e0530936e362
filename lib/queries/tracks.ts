import { cache } from 'react'
import { db } from '@/lib/db'
import type { TrackDetail, TrackSummary } from '@/lib/types'
import { bySkillOrder, citedSources, skillFields, skillWithCategory } from './selects'

export const listTracks = cache(async (): Promise<TrackSummary[]> => {
  return db.track.findMany({
    orderBy: { order: 'asc' },
    select: {
      slug: true, name: true, order: true, summary: true, audience: true, focus: true,
      roles: { orderBy: { order: 'asc' }, select: { slug: true, name: true } },
    },
  })
})

export const getTrack = cache(async (slug: string): Promise<TrackDetail | null> => {
  const t = await db.track.findUnique({
    where: { slug },
    include: {
      roles: { orderBy: { order: 'asc' }, select: { slug: true, name: true, summary: true, category: true } },
      skills: skillWithCategory,
      entries: { orderBy: { order: 'asc' }, include: { role: { select: { slug: true, name: true } } } },
      sources: citedSources,
    },
  })
  if (!t) return null
  return {
    slug: t.slug,
    name: t.name,
    order: t.order,
    summary: t.summary,
    audience: t.audience,
    focus: t.focus,
    roles: t.roles,
    // The heaviest weights first: they decide most of a track's fit.
    skills: t.skills
      .sort((a, b) => b.weight - a.weight || b.level - a.level || bySkillOrder(a, b))
      .map((s) => ({ ...skillFields(s), level: s.level, weight: s.weight })),
    entries: t.entries.map((e) => ({ slug: e.role.slug, name: e.role.name, note: e.note })),
    sources: t.sources,
    reviewed: t.reviewed,
    body: t.body,
  }
})
