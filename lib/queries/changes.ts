import { cache } from 'react'
import { z } from 'zod'
import { db } from '@/lib/db'
import { readColumn } from './json-columns'

const touchesColumn = z.array(z.strictObject({ collection: z.string(), slug: z.string() }))

export type ChangeView = {
  slug: string
  date: string
  title: string
  summary: string
  body: string
  touches: z.infer<typeof touchesColumn>
}

/** The changelog, newest first; entries of one day keep their slug order. */
export const listChanges = cache(async (): Promise<ChangeView[]> => {
  const rows = await db.changeEntry.findMany({ orderBy: [{ date: 'desc' }, { slug: 'asc' }] })
  return rows.map((c) => ({
    slug: c.slug,
    date: c.date,
    title: c.title,
    summary: c.summary,
    body: c.body,
    touches: readColumn(touchesColumn, c.touches, 'ChangeEntry.touches'),
  }))
})
