import type { Occupation, RolePay } from '@/lib/types'

/** A role's pay as exported: the nearest occupation's published figures (or null, with the note saying why), and a source's range. */
export type PayJson = {
  occupation: {
    soc: string; title: string; url: string; medianWage: number; wagePeriod: string; wageGroup: string | null; growth: number
    growthWords: string | null; outlookFrom: number; outlookTo: number; outlookGroup: string | null; education: string; source: string
  } | null
  occupationNote: string
  salary: { min: number; max: number; currency: string; note: string | null; source: string } | null
}

/** A role's pay for the API and the matrix export, each source as the slug whose page (/sources/<slug>) cites it in full. Pure. */
export function toPayJson({ occupation: { occupation: o, note }, salary: s }: RolePay): PayJson {
  return {
    occupation: o ? { ...withoutKeys(o), source: o.source.slug } : null,
    occupationNote: note,
    salary: s ? { min: s.min, max: s.max, currency: s.currency, note: s.note, source: s.source.slug } : null,
  }
}

function withoutKeys({ slug: _slug, source: _source, ...figures }: Occupation) {
  return figures
}
