import { cache } from 'react'
import { db } from '@/lib/db'
import type { LadderView, MaturityView, PhaseView, ScenarioView, TopicView } from '@/lib/types'
import { readColumn, sectionsColumn, textListColumn } from './json-columns'
import { citedSources } from './selects'

const toolFields = { slug: true, name: true, purpose: true, description: true } as const

export const listMaturityLevels = cache(async (): Promise<MaturityView[]> => {
  const rows = await db.maturityLevel.findMany({ orderBy: { level: 'asc' }, include: { sources: citedSources } })
  return rows.map((m) => ({
    slug: m.slug,
    level: m.level,
    name: m.name,
    summary: m.summary,
    characteristics: readColumn(textListColumn, m.characteristics, 'MaturityLevel.characteristics'),
    automates: readColumn(textListColumn, m.automates, 'MaturityLevel.automates'),
    nextStep: m.nextStep,
    sources: m.sources,
  }))
})

export const listPhases = cache(async (): Promise<PhaseView[]> => {
  const rows = await db.lifecyclePhase.findMany({
    orderBy: { order: 'asc' },
    include: {
      sources: citedSources,
      tools: { select: { tool: { select: toolFields } }, orderBy: { order: 'asc' } },
      roles: { select: { role: { select: { slug: true, name: true } } }, orderBy: { role: { order: 'asc' } } },
    },
  })
  return rows.map((p) => ({
    slug: p.slug,
    order: p.order,
    name: p.name,
    summary: p.summary,
    activities: readColumn(textListColumn, p.activities, 'LifecyclePhase.activities'),
    tools: p.tools.map(({ tool }) => tool),
    roles: p.roles.map(({ role }) => role),
    sources: p.sources,
  }))
})

/** Narrative pieces of one kind: evolution, platform-stage, team-stage, team-model or decision. */
export const listTopics = cache(async (kind: string): Promise<TopicView[]> => {
  const rows = await db.topic.findMany({ where: { kind }, orderBy: { order: 'asc' }, include: { sources: citedSources } })
  return rows.map((t) => ({
    slug: t.slug,
    kind: t.kind,
    title: t.title,
    summary: t.summary,
    sections: readColumn(sectionsColumn, t.sections, 'Topic.sections'),
    sources: t.sources,
    body: t.body,
  }))
})

export const listLadder = cache(async (): Promise<LadderView[]> => {
  const rows = await db.ladderLevel.findMany({ orderBy: { order: 'asc' }, include: { sources: citedSources } })
  return rows.map((l) => ({ slug: l.slug, order: l.order, title: l.title, scope: l.scope, milestone: l.milestone, sources: l.sources }))
})

export const listScenarios = cache(async (): Promise<ScenarioView[]> => {
  const rows = await db.scenario.findMany({
    orderBy: { slug: 'asc' },
    include: { sources: citedSources, parts: { orderBy: { order: 'asc' }, include: { role: { select: { slug: true, name: true } } } } },
  })
  return rows.map((s) => ({
    slug: s.slug,
    title: s.title,
    summary: s.summary,
    goals: readColumn(textListColumn, s.goals, 'Scenario.goals'),
    outcomes: readColumn(textListColumn, s.outcomes, 'Scenario.outcomes'),
    parts: s.parts.map((p) => ({ slug: p.role.slug, name: p.role.name, contribution: p.contribution })),
    sources: s.sources,
    body: s.body,
  }))
})
