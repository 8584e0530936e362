import { cache } from 'react'
import { compareRoles } from '@/lib/compare/compare-roles'
import { SUGGESTED_PAIRS } from '@/lib/compare/suggestions'
import type { Comparison } from '@/lib/compare/types'
import { db } from '@/lib/db'
import type { ToolRef } from '@/lib/types'
import { getMatrix } from './matrix'
import { getRole, listRoles } from './roles'

/** Tools that exercise each skill, in the skill's own order. */
export const getToolsBySkill = cache(async (): Promise<Record<string, ToolRef[]>> => {
  const rows = await db.skillTool.findMany({ include: { tool: true }, orderBy: [{ skillSlug: 'asc' }, { order: 'asc' }] })
  const out: Record<string, ToolRef[]> = {}
  for (const { skillSlug, tool } of rows) {
    ;(out[skillSlug] ??= []).push({ slug: tool.slug, name: tool.name, purpose: tool.purpose, description: tool.description })
  }
  return out
})

/** The comparison of an ordered pair, or null when either role is unknown or both are the same. */
export const getComparison = cache(async (a: string, b: string): Promise<Comparison | null> => {
  if (a === b) return null
  const [roleA, roleB, matrix, toolsBySkill] = await Promise.all([getRole(a), getRole(b), getMatrix(), getToolsBySkill()])
  if (!roleA || !roleB) return null
  return compareRoles({ a: roleA, b: roleB, skills: matrix.skills, categories: matrix.categories, toolsBySkill })
})

export type RoleOption = { slug: string; name: string }
export type SuggestedPair = { a: RoleOption; b: RoleOption }

/** Role options for the picker, plus the suggested pairs whose roles exist in the store. */
export const getPickerData = cache(async (): Promise<{ roles: RoleOption[]; suggestions: SuggestedPair[] }> => {
  const roles = (await listRoles()).map((r) => ({ slug: r.slug, name: r.name }))
  const bySlug = new Map(roles.map((r) => [r.slug, r]))
  const suggestions = SUGGESTED_PAIRS.flatMap(([a, b]) => {
    const ra = bySlug.get(a)
    const rb = bySlug.get(b)
    return ra && rb ? [{ a: ra, b: rb }] : []
  })
  return { roles, suggestions }
})
