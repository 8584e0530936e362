import { cache } from 'react'
import { db } from '@/lib/db'
import { topLevel } from '@/lib/levels'
import { memoByObject } from '@/lib/memo-by-object'
import { entryPath, lifecyclePath, toolPath } from '@/lib/routes'
import { perContentVersion } from './content-version'
import { getScale } from './levels'
import { buildSearchIndex, roleDocId, type SearchDoc } from '@/lib/search/site-search'

const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name)
const none = { aliases: [], topSkills: [], coreSkills: [], skills: [], tools: [] }

// Roles, skills, tools, and the lifecycle page's phases and topics.
async function readSearchDocs(): Promise<SearchDoc[]> {
  const byOrder = { orderBy: { order: 'asc' } } as const
  const [scale, roles, skills, tools, phases, topics] = await Promise.all([
    getScale(),
    db.role.findMany({
      ...byOrder,
      select: {
        slug: true, name: true, summary: true, focus: true,
        aliases: { select: { alias: true }, orderBy: { alias: 'asc' } },
        skills: { where: { level: { gt: 0 } }, select: { level: true, skill: { select: { name: true } } }, orderBy: [{ level: 'desc' }, { skill: { order: 'asc' } }] },
        tools: { select: { tool: { select: { name: true } } }, ...byOrder },
      },
    }),
    db.skill.findMany({ ...byOrder, select: { slug: true, name: true, description: true, tools: { select: { tool: { select: { name: true } } }, ...byOrder } } }),
    db.tool.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true, description: true, skills: { select: { skill: { select: { name: true } } } } } }),
    db.lifecyclePhase.findMany({ ...byOrder, select: { slug: true, name: true, summary: true, tools: { select: { tool: { select: { name: true } } }, ...byOrder } } }),
    db.topic.findMany({ orderBy: [{ kind: 'asc' }, { order: 'asc' }], select: { slug: true, title: true, summary: true } }),
  ])
  // A role's skills at the top of the scale and one below rank it higher (lib/search/site-search.ts).
  const top = topLevel(scale)
  const at = (rows: Array<{ level: number; skill: { name: string } }>, keep: (level: number) => boolean) =>
    names(rows.filter((s) => keep(s.level)).map((s) => s.skill))
  return [
    ...roles.map((r): SearchDoc => ({
      id: roleDocId(r.slug), kind: 'role', title: r.name, href: entryPath('roles', r.slug), summary: `${r.summary} ${r.focus}`,
      aliases: r.aliases.map((a) => a.alias),
      topSkills: at(r.skills, (l) => l === top),
      coreSkills: at(r.skills, (l) => l === top - 1),
      skills: at(r.skills, (l) => l < top - 1),
      tools: names(r.tools.map((t) => t.tool)),
    })),
    ...skills.map((s): SearchDoc => ({
      ...none, id: `skill:${s.slug}`, kind: 'skill', title: s.name, href: entryPath('skills', s.slug), summary: s.description,
      tools: names(s.tools.map((t) => t.tool)),
    })),
    ...tools.map((t): SearchDoc => ({
      ...none, id: `tool:${t.slug}`, kind: 'tool', title: t.name, href: toolPath(t.slug), summary: t.description,
      skills: names(t.skills.map((s) => s.skill)),
    })),
    ...phases.map((p): SearchDoc => ({
      ...none, id: `phase:${p.slug}`, kind: 'topic', title: p.name, href: lifecyclePath('phase', p.slug), summary: p.summary,
      tools: names(p.tools.map((t) => t.tool)),
    })),
    ...topics.map((t): SearchDoc => ({
      ...none, id: `topic:${t.slug}`, kind: 'topic', title: t.title, href: lifecyclePath('topic', t.slug), summary: t.summary,
    })),
  ]
}

/** Everything the site search finds, read from the store once per content version and shared by every request. */
export const listSearchDocs = cache(perContentVersion(readSearchDocs))

// One index per documents array: the array is the same frozen object until a re-seed, so the index is built once
// per content version rather than on every /search or filtered /roles request. (The index itself is not frozen:
// MiniSearch writes caches into it.)
const indexOf = memoByObject(buildSearchIndex)

/** The site search index over the store (the /search page and the roles list run queries against it). */
export const getSearchIndex = cache(async () => indexOf(await listSearchDocs()))
