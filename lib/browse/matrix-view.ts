import type { Matrix, MatrixSkill } from '@/lib/types'
import { onTrack } from './on-track'

export type MatrixOptions = {
  category?: string
  /** A track slug, or 'none' for roles on no track. */
  track?: string
  /** Order skills within each category by this role's level, highest first. */
  sortByRole?: string
  /** Order role columns by this skill's level, highest first. */
  sortBySkill?: string
}

export type ArrangedMatrix = {
  roles: Matrix['roles']
  groups: Array<{ category: Matrix['categories'][number]; skills: MatrixSkill[] }>
}

function level(matrix: Matrix, role: string, skill: string): number {
  return matrix.levels[role]?.[skill] ?? 0
}

/** Which roles and skills the heat map shows, and in what order. Stable: ties keep the default order. */
export function arrangeMatrix(matrix: Matrix, options: MatrixOptions): ArrangedMatrix {
  const { category, track, sortByRole, sortBySkill } = options
  let roles = matrix.roles.filter((r) => onTrack(r, track))
  if (sortBySkill) {
    roles = roles
      .map((r, i) => ({ r, i }))
      .sort((a, b) => level(matrix, b.r.slug, sortBySkill) - level(matrix, a.r.slug, sortBySkill) || a.i - b.i)
      .map((x) => x.r)
  }
  const groups = matrix.categories
    .filter((c) => !category || c.slug === category)
    .map((c) => {
      const skills = matrix.skills.filter((s) => s.category === c.slug).map((s, i) => ({ s, i }))
      if (sortByRole) skills.sort((a, b) => level(matrix, sortByRole, b.s.slug) - level(matrix, sortByRole, a.s.slug) || a.i - b.i)
      return { category: c, skills: skills.map((x) => x.s) }
    })
  return { roles, groups }
}

/**
 * Options after a change of filter: a "sort skills by role" whose role the track filter now hides is dropped, so
 * the rows are never ordered by a column nobody can see.
 */
export function withVisibleSort(matrix: Matrix, options: MatrixOptions): MatrixOptions {
  const { sortByRole, ...rest } = options
  if (!sortByRole) return options
  const visible = matrix.roles.some((r) => r.slug === sortByRole && onTrack(r, rest.track))
  return visible ? options : rest
}
