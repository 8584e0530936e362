import { cache } from 'react'
import { db } from '@/lib/db'
import type { SourceRef } from '@/lib/types'
import { sourceSelect } from './selects'

export type SourceEntry = SourceRef & { summary: string; period: string | null }

/** Every source with what the site takes from it, in the site's source order. */
export const listSources = cache(async (): Promise<SourceEntry[]> =>
  db.source.findMany({ orderBy: { order: 'asc' }, select: { ...sourceSelect, summary: true, period: true } }),
)
