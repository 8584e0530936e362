import { cache } from 'react'
import { db } from '@/lib/db'
import type { TrackDetail, TrackSummary } from '@/lib/types'
import { citedSources } from './sources'

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
      skills: { include: { skill: { include: { category: true } } } },
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
      .sort((a, b) => b.weight - a.weight || b.level - a.level || a.skill.category.order - b.skill.category.order || a.skill.order - b.skill.order)
      .map((s) => ({
        slug: s.skill.slug,
        name: s.skill.name,
        category: s.skill.category.slug,
        categoryName: s.skill.category.name,
        level: s.level,
        weight: s.weight,
      })),
    entries: t.entries.map((e) => ({ slug: e.role.slug, name: e.role.name, note: e.note })),
    sources: t.sources,
    reviewed: t.reviewed,
    body: t.body,
  }
})
