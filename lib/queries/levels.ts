import { cache } from 'react'
import { db } from '@/lib/db'
import type { LevelDef } from '@/lib/levels'

/** The skill scale as the content defines it, lowest level first. */
export const getScale = cache(async (): Promise<LevelDef[]> =>
  db.levelDef.findMany({ orderBy: { level: 'asc' }, select: { level: true, name: true, description: true } }),
)
