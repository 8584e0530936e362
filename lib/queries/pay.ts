import { cache } from 'react'
import { db } from '@/lib/db'
import type { Occupation, OccupationMatch, RolePay, Salary } from '@/lib/types'
import { sourceSelect } from './selects'

/** What a role query includes to build its `RolePay`: the source's range and the occupation, each with its source. */
export const payInclude = {
  salary: { include: { source: { select: sourceSelect } } },
  occupation: { include: { source: { select: sourceSelect } } },
} as const

type OccupationRow = Omit<Occupation, 'source'> & { source: Occupation['source']; reviewed: string; sourceSlug: string }
type SalaryRow = Omit<Salary, 'source'> & { source: Salary['source']; roleSlug: string; sourceSlug: string }
type PayRow = { salary: SalaryRow | null; occupation: OccupationRow | null; occupationNote: string }

function toOccupation({ reviewed: _reviewed, sourceSlug: _sourceSlug, ...o }: OccupationRow): Occupation {
  return o
}

export function toRolePay(row: PayRow): RolePay {
  const s = row.salary
  const occupation: OccupationMatch = { occupation: row.occupation ? toOccupation(row.occupation) : null, note: row.occupationNote }
  return {
    salary: s ? { min: s.min, max: s.max, currency: s.currency, note: s.note, source: s.source } : null,
    occupation,
  }
}

/** Every role's pay, keyed by role slug, for the exports. */
export const listRolePay = cache(async (): Promise<Record<string, RolePay>> => {
  const rows = await db.role.findMany({ select: { slug: true, occupationNote: true, ...payInclude } })
  return Object.fromEntries(rows.map((r) => [r.slug, toRolePay(r)]))
})
