import { cache } from 'react'
import { z } from 'zod'
import { QUIZ_KINDS } from '@/lib/content/enums'
import { db } from '@/lib/db'
import { perContentVersion } from '@/lib/queries/content-version'
import { getScale } from '@/lib/queries/levels'
import type { QuizQuestionModel, RoleTarget, ScoringModel, ToolLink, TrackTarget } from '@/lib/scoring/types'

const kindSchema = z.enum(QUIZ_KINDS)

const modelFor = perContentVersion(readModel)

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
export const getScoringModel = cache((): Promise<ScoringModel> => modelFor())

async function readModel(): Promise<ScoringModel> {
  const [scale, categories, skills, roles, roleSkills, tracks, trackSkills, skillTools, questions] = await Promise.all([
    getScale(),
    db.skillCategory.findMany({ orderBy: { order: 'asc' } }),
    db.skill.findMany({ select: { slug: true, name: true, order: true, category: { select: { slug: true, name: true, order: true } } } }),
    db.role.findMany({ orderBy: { order: 'asc' }, select: { slug: true, name: true, trackSlug: true } }),
    db.roleSkill.findMany({ orderBy: [{ roleSlug: 'asc' }, { skillSlug: 'asc' }] }),
    db.track.findMany({ orderBy: { order: 'asc' }, select: { slug: true, name: true, order: true } }),
    db.trackSkill.findMany({ orderBy: [{ trackSlug: 'asc' }, { skillSlug: 'asc' }] }),
    db.skillTool.findMany({ orderBy: [{ skillSlug: 'asc' }, { order: 'asc' }], include: { tool: { select: { slug: true, name: true, description: true } } } }),
    readQuestions(),
  ])
  const roleTargets: RoleTarget[] = roles.map((r) => ({
    slug: r.slug,
    name: r.name,
    track: r.trackSlug,
    needs: roleSkills.filter((s) => s.roleSlug === r.slug).map((s) => ({ skill: s.skillSlug, level: s.level, weight: 1 })),
  }))
  const trackTargets: TrackTarget[] = tracks.map((t) => ({
    slug: t.slug,
    name: t.name,
    order: t.order,
    needs: trackSkills
      .filter((s) => s.trackSlug === t.slug)
      .map((s) => ({ skill: s.skillSlug, level: s.level, weight: s.weight })),
  }))
  const tools: Record<string, ToolLink[]> = {}
  for (const st of skillTools) (tools[st.skillSlug] ??= []).push({ slug: st.tool.slug, name: st.tool.name, description: st.tool.description })
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
