import { cache } from 'react'
import { db } from '@/lib/db'
import type { ToolRef } from '@/lib/types'

/** Every tool with its description, by name; /tools is the one page that prints the descriptions. */
export const listTools = cache(async (): Promise<ToolRef[]> =>
  db.tool.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true, purpose: true, description: true } }),
)
