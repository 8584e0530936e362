import { cache } from 'react'
import { z } from 'zod'
import { QUIZ_KINDS } from '@/lib/content/enums'
import { db } from '@/lib/db'
import { getContentVersion } from '@/lib/queries/content-version'
import { getScale } from '@/lib/queries/levels'
import type { FitTarget, QuizQuestionModel, ScoringModel, ToolLink } from '@/lib/scoring/types'

const kindSchema = z.enum(QUIZ_KINDS)

/**
 * Keeps the last value a loader produced for a content version. React's `cache()` lasts one render and does not
 * span route-handler requests, so without this every match request re-read the whole model. A re-seed changes
 * the version, so the next call loads afresh without a restart. The version is read before the load: if a
 * re-seed lands mid-load, the value is filed under the old version and replaced on the next call.
 * The value is shared by every request, so it is frozen.
 */
function byContentVersion<T extends object>(load: () => Promise<T>): (version: string) => Promise<T> {
  let held: { version: string; value: Promise<T> } | null = null
  return (version) => {
    if (held?.version === version) return held.value
    const entry = { version, value: load().then(deepFreeze) }
    held = entry
    entry.value.catch(() => {
      if (held === entry) held = null
    })
    return entry.value
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

// Requests that arrive while a version read is under way share it instead of queueing the same query again.
let versionRead: Promise<string> | null = null
function contentVersion(): Promise<string> {
  versionRead ??= getContentVersion().finally(() => {
    versionRead = null
  })
  return versionRead
}

const modelFor = byContentVersion(readModel)

async function readQuestions(): Promise<QuizQuestionModel[]> {
  const rows = await db.quizQuestion.findMany({
    orderBy: { order: 'asc' },
    include: { options: { orderBy: { order: 'asc' }, include: { evidence: { orderBy: { skillSlug: 'asc' } } } } },
  })
  return rows.map((q) => ({
    slug: q.slug,
    kind: kindSchema.parse(q.kind),
    category: q.category,
    prompt: q.prompt,
    help: q.help,
    options: q.options.map((o) => ({
      id: o.optionSlug,
      label: o.label,
      evidence: o.evidence.map((e) => ({ skill: e.skillSlug, level: e.level, weight: e.weight })),
    })),
  }))
}

/** Everything the scoring functions need; read from the store once per content version. */
export const getScoringModel = cache(async (): Promise<ScoringModel> => modelFor(await contentVersion()))

async function readModel(): Promise<ScoringModel> {
  const [scale, categories, skills, roles, roleSkills, tracks, trackSkills, skillTools, questions] = await Promise.all([
    getScale(),
    db.skillCategory.findMany({ orderBy: { order: 'asc' } }),
    db.skill.findMany({ select: { slug: true, name: true, order: true, category: { select: { slug: true, name: true, order: true } } } }),
    db.role.findMany({ orderBy: { order: 'asc' }, select: { slug: true, name: true } }),
    db.roleSkill.findMany({ orderBy: [{ roleSlug: 'asc' }, { skillSlug: 'asc' }] }),
    db.track.findMany({ orderBy: { order: 'asc' }, select: { slug: true, name: true } }),
    db.trackSkill.findMany({ orderBy: [{ trackSlug: 'asc' }, { skillSlug: 'asc' }] }),
    db.skillTool.findMany({ orderBy: [{ skillSlug: 'asc' }, { order: 'asc' }], include: { tool: { select: { slug: true, name: true } } } }),
    readQuestions(),
  ])
  const roleTargets: FitTarget[] = roles.map((r) => ({
    slug: r.slug,
    name: r.name,
    needs: roleSkills.filter((s) => s.roleSlug === r.slug).map((s) => ({ skill: s.skillSlug, level: s.level, weight: 1 })),
  }))
  const trackTargets: FitTarget[] = tracks.map((t) => ({
    slug: t.slug,
    name: t.name,
    needs: trackSkills
      .filter((s) => s.trackSlug === t.slug)
      .map((s) => ({ skill: s.skillSlug, level: s.level, weight: s.weight })),
  }))
  const tools: Record<string, ToolLink[]> = {}
  for (const st of skillTools) (tools[st.skillSlug] ??= []).push({ slug: st.tool.slug, name: st.tool.name })
  return {
    scale,
    categories: categories.map((c) => ({ slug: c.slug, name: c.name, order: c.order, description: c.description })),
    skills: skills
      .sort((a, b) => a.category.order - b.category.order || a.order - b.order)
      .map((s) => ({ slug: s.slug, name: s.name, order: s.order, category: s.category.slug, categoryName: s.category.name })),
    roles: roleTargets,
    tracks: trackTargets,
    tools,
    questions,
  }
}
