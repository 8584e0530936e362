import { cache } from 'react'
import { db } from '@/lib/db'
import type { SourceRef } from '@/lib/types'
import { parseStringList } from './json'

const getSourceIndex = cache(async (): Promise<Map<string, SourceRef>> => {
  const rows = await db.source.findMany({
    orderBy: { order: 'asc' },
    select: { slug: true, title: true, publisher: true, author: true, year: true, url: true },
  })
  return new Map(rows.map((s) => [s.slug, s]))
})

/** Every source, in source order. */
export async function listSources(): Promise<SourceRef[]> {
  return [...(await getSourceIndex()).values()]
}

/** Resolves a JSON column of source slugs to sources; the seed has already checked that each exists. */
export async function resolveSources(rawSlugs: string): Promise<SourceRef[]> {
  const index = await getSourceIndex()
  return parseStringList(rawSlugs).flatMap((slug) => {
    const source = index.get(slug)
    return source ? [source] : []
  })
}
