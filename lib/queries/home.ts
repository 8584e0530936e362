import { cache } from 'react'
import { db } from '@/lib/db'
import type { KeyFigureView } from '@/lib/types'

export const listKeyFigures = cache(async (): Promise<KeyFigureView[]> => {
  const rows = await db.keyFigure.findMany({
    orderBy: { order: 'asc' },
    include: { source: { select: { slug: true, title: true, publisher: true, author: true, year: true, url: true } } },
  })
  return rows.map((f) => ({ slug: f.slug, value: f.value, label: f.label, detail: f.detail, source: f.source }))
})

/** Headline counts for the home page, straight from the store. */
export const getCounts = cache(async () => {
  const [roles, skills, tools, sources] = await Promise.all([db.role.count(), db.skill.count(), db.tool.count(), db.source.count()])
  return { roles, skills, tools, sources }
})
