import { cache } from 'react'
import { db } from '@/lib/db'
import type { RoleCardData, RoleDetail, RoleSummary } from '@/lib/types'
import { dimensionsColumn, readColumn, textListColumn } from './json-columns'
import { payInclude, toRolePay } from './pay'
import { bySkillOrder, citedSources, skillFields, skillWithCategory, sourceSelect } from './selects'

export const listRoles = cache(async (): Promise<RoleSummary[]> => {
  const rows = await db.role.findMany({
    orderBy: { order: 'asc' },
    select: {
      slug: true, name: true, summary: true, category: true,
      track: { select: { slug: true, name: true } },
      aliases: { select: { alias: true }, orderBy: { alias: 'asc' } },
    },
  })
  return rows.map((r) => ({ ...r, aliases: r.aliases.map((a) => a.alias) }))
})

export const listRoleSlugs = cache(async (): Promise<string[]> => {
  const rows = await db.role.findMany({ orderBy: { order: 'asc' }, select: { slug: true } })
  return rows.map((r) => r.slug)
})

export const getRole = cache(async (slug: string): Promise<RoleDetail | null> => {
  const r = await db.role.findUnique({
    where: { slug },
    include: {
      track: { select: { slug: true, name: true } },
      aliases: { orderBy: { alias: 'asc' } },
      ...payInclude,
      skills: skillWithCategory,
      tools: { include: { tool: true }, orderBy: { order: 'asc' } },
      sources: citedSources,
      pathsIn: { include: { from: { select: { slug: true, name: true, order: true } }, source: { select: sourceSelect } } },
      pathsOut: { include: { to: { select: { slug: true, name: true, order: true } }, source: { select: sourceSelect } } },
      related: { include: { related: { select: { slug: true, name: true, summary: true } } }, orderBy: { order: 'asc' } },
      phases: { include: { phase: { select: { slug: true, name: true, order: true } } } },
    },
  })
  if (!r) return null
  const skills = r.skills.sort(bySkillOrder).map((s) => ({ ...skillFields(s), level: s.level, note: s.note }))
  return {
    slug: r.slug,
    name: r.name,
    summary: r.summary,
    category: r.category,
    track: r.track,
    aliases: r.aliases.map((a) => a.alias),
    focus: r.focus,
    responsibilities: readColumn(textListColumn, r.responsibilities, 'Role.responsibilities'),
    education: readColumn(textListColumn, r.education, 'Role.education'),
    experience: readColumn(textListColumn, r.experience, 'Role.experience'),
    certifications: readColumn(textListColumn, r.certifications, 'Role.certifications'),
    dimensions: readColumn(dimensionsColumn, r.dimensions, 'Role.dimensions'),
    ...toRolePay(r),
    skills,
    tools: r.tools.map(({ tool }) => ({ slug: tool.slug, name: tool.name, purpose: tool.purpose, description: tool.description })),
    pathsIn: r.pathsIn
      .sort((a, b) => a.from.order - b.from.order)
      .map((p) => ({ slug: p.from.slug, name: p.from.name, source: p.source })),
    pathsOut: r.pathsOut
      .sort((a, b) => a.to.order - b.to.order)
      .map((p) => ({ slug: p.to.slug, name: p.to.name, source: p.source })),
    related: r.related.map((x) => x.related),
    phases: r.phases.map((p) => p.phase).sort((a, b) => a.order - b.order),
    sources: r.sources,
    reviewed: r.reviewed,
    body: r.body,
  }
})

/** Role and skill names for the MDX link components. */
export const getNameIndex = cache(async () => {
  const [roles, skills] = await Promise.all([
    db.role.findMany({ select: { slug: true, name: true } }),
    db.skill.findMany({ select: { slug: true, name: true } }),
  ])
  return {
    roles: Object.fromEntries(roles.map((r) => [r.slug, r.name])),
    skills: Object.fromEntries(skills.map((s) => [s.slug, s.name])),
  }
})

/** Role cards with each role's strongest skills (the roles list's text search ranks with the site search instead). */
export const listRoleCards = cache(async (): Promise<RoleCardData[]> => {
  const [roles, details] = await Promise.all([
    listRoles(),
    db.role.findMany({
      select: {
        slug: true,
        skills: { where: { level: { gt: 0 } }, select: { level: true, skill: { select: { name: true, order: true, category: { select: { order: true } } } } } },
      },
    }),
  ])
  const bySlug = new Map(details.map((d) => [d.slug, d]))
  return roles.map((role) => {
    const top = [...(bySlug.get(role.slug)?.skills ?? [])]
      .sort((a, b) => b.level - a.level || a.skill.category.order - b.skill.category.order || a.skill.order - b.skill.order)
      .slice(0, 3)
    return { ...role, topSkills: top.map((s) => ({ name: s.skill.name, level: s.level })) }
  })
})
