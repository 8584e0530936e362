import type { Corpus } from '@/lib/content/load'
import { roleLinkSlug } from '@/lib/content/references'
import type { PrismaClient } from '@/lib/prisma-client'

export type Bodies = Map<string, string> // "<collection>/<slug>" → compiled MDX code
type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

const json = (value: unknown) => JSON.stringify(value)

// Children first, so foreign keys never point at a deleted row mid-transaction.
const DELETE_ORDER = [
  'QuizEvidence', 'QuizOption', 'QuizQuestion', 'ScenarioPart', 'Scenario', 'KeyFigure', 'Topic',
  'LadderLevel', 'PhaseRole', 'PhaseTool', 'LifecyclePhase', 'MaturityLevel', 'RoleRelated', 'RolePath',
  'RoleSource', 'RoleTool', 'RoleSkill', 'RoleAlias', 'TrackEntry', 'TrackSkill', 'Role', 'Track',
  'SkillTool', 'Skill', 'Tool', 'SkillCategory', 'LevelDef', 'Source', 'SeedInfo',
] as const

async function clear(tx: Tx) {
  for (const table of DELETE_ORDER) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`)
}

function rolePaths(corpus: Corpus) {
  const paths = new Map<string, { fromSlug: string; toSlug: string; sourceSlug: string | null }>()
  const add = (fromSlug: string, toSlug: string, source: string | undefined) => {
    const key = `${fromSlug}>${toSlug}`
    const existing = paths.get(key)
    paths.set(key, { fromSlug, toSlug, sourceSlug: existing?.sourceSlug ?? source ?? null })
  }
  for (const { slug, data } of corpus.roles) {
    for (const link of data.comesFrom) add(roleLinkSlug(link), slug, typeof link === 'string' ? undefined : link.source)
    for (const link of data.goesTo) add(slug, roleLinkSlug(link), typeof link === 'string' ? undefined : link.source)
  }
  return [...paths.values()]
}

async function writeTaxonomy(tx: Tx, corpus: Corpus, bodies: Bodies) {
  const body = (collection: string, slug: string) => bodies.get(`${collection}/${slug}`) ?? ''
  await tx.source.createMany({
    data: corpus.sources.map(({ data: d }) => ({
      slug: d.slug, order: d.order, title: d.title, publisher: d.publisher, author: d.author ?? null,
      year: d.year ?? null, url: d.url ?? null, summary: d.summary,
    })),
  })
  await tx.levelDef.createMany({ data: corpus.scale.map(({ data: d }) => ({ level: d.level, name: d.name, description: d.description })) })
  await tx.skillCategory.createMany({ data: corpus.categories.map(({ data: d }) => ({ ...d })) })
  await tx.tool.createMany({
    data: corpus.tools.map(({ data: d }) => ({ slug: d.slug, name: d.name, purpose: d.purpose, description: d.description, sources: json(d.sources) })),
  })
  await tx.skill.createMany({
    data: corpus.skills.map(({ data: d }) => ({
      slug: d.slug, name: d.name, order: d.order, description: d.description, categorySlug: d.category, body: body('skills', d.slug),
    })),
  })
  await tx.skillTool.createMany({
    data: corpus.skills.flatMap(({ data: d }) => d.tools.map((toolSlug, order) => ({ skillSlug: d.slug, toolSlug, order }))),
  })
}

async function writeRoles(tx: Tx, corpus: Corpus, bodies: Bodies) {
  await tx.track.createMany({
    data: corpus.tracks.map(({ data: d }) => ({
      slug: d.slug, name: d.name, order: d.order, summary: d.summary, audience: d.audience, focus: d.focus,
      sources: json(d.sources), body: bodies.get(`tracks/${d.slug}`) ?? '',
    })),
  })
  await tx.trackSkill.createMany({
    data: corpus.tracks.flatMap(({ data: d }) => d.skills.map((s) => ({ trackSlug: d.slug, skillSlug: s.skill, weight: s.weight, level: s.level }))),
  })
  await tx.role.createMany({
    data: corpus.roles.map(({ data: d }) => ({
      slug: d.slug, name: d.name, order: d.order, summary: d.summary, category: d.category, focus: d.focus,
      trackSlug: d.track, responsibilities: json(d.responsibilities), education: json(d.education),
      experience: json(d.experience), certifications: json(d.certifications), dimensions: json(d.dimensions),
      salaryMin: d.salary?.min ?? null, salaryMax: d.salary?.max ?? null, salaryCurrency: d.salary?.currency ?? null,
      salaryNote: d.salary?.note ?? null, salarySourceSlug: d.salary?.source ?? null, body: bodies.get(`roles/${d.slug}`) ?? '',
    })),
  })
  const roles = corpus.roles.map((e) => e.data)
  await tx.roleAlias.createMany({ data: roles.flatMap((d) => [...new Set(d.aliases)].map((alias) => ({ roleSlug: d.slug, alias }))) })
  await tx.roleSkill.createMany({
    data: roles.flatMap((d) => d.skills.map((s) => ({ roleSlug: d.slug, skillSlug: s.skill, level: s.level, note: s.note ?? null }))),
  })
  await tx.roleTool.createMany({ data: roles.flatMap((d) => d.tools.map((toolSlug, order) => ({ roleSlug: d.slug, toolSlug, order }))) })
  await tx.roleSource.createMany({ data: roles.flatMap((d) => d.sources.map((sourceSlug, order) => ({ roleSlug: d.slug, sourceSlug, order }))) })
  await tx.roleRelated.createMany({
    data: roles.flatMap((d) => [...new Set(d.related)].map((relatedSlug, order) => ({ roleSlug: d.slug, relatedSlug, order }))),
  })
  await tx.rolePath.createMany({ data: rolePaths(corpus) })
  await tx.trackEntry.createMany({
    data: corpus.tracks.flatMap(({ data: d }) => d.entries.map((e, order) => ({ trackSlug: d.slug, roleSlug: e.role, order, note: e.note }))),
  })
}

async function writeLifecycle(tx: Tx, corpus: Corpus, bodies: Bodies) {
  const body = (collection: string, slug: string) => bodies.get(`${collection}/${slug}`) ?? ''
  await tx.maturityLevel.createMany({
    data: corpus.maturity.map(({ data: d }) => ({
      slug: d.slug, level: d.level, name: d.name, summary: d.summary, characteristics: json(d.characteristics),
      automates: json(d.automates), nextStep: d.nextStep, sources: json(d.sources), body: body('maturity', d.slug),
    })),
  })
  await tx.lifecyclePhase.createMany({
    data: corpus.phases.map(({ data: d }) => ({
      slug: d.slug, order: d.order, name: d.name, summary: d.summary, activities: json(d.activities),
      sources: json(d.sources), body: body('phases', d.slug),
    })),
  })
  await tx.phaseTool.createMany({
    data: corpus.phases.flatMap(({ data: d }) => [...new Set(d.tools)].map((toolSlug, order) => ({ phaseSlug: d.slug, toolSlug, order }))),
  })
  await tx.phaseRole.createMany({
    data: corpus.phases.flatMap(({ data: d }) => [...new Set(d.roles)].map((roleSlug) => ({ phaseSlug: d.slug, roleSlug }))),
  })
  await tx.ladderLevel.createMany({
    data: corpus.ladder.map(({ data: d }) => ({
      slug: d.slug, order: d.order, title: d.title, scope: d.scope, milestone: d.milestone, sources: json(d.sources), body: body('ladder', d.slug),
    })),
  })
  await tx.topic.createMany({
    data: corpus.topics.map(({ data: d }) => ({
      slug: d.slug, kind: d.kind, order: d.order, title: d.title, summary: d.summary, points: json(d.sections),
      sources: json(d.sources), body: body('topics', d.slug),
    })),
  })
  await tx.keyFigure.createMany({
    data: corpus.figures.map(({ data: d }) => ({ slug: d.slug, order: d.order, value: d.value, label: d.label, detail: d.detail, sourceSlug: d.source })),
  })
  await tx.scenario.createMany({
    data: corpus.scenarios.map(({ data: d }) => ({
      slug: d.slug, title: d.title, summary: d.summary, goals: json(d.goals), outcomes: json(d.outcomes), sources: json(d.sources), body: body('scenarios', d.slug),
    })),
  })
  await tx.scenarioPart.createMany({
    data: corpus.scenarios.flatMap(({ data: d }) => d.parts.map((p, order) => ({ scenarioSlug: d.slug, roleSlug: p.role, order, contribution: p.contribution }))),
  })
}

async function writeQuiz(tx: Tx, corpus: Corpus) {
  const questions = corpus.quiz.map((e) => e.data)
  await tx.quizQuestion.createMany({
    data: questions.map((q) => ({ slug: q.slug, order: q.order, kind: q.kind, category: q.category, prompt: q.prompt, help: q.help })),
  })
  await tx.quizOption.createMany({
    data: questions.flatMap((q) => q.options.map((o, order) => ({ id: `${q.slug}/${o.id}`, questionSlug: q.slug, optionSlug: o.id, order, label: o.label }))),
  })
  await tx.quizEvidence.createMany({
    data: questions.flatMap((q) => q.options.flatMap((o) => o.evidence.map((ev) => ({ optionId: `${q.slug}/${o.id}`, skillSlug: ev.skill, level: ev.level, weight: ev.weight })))),
  })
}

// Replaces the whole store with the corpus in one transaction: all of it lands, or none of it.
export async function writeStore(client: PrismaClient, corpus: Corpus, bodies: Bodies, contentHash: string) {
  await client.$transaction(
    async (tx) => {
      await clear(tx)
      await writeTaxonomy(tx, corpus, bodies)
      await writeRoles(tx, corpus, bodies)
      await writeLifecycle(tx, corpus, bodies)
      await writeQuiz(tx, corpus)
      await tx.seedInfo.create({ data: { id: 1, contentHash } })
    },
    { timeout: 120_000, maxWait: 30_000 },
  )
}
