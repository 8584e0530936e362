import { cache } from 'react'
import { z } from 'zod'
import { db } from '@/lib/db'
import type { LadderView, MaturityView, PhaseView, ScenarioView, TopicView } from '@/lib/types'
import { parseJson, parseStringList } from './json'
import { resolveSources } from './sources'

const sectionsSchema = z.array(z.object({ title: z.string(), items: z.array(z.string()) }))

export const listMaturityLevels = cache(async (): Promise<MaturityView[]> => {
  const rows = await db.maturityLevel.findMany({ orderBy: { level: 'asc' } })
  return Promise.all(
    rows.map(async (m) => ({
      slug: m.slug,
      level: m.level,
      name: m.name,
      summary: m.summary,
      characteristics: parseStringList(m.characteristics),
      automates: parseStringList(m.automates),
      nextStep: m.nextStep,
      sources: await resolveSources(m.sources),
    })),
  )
})

export const listPhases = cache(async (): Promise<PhaseView[]> => {
  const rows = await db.lifecyclePhase.findMany({
    orderBy: { order: 'asc' },
    include: {
      tools: { include: { tool: true }, orderBy: { order: 'asc' } },
      roles: { include: { role: { select: { slug: true, name: true, order: true } } } },
    },
  })
  return Promise.all(
    rows.map(async (p) => ({
      slug: p.slug,
      order: p.order,
      name: p.name,
      summary: p.summary,
      activities: parseStringList(p.activities),
      tools: p.tools.map(({ tool }) => ({ slug: tool.slug, name: tool.name, purpose: tool.purpose, description: tool.description })),
      roles: p.roles.sort((a, b) => a.role.order - b.role.order).map(({ role }) => ({ slug: role.slug, name: role.name })),
      sources: await resolveSources(p.sources),
    })),
  )
})

/** Narrative pieces of one kind: evolution, platform-stage, team-stage, team-model or decision. */
export const listTopics = cache(async (kind: string): Promise<TopicView[]> => {
  const rows = await db.topic.findMany({ where: { kind }, orderBy: { order: 'asc' } })
  return Promise.all(
    rows.map(async (t) => ({
      slug: t.slug,
      kind: t.kind,
      title: t.title,
      summary: t.summary,
      sections: parseJson(sectionsSchema, t.points),
      sources: await resolveSources(t.sources),
      body: t.body,
    })),
  )
})

export const listLadder = cache(async (): Promise<LadderView[]> => {
  const rows = await db.ladderLevel.findMany({ orderBy: { order: 'asc' } })
  return Promise.all(
    rows.map(async (l) => ({ slug: l.slug, order: l.order, title: l.title, scope: l.scope, milestone: l.milestone, sources: await resolveSources(l.sources) })),
  )
})

export const listScenarios = cache(async (): Promise<ScenarioView[]> => {
  const rows = await db.scenario.findMany({
    orderBy: { slug: 'asc' },
    include: { parts: { orderBy: { order: 'asc' }, include: { role: { select: { slug: true, name: true } } } } },
  })
  return Promise.all(
    rows.map(async (s) => ({
      slug: s.slug,
      title: s.title,
      summary: s.summary,
      goals: parseStringList(s.goals),
      outcomes: parseStringList(s.outcomes),
      parts: s.parts.map((p) => ({ slug: p.role.slug, name: p.role.name, contribution: p.contribution })),
      sources: await resolveSources(s.sources),
      body: s.body,
    })),
  )
})
