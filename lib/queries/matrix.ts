import { cache } from 'react'
import { db } from '@/lib/db'
import type { Matrix, SkillVector } from '@/lib/types'

// The whole skills matrix in one read: every page that scores, compares or charts starts from it.
export const getMatrix = cache(async (): Promise<Matrix> => {
  const [categories, skills, roles, levels] = await Promise.all([
    db.skillCategory.findMany({ orderBy: { order: 'asc' } }),
    db.skill.findMany({ select: { slug: true, name: true, categorySlug: true, order: true } }),
    db.role.findMany({
      orderBy: { order: 'asc' },
      select: { slug: true, name: true, category: true, track: { select: { slug: true, name: true } } },
    }),
    db.roleSkill.findMany({ select: { roleSlug: true, skillSlug: true, level: true } }),
  ])
  const categoryOrder = new Map(categories.map((c) => [c.slug, c.order]))
  const sortedSkills = skills
    .map((s) => ({ slug: s.slug, name: s.name, category: s.categorySlug, order: s.order }))
    .sort((a, b) => (categoryOrder.get(a.category) ?? 0) - (categoryOrder.get(b.category) ?? 0) || a.order - b.order)
  const vectors: Record<string, SkillVector> = Object.fromEntries(roles.map((r) => [r.slug, {}]))
  for (const l of levels) {
    const vector = vectors[l.roleSlug]
    if (vector) vector[l.skillSlug] = l.level
  }
  return {
    categories: categories.map((c) => ({ slug: c.slug, name: c.name, order: c.order, description: c.description })),
    skills: sortedSkills,
    roles,
    levels: vectors,
  }
})
