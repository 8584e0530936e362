import type { LevelDef } from '@/lib/levels'
import type { Matrix } from '@/lib/types'

export const MATRIX_NOTE =
  'Levels 0–4 are the project’s editorial reading of five public sources; a skill a role does not list counts as 0.'

export type MatrixJson = {
  note: string
  scale: LevelDef[]
  categories: Array<{ slug: string; name: string }>
  skills: Array<{ slug: string; name: string; category: string }>
  roles: Array<{ slug: string; name: string; category: string; track: string | null; levels: Record<string, number> }>
}

/** The matrix as published: every role carries a level for every skill, in the matrix's skill order. */
export function toMatrixJson(matrix: Matrix, scale: LevelDef[]): MatrixJson {
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
      levels: Object.fromEntries(matrix.skills.map((s) => [s.slug, matrix.levels[r.slug]?.[s.slug] ?? 0])),
    })),
  }
}

export const CSV_FIXED_COLUMNS = ['role_slug', 'role_name', 'role_category', 'track'] as const

/** RFC 4180: quote a field that holds a comma, quote, CR or LF; double any quotes inside. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: Array<Array<string | number | null>>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/** One row per role, one column per skill (headed by the skill slug), levels as numbers. */
export function toMatrixCsv(json: MatrixJson): string {
  const header = [...CSV_FIXED_COLUMNS, ...json.skills.map((s) => s.slug)]
  const rows = json.roles.map((r) => [r.slug, r.name, r.category, r.track, ...json.skills.map((s) => r.levels[s.slug] ?? 0)])
  return toCsv([header, ...rows])
}
