import { cache } from 'react'
import { db } from '@/lib/db'
import type { LevelDef } from '@/lib/levels'
import { getScale } from './levels'
import type { SkillDetail, SkillSummary } from '@/lib/types'
import { citedSources } from './selects'

export const listSkills = cache(async (): Promise<SkillSummary[]> => {
  const rows = await db.skill.findMany({
    select: { slug: true, name: true, order: true, description: true, category: { select: { slug: true, name: true, order: true } } },
  })
  return rows
    .sort((a, b) => a.category.order - b.category.order || a.order - b.order)
    .map((s) => ({ slug: s.slug, name: s.name, category: s.category.slug, categoryName: s.category.name, description: s.description }))
})

export const listSkillSlugs = cache(async (): Promise<string[]> => (await listSkills()).map((s) => s.slug))

export const getSkill = cache(async (slug: string): Promise<SkillDetail | null> => {
  const s = await db.skill.findUnique({
    where: { slug },
    include: {
      category: true,
      tools: { include: { tool: true }, orderBy: { order: 'asc' } },
      sources: citedSources,
      roles: {
        where: { level: { gt: 0 } },
        include: { role: { select: { slug: true, name: true, order: true, track: { select: { slug: true, name: true } } } } },
      },
    },
  })
  if (!s) return null
  return {
    slug: s.slug,
    name: s.name,
    category: s.category.slug,
    categoryName: s.category.name,
    description: s.description,
    body: s.body,
    tools: s.tools.map(({ tool }) => ({ slug: tool.slug, name: tool.name, purpose: tool.purpose, description: tool.description })),
    // Highest level first; equal levels keep the site's usual role order.
    roles: s.roles
      .sort((a, b) => b.level - a.level || a.role.order - b.role.order)
      .map((r) => ({ slug: r.role.slug, name: r.role.name, track: r.role.track, level: r.level, note: r.note })),
    sources: s.sources,
    reviewed: s.reviewed,
  }
})

export type RubricRole = { slug: string; name: string; note: string | null }
export type RubricLevel = LevelDef & { roles: RubricRole[] }
export type SkillRubric = { levels: RubricLevel[]; notNeeded: number }

/**
 * A skill's rubric: every level of the scale, highest first, with its words and the roles that need the skill at
 * exactly that level; `notNeeded` counts the roles that do not use it (level 0 or not listed).
 */
export const getSkillRubric = cache(async (slug: string): Promise<SkillRubric | null> => {
  const [skill, scale, roleCount] = await Promise.all([getSkill(slug), getScale(), db.role.count()])
  if (!skill) return null
  const levels = [...scale]
    .sort((a, b) => b.level - a.level)
    .map((l) => ({ ...l, roles: skill.roles.filter((r) => r.level === l.level).map((r) => ({ slug: r.slug, name: r.name, note: r.note })) }))
  return { levels, notNeeded: roleCount - skill.roles.length }
})
