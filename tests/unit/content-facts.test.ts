// Content checks, not code tests: these read the shipped corpus in content/ and pin the few facts about it that
// are worth a red build, chiefly the source skills matrix's three persona rows as the matrix reads them. An
// editor who changes one of these on purpose changes it here too; code tests never depend on them.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'

const { corpus, problems, files } = checkContent('content')

function levelsOf(role: string, skills: string[]): Record<string, number | undefined> {
  const entry = corpus.roles.find((r) => r.slug === role)
  const levels = new Map(entry?.data.skills.map((s) => [s.skill, s.level]))
  return Object.fromEntries(skills.map((s) => [s, levels.get(s)]))
}

describe('the shipped corpus', () => {
  it('has no content check problems', () => {
    expect(problems).toEqual([])
  })

  it('is read from every *.mdx file inside a collection folder and nothing else (content/README.md is not content)', () => {
    const mdx = execFileSync('find', ['content', '-mindepth', '2', '-name', '*.mdx'], { encoding: 'utf8' }).trim().split('\n')
    expect(files).toBe(mdx.length)
  })

  it('defines the 0–4 scale the source skills matrix uses', () => {
    expect(corpus.scale.map((e) => e.data.level).sort()).toEqual([0, 1, 2, 3, 4])
  })
})

describe('the source skills matrix, row by row', () => {
  // The deck's words, read on the rubric of content/scale: strong is 3, basic is 1.
  it('reads the practitioner row as strong ML and statistics 3, basic Docker 1', () => {
    expect(levelsOf('mlops-practitioner', ['machine-learning', 'statistics', 'containers'])).toEqual({
      'machine-learning': 3, statistics: 3, containers: 1,
    })
  })

  it('reads the MLOps engineer row as Kubernetes, IaC, CI/CD and monitoring 3 with basic ML 1', () => {
    expect(levelsOf('mlops-engineer', ['kubernetes', 'infrastructure-as-code', 'ci-cd', 'model-monitoring', 'machine-learning'])).toEqual({
      kubernetes: 3, 'infrastructure-as-code': 3, 'ci-cd': 3, 'model-monitoring': 3, 'machine-learning': 1,
    })
  })

  it('reads the AI platform row as advanced Kubernetes 4, cloud 4, security 3', () => {
    expect(levelsOf('ai-platform-engineer', ['kubernetes', 'cloud-platforms', 'security'])).toEqual({
      kubernetes: 4, 'cloud-platforms': 4, security: 3,
    })
  })
})

describe('pay and outlook from the Occupational Outlook Handbook, 2024–34 edition', () => {
  const occupation = (slug: string) => corpus.occupations.find((o) => o.slug === slug)?.data

  // The figures as the Handbook publishes them for May 2024 wages and 2024–34 projections; a new edition
  // changes all of them at once, and this list with them.
  it('copies each occupation’s median wage, growth and entry education as published', () => {
    const figures = corpus.occupations
      .map(({ data: o }) => [o.soc, o.medianWage.amount, o.medianWage.period, o.outlook.growth, `${o.outlook.from}–${o.outlook.to}`, o.education])
      .sort()
    expect(figures).toEqual([
      ['11-3021', 171200, '2024-05', 15, '2024–2034', "Bachelor's degree"],
      ['15-1243', 135980, '2024-05', 4, '2024–2034', "Bachelor's degree"],
      ['15-1252', 133080, '2024-05', 15, '2024–2034', "Bachelor's degree"],
      ['15-2051', 112590, '2024-05', 34, '2024–2034', "Bachelor's degree"],
    ])
    expect(occupation('data-scientists')?.outlook.words).toBe('Much faster than average')
  })

  it('gives every role an occupation or says why none fits, and maps the data scientist to its own occupation', () => {
    for (const role of corpus.roles) expect(role.data.occupation, role.slug).toBeDefined()
    const none = corpus.roles.filter((r) => 'none' in r.data.occupation).map((r) => r.slug)
    expect(none).toEqual(['ai-safety-engineer'])
    const scientist = corpus.roles.find((r) => r.slug === 'data-scientist')?.data.occupation
    expect(scientist && 'occupation' in scientist ? scientist.occupation : null).toBe('data-scientists')
  })
})
