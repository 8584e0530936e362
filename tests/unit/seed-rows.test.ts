import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content/load'
import { roleLinkSlug } from '@/lib/content/references'
import { useSeededStore, rowCounts, snapshot } from '../fixtures/store'

// What the global setup's seed of content/ wrote, checked row for row against the corpus it read: the expected
// numbers are counted from the content, so an editor's change never breaks this test, but a lost row does.
const file = useSeededStore()
const { corpus } = loadContent('content')
const rows = snapshot(file)
const data = <T extends { data: unknown }>(entries: T[]): Array<T['data']> => entries.map((e) => e.data)
const sum = <T>(items: T[], count: (item: T) => number) => items.reduce((n, item) => n + count(item), 0)
const unique = (items: string[]) => new Set(items).size

const roles = data(corpus.roles)
const pathKeys = roles.flatMap((r) => [
  ...r.comesFrom.map((link) => `${roleLinkSlug(link)}>${r.slug}`),
  ...r.goesTo.map((link) => `${r.slug}>${roleLinkSlug(link)}`),
])
const cited = (entries: Array<{ data: { sources: string[] } }>) => entries.map((e) => e.data.sources)
const citing = { Skill: cited(corpus.skills), Tool: cited(corpus.tools), Track: cited(corpus.tracks), Role: cited(corpus.roles), MaturityLevel: cited(corpus.maturity),
  LifecyclePhase: cited(corpus.phases), LadderLevel: cited(corpus.ladder), Topic: cited(corpus.topics), Scenario: cited(corpus.scenarios) }
const joinTable = (model: string) => (model < 'Source' ? `_${model}ToSource` : `_SourceTo${model}`)

describe('the store seeded from content/', () => {
  it('holds exactly one row per corpus entry, link and level, in every table', () => {
    const expected: Record<string, number> = {
      Source: corpus.sources.length, LevelDef: corpus.scale.length, SkillCategory: corpus.categories.length,
      Skill: corpus.skills.length, SkillTool: sum(data(corpus.skills), (s) => s.tools.length), Tool: corpus.tools.length,
      Track: corpus.tracks.length, TrackSkill: sum(data(corpus.tracks), (t) => t.skills.length),
      TrackEntry: sum(data(corpus.tracks), (t) => t.entries.length),
      Role: roles.length, RoleSalary: roles.filter((r) => r.salary).length, RoleAlias: sum(roles, (r) => unique(r.aliases)),
      RoleSkill: sum(roles, (r) => r.skills.length), RoleTool: sum(roles, (r) => r.tools.length),
      RoleRelated: sum(roles, (r) => unique(r.related)), RolePath: unique(pathKeys),
      MaturityLevel: corpus.maturity.length, LifecyclePhase: corpus.phases.length, LadderLevel: corpus.ladder.length,
      PhaseTool: sum(data(corpus.phases), (p) => unique(p.tools)), PhaseRole: sum(data(corpus.phases), (p) => unique(p.roles)),
      Topic: corpus.topics.length, KeyFigure: corpus.figures.length, Scenario: corpus.scenarios.length,
      ScenarioPart: sum(data(corpus.scenarios), (s) => s.parts.length), QuizQuestion: corpus.quiz.length,
      QuizOption: sum(data(corpus.quiz), (q) => q.options.length),
      QuizEvidence: sum(data(corpus.quiz), (q) => sum(q.options, (o) => o.evidence.length)), SeedInfo: 1,
      ChangeEntry: corpus.changes.length, Occupation: corpus.occupations.length,
      ...Object.fromEntries(Object.entries(citing).map(([model, lists]) => [joinTable(model), sum(lists, unique)])),
    }
    expect(rowCounts(rows)).toEqual(expected)
  })

  it('stores every role’s sources, salary, occupation and skill levels as the content gives them', () => {
    const db = new Database(file, { readonly: true })
    const occupation = db.prepare('SELECT occupationSlug, occupationNote FROM "Role" WHERE slug = ?')
    const sources = db.prepare('SELECT B FROM "_RoleToSource" WHERE A = ? ORDER BY B').pluck()
    const salary = db.prepare('SELECT min, max, currency, note, sourceSlug FROM "RoleSalary" WHERE roleSlug = ?')
    const levels = db.prepare('SELECT skillSlug, level FROM "RoleSkill" WHERE roleSlug = ? ORDER BY skillSlug')
    for (const role of roles) {
      expect(sources.all(role.slug), role.slug).toEqual([...new Set(role.sources)].sort())
      const s = role.salary
      expect(salary.get(role.slug), role.slug).toEqual(s ? { min: s.min, max: s.max, currency: s.currency, note: s.note ?? null, sourceSlug: s.source } : undefined)
      const o = role.occupation
      expect(occupation.get(role.slug), role.slug).toEqual(
        'none' in o ? { occupationSlug: null, occupationNote: o.none } : { occupationSlug: o.occupation, occupationNote: o.note },
      )
      const given = role.skills.map((k) => ({ skillSlug: k.skill, level: k.level })).sort((a, b) => (a.skillSlug < b.skillSlug ? -1 : 1))
      expect(levels.all(role.slug), role.slug).toEqual(given)
    }
    db.close()
  })

  it('stores every occupation’s published figures with their periods, groups and source', () => {
    const db = new Database(file, { readonly: true })
    const row = db.prepare('SELECT soc, medianWage, wagePeriod, wageGroup, growth, growthWords, outlookFrom, outlookTo, outlookGroup, education, sourceSlug FROM "Occupation" WHERE slug = ?')
    for (const { data: o } of corpus.occupations) {
      expect(row.get(o.slug), o.slug).toEqual({
        soc: o.soc, medianWage: o.medianWage.amount, wagePeriod: o.medianWage.period, wageGroup: o.medianWage.group ?? null, growth: o.outlook.growth,
        growthWords: o.outlook.words ?? null, outlookFrom: o.outlook.from, outlookTo: o.outlook.to, outlookGroup: o.outlook.group ?? null,
        education: o.education, sourceSlug: o.source,
      })
    }
    db.close()
  })

  it('leaves no RoleSkill, TrackSkill or QuizEvidence pointing at a skill that does not exist', () => {
    const db = new Database(file, { readonly: true })
    const dangling = (table: string) =>
      db.prepare(`SELECT COUNT(*) FROM "${table}" t LEFT JOIN "Skill" s ON s.slug = t.skillSlug WHERE s.slug IS NULL`).pluck().get()
    expect([dangling('RoleSkill'), dangling('TrackSkill'), dangling('QuizEvidence')]).toEqual([0, 0, 0])
    db.close()
  })

  it('is in WAL mode, so readers keep reading while a seed writes', () => {
    const db = new Database(file, { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })
})
