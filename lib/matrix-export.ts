import type { LevelDef } from '@/lib/levels'
import type { Matrix, RolePay } from '@/lib/types'
import { toPayJson, type PayJson } from './pay-export'

export const MATRIX_NOTE =
  'Levels 0–4 are the project’s editorial reading of five public sources; a skill a role does not list counts as 0.'

export type MatrixJson = {
  note: string
  scale: LevelDef[]
  categories: Array<{ slug: string; name: string }>
  skills: Array<{ slug: string; name: string; category: string }>
  roles: Array<{ slug: string; name: string; category: string; track: string | null; pay: PayJson | null; levels: Record<string, number> }>
}


/** The matrix as published: every role carries its pay and a level for every skill, in the matrix's skill order. */
export function toMatrixJson(matrix: Matrix, scale: LevelDef[], pay: Record<string, RolePay>): MatrixJson {
  return {
    note: MATRIX_NOTE,
    scale: scale.map((l) => ({ level: l.level, name: l.name, description: l.description })),
    categories: matrix.categories.map((c) => ({ slug: c.slug, name: c.name })),
    skills: matrix.skills.map((s) => ({ slug: s.slug, name: s.name, category: s.category })),
    roles: matrix.roles.map((r) => ({
      slug: r.slug,
      name: r.name,
      category: r.category,
      track: r.track?.slug ?? null,
      pay: pay[r.slug] ? toPayJson(pay[r.slug]!) : null,
      levels: Object.fromEntries(matrix.skills.map((s) => [s.slug, matrix.levels[r.slug]?.[s.slug] ?? 0])),
    })),
  }
}

export const CSV_ROLE_COLUMNS = ['role_slug', 'role_name', 'role_category', 'track'] as const
export const CSV_PAY_COLUMNS = [
  'occupation_soc', 'occupation_title', 'median_wage_usd', 'wage_period', 'growth_percent', 'outlook_from', 'outlook_to',
  'entry_education', 'pay_source', 'salary_min', 'salary_max', 'salary_currency', 'salary_source',
] as const
export const CSV_FIXED_COLUMNS = [...CSV_ROLE_COLUMNS, ...CSV_PAY_COLUMNS] as const

function payCells(pay: PayJson | null): Array<string | number | null> {
  const o = pay?.occupation ?? null
  const s = pay?.salary ?? null
  return [
    o?.soc ?? null, o?.title ?? null, o?.medianWage ?? null, o?.wagePeriod ?? null, o?.growth ?? null, o?.outlookFrom ?? null,
    o?.outlookTo ?? null, o?.education ?? null, o?.source ?? null, s?.min ?? null, s?.max ?? null, s?.currency ?? null, s?.source ?? null,
  ]
}

/** RFC 4180: quote a field that holds a comma, quote, CR or LF; double any quotes inside. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: Array<Array<string | number | null>>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/** One row per role: its pay columns (empty where there is no figure), then one column per skill (headed by the skill slug). */
export function toMatrixCsv(json: MatrixJson): string {
  const header = [...CSV_FIXED_COLUMNS, ...json.skills.map((s) => s.slug)]
  const rows = json.roles.map((r) => [r.slug, r.name, r.category, r.track, ...payCells(r.pay), ...json.skills.map((s) => r.levels[s.slug] ?? 0)])
  return toCsv([header, ...rows])
}
