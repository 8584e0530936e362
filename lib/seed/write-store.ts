import type { Corpus } from '@/lib/content/load'
import { touchOf } from '@/lib/content/changes-check'
import { roleLinkSlug } from '@/lib/content/references'
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client'

export type Bodies = Map<string, string> // "<collection>/<slug>" → compiled MDX code
type Tx = Prisma.TransactionClient

const sourcesOf = (slugs: string[]) => ({ connect: slugs.map((slug) => ({ slug })) })

/** What every entry with a page shares: its slug, review date, cited sources and compiled body. */
type Cited = (collection: string, d: { slug: string; reviewed: string; sources: string[] }) => {
  slug: string
  reviewed: string
  sources: ReturnType<typeof sourcesOf>
  body: string
}

// Foreign keys are checked at commit, not per statement, so the tables can be emptied in any order and the
// list of tables comes from the schema itself.
async function clear(tx: Tx) {
  await tx.$executeRawUnsafe('PRAGMA defer_foreign_keys = ON')
  for (const table of Object.values(Prisma.ModelName)) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`)
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

async function writeTaxonomy(tx: Tx, corpus: Corpus, cited: Cited) {
  await tx.source.createMany({
    data: corpus.sources.map(({ data: d }) => ({
      slug: d.slug, reviewed: d.reviewed, order: d.order, title: d.title, publisher: d.publisher, author: d.author ?? null,
      year: d.year ?? null, url: d.url ?? null, period: d.period ?? null, summary: d.summary,
    })),
  })
  await tx.occupation.createMany({
    data: corpus.occupations.map(({ data: d }) => ({
      slug: d.slug, reviewed: d.reviewed, soc: d.soc, title: d.title, url: d.url, sourceSlug: d.source, education: d.education,
      medianWage: d.medianWage.amount, wagePeriod: d.medianWage.period, wageGroup: d.medianWage.group ?? null,
      growth: d.outlook.growth, growthWords: d.outlook.words ?? null, outlookFrom: d.outlook.from, outlookTo: d.outlook.to,
      outlookGroup: d.outlook.group ?? null,
    })),
  })
  await tx.levelDef.createMany({ data: corpus.scale.map(({ data: d }) => ({ level: d.level, name: d.name, description: d.description })) })
  await tx.skillCategory.createMany({
    data: corpus.categories.map(({ data: d }) => ({ slug: d.slug, name: d.name, order: d.order, description: d.description })),
  })
  await Promise.all(
    corpus.tools.map(({ data: d }) =>
      tx.tool.create({ data: { slug: d.slug, reviewed: d.reviewed, name: d.name, purpose: d.purpose, description: d.description, sources: sourcesOf(d.sources) } }),
    ),
  )
  await Promise.all(
    corpus.skills.map(({ data: d }) =>
      tx.skill.create({
        data: {
          ...cited('skills', d), name: d.name, order: d.order, description: d.description, categorySlug: d.category,
        },
      }),
    ),
  )
  await tx.skillTool.createMany({
    data: corpus.skills.flatMap(({ data: d }) => d.tools.map((toolSlug, order) => ({ skillSlug: d.slug, toolSlug, order }))),
  })
}

async function writeRoles(tx: Tx, corpus: Corpus, cited: Cited) {
  await Promise.all(
    corpus.tracks.map(({ data: d }) =>
      tx.track.create({
        data: {
          ...cited('tracks', d), name: d.name, order: d.order, summary: d.summary, audience: d.audience, focus: d.focus,
        },
      }),
    ),
  )
  await tx.trackSkill.createMany({
    data: corpus.tracks.flatMap(({ data: d }) => d.skills.map((s) => ({ trackSlug: d.slug, skillSlug: s.skill, weight: s.weight, level: s.level }))),
  })
  const roles = corpus.roles.map((e) => e.data)
  await Promise.all(
    roles.map((d) =>
      tx.role.create({
        data: {
          ...cited('roles', d), name: d.name, order: d.order, summary: d.summary, category: d.category, focus: d.focus,
          trackSlug: d.track, responsibilities: d.responsibilities, education: d.education, experience: d.experience,
          certifications: d.certifications, dimensions: d.dimensions,
          ...('occupation' in d.occupation
            ? { occupationSlug: d.occupation.occupation, occupationNote: d.occupation.note }
            : { occupationSlug: null, occupationNote: d.occupation.none }),
        },
      }),
    ),
  )
  await tx.roleSalary.createMany({
    data: roles.flatMap(({ slug, salary: s }) =>
      s ? [{ roleSlug: slug, min: s.min, max: s.max, currency: s.currency, note: s.note ?? null, sourceSlug: s.source }] : [],
    ),
  })
  await tx.roleAlias.createMany({ data: roles.flatMap((d) => [...new Set(d.aliases)].map((alias) => ({ roleSlug: d.slug, alias }))) })
  await tx.roleSkill.createMany({
    data: roles.flatMap((d) => d.skills.map((s) => ({ roleSlug: d.slug, skillSlug: s.skill, level: s.level, note: s.note ?? null }))),
  })
  await tx.roleTool.createMany({ data: roles.flatMap((d) => d.tools.map((toolSlug, order) => ({ roleSlug: d.slug, toolSlug, order }))) })
  await tx.roleRelated.createMany({
    data: roles.flatMap((d) => [...new Set(d.related)].map((relatedSlug, order) => ({ roleSlug: d.slug, relatedSlug, order }))),
  })
  await tx.rolePath.createMany({ data: rolePaths(corpus) })
  await tx.trackEntry.createMany({
    data: corpus.tracks.flatMap(({ data: d }) => d.entries.map((e, order) => ({ trackSlug: d.slug, roleSlug: e.role, order, note: e.note }))),
  })
}

async function writeLifecycle(tx: Tx, corpus: Corpus, cited: Cited) {
  await Promise.all(
    corpus.maturity.map(({ data: d }) =>
      tx.maturityLevel.create({
        data: {
          ...cited('maturity', d), level: d.level, name: d.name, summary: d.summary, characteristics: d.characteristics,
          automates: d.automates, nextStep: d.nextStep,
        },
      }),
    ),
  )
  await Promise.all(
    corpus.phases.map(({ data: d }) =>
      tx.lifecyclePhase.create({
        data: {
          ...cited('phases', d), order: d.order, name: d.name, summary: d.summary, activities: d.activities,
        },
      }),
    ),
  )
  await tx.phaseTool.createMany({
    data: corpus.phases.flatMap(({ data: d }) => [...new Set(d.tools)].map((toolSlug, order) => ({ phaseSlug: d.slug, toolSlug, order }))),
  })
  await tx.phaseRole.createMany({
    data: corpus.phases.flatMap(({ data: d }) => [...new Set(d.roles)].map((roleSlug) => ({ phaseSlug: d.slug, roleSlug }))),
  })
  await Promise.all(
    corpus.ladder.map(({ data: d }) =>
      tx.ladderLevel.create({
        data: {
          ...cited('ladder', d), order: d.order, title: d.title, scope: d.scope, milestone: d.milestone,
        },
      }),
    ),
  )
  await Promise.all(
    corpus.topics.map(({ data: d }) =>
      tx.topic.create({
        data: {
          ...cited('topics', d), kind: d.kind, order: d.order, title: d.title, summary: d.summary, sections: d.sections,
        },
      }),
    ),
  )
  await tx.keyFigure.createMany({
    data: corpus.figures.map(({ data: d }) => ({ slug: d.slug, reviewed: d.reviewed, order: d.order, value: d.value, label: d.label, detail: d.detail, sourceSlug: d.source })),
  })
  await Promise.all(
    corpus.scenarios.map(({ data: d }) =>
      tx.scenario.create({
        data: {
          ...cited('scenarios', d), title: d.title, summary: d.summary, goals: d.goals, outcomes: d.outcomes,
        },
      }),
    ),
  )
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

async function writeChanges(tx: Tx, corpus: Corpus, body: (key: string) => string) {
  await tx.changeEntry.createMany({
    data: corpus.changes.map(({ data: d }) => ({
      slug: d.slug, reviewed: d.reviewed, date: d.date, title: d.title, summary: d.summary,
      touches: d.touches.map(touchOf), body: body(`changes/${d.slug}`),
    })),
  })
}

// Replaces the whole store with the corpus in one transaction: all of it lands, or none of it.
export async function writeStore(client: PrismaClient, corpus: Corpus, bodies: Bodies, contentHash: string) {
  const body = (key: string) => bodies.get(key) ?? ''
  const cited: Cited = (collection, d) => ({ slug: d.slug, reviewed: d.reviewed, sources: sourcesOf(d.sources), body: body(`${collection}/${d.slug}`) })
  await client.$transaction(
    async (tx) => {
      await clear(tx)
      await writeTaxonomy(tx, corpus, cited)
      await writeRoles(tx, corpus, cited)
      await writeLifecycle(tx, corpus, cited)
      await writeQuiz(tx, corpus)
      await writeChanges(tx, corpus, body)
      await tx.seedInfo.create({ data: { id: 1, contentHash } })
    },
    { timeout: 120_000, maxWait: 30_000 },
  )
}
