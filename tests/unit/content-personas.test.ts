// A content check, not a code test: the personas of the source skills matrix, scored against the shipped matrix
// and quiz as seeded into the store. It fails when an edit to content/ stops a persona from landing on the track or
// role the source puts them in; the scoring code itself is tested on a fixture model in scoring-*.test.ts.
import { describe, expect, it } from 'vitest'
import { scoreAnswers, scoreRatings } from '@/lib/scoring/match'
import type { MatchResult } from '@/lib/scoring/types'
import { useSeededStore } from '../fixtures/store'

useSeededStore()
const model = await (await import('@/lib/queries/scoring')).getScoringModel()

const rate = (levels: Record<string, number>) =>
  Object.fromEntries(Object.entries(levels).map(([q, l]) => [q, `level-${l}`]))
const top = (r: MatchResult, n: number) => r.roles.slice(0, n).map((x) => x.slug)
/** The ranking, for the failure message. */
const show = (r: MatchResult) =>
  `${r.tracks.map((t) => `${t.slug} ${t.score}`).join(', ')} | ${r.roles.slice(0, 5).map((t) => `${t.slug} ${t.score}`).join(', ')}`

const practitioner = {
  ratings: { 'machine-learning': 3, statistics: 3, 'model-evaluation': 3, python: 3, 'deep-learning': 3, containers: 1 },
  answers: {
    'production-drift': 'compare-distributions', 'favourite-part': 'explore-and-model', 'llm-company-docs': 'evaluate-first',
    'weekly-shipping': 'tracking-registry', 'compliance-approval': 'registry-lineage', 'new-prediction-project': 'define-metrics',
    'traffic-surge': 'optimise-model', 'agent-in-production': 'trace-and-evaluate', 'team-seat': 'data-scientist-seat',
    ...rate({
      'rate-python': 3, 'rate-statistics-ml': 3, 'rate-deep-learning': 3, 'rate-llm-applications': 1, 'rate-data-pipelines': 1,
      'rate-containers': 1, 'rate-kubernetes': 0, 'rate-cloud': 1, 'rate-infrastructure-as-code': 0, 'rate-ci-cd': 1,
      'rate-monitoring': 1, 'rate-experiment-tracking': 2, 'rate-security-governance': 0, 'rate-leadership': 1,
    }),
  },
}

const mlopsEngineer = {
  ratings: { kubernetes: 3, 'infrastructure-as-code': 3, 'ci-cd': 3, 'model-monitoring': 3, observability: 3, 'machine-learning': 1 },
  answers: {
    'production-drift': 'retraining-trigger', 'favourite-part': 'build-the-platform', 'llm-company-docs': 'run-the-stack',
    'weekly-shipping': 'cicd-pipeline', 'compliance-approval': 'approval-gates', 'new-prediction-project': 'sketch-architecture',
    'traffic-surge': 'autoscale', 'agent-in-production': 'agent-platform', 'team-seat': 'platform-seat',
    ...rate({
      'rate-python': 2, 'rate-statistics-ml': 1, 'rate-deep-learning': 0, 'rate-llm-applications': 0, 'rate-data-pipelines': 1,
      'rate-containers': 3, 'rate-kubernetes': 3, 'rate-cloud': 2, 'rate-infrastructure-as-code': 3, 'rate-ci-cd': 3,
      'rate-monitoring': 3, 'rate-experiment-tracking': 1, 'rate-security-governance': 1, 'rate-leadership': 1,
    }),
  },
}

// "Broad AI knowledge" read as the track content reads it: many AI skills at a low level, wide but not deep.
const platformEngineer = {
  ratings: {
    kubernetes: 4, 'cloud-platforms': 4, security: 3, 'machine-learning': 2, 'deep-learning': 1, rag: 1, 'ai-agents': 1,
    'llm-evaluation': 1, 'prompt-engineering': 1,
  },
  answers: {
    'production-drift': 'drift-alerts', 'favourite-part': 'build-the-platform', 'llm-company-docs': 'secure-access',
    'weekly-shipping': 'self-service-platform', 'compliance-approval': 'audit-access', 'new-prediction-project': 'sketch-architecture',
    'traffic-surge': 'right-size-compute', 'agent-in-production': 'agent-platform', 'team-seat': 'platform-seat',
    ...rate({
      'rate-python': 2, 'rate-statistics-ml': 2, 'rate-deep-learning': 2, 'rate-llm-applications': 2, 'rate-data-pipelines': 1,
      'rate-containers': 4, 'rate-kubernetes': 4, 'rate-cloud': 4, 'rate-infrastructure-as-code': 3, 'rate-ci-cd': 3,
      'rate-monitoring': 2, 'rate-experiment-tracking': 1, 'rate-security-governance': 3, 'rate-leadership': 2,
    }),
  },
}

describe('persona: strong ML and statistics, Python, ML frameworks, basic Docker', () => {
  it('ranks the MLOps Practitioner track first from direct ratings', () => {
    const r = scoreRatings(practitioner.ratings, model)
    expect(r.tracks[0]?.slug, show(r)).toBe('mlops-practitioner')
    expect(r.tracks[0]!.score).toBeGreaterThan(r.tracks[1]!.score)
  })
  it('ranks the MLOps Practitioner track first from quiz answers', () => {
    const r = scoreAnswers(practitioner.answers, model)
    expect(r.tracks[0]?.slug, show(r)).toBe('mlops-practitioner')
  })
})

describe('persona: Kubernetes, Terraform, CI/CD and monitoring with basic ML', () => {
  it('puts MLOps Engineer among the top three roles from direct ratings', () => {
    const r = scoreRatings(mlopsEngineer.ratings, model)
    expect(top(r, 3), show(r)).toContain('mlops-engineer')
  })
  it('puts MLOps Engineer among the top three roles from quiz answers', () => {
    const r = scoreAnswers(mlopsEngineer.answers, model)
    expect(top(r, 3), show(r)).toContain('mlops-engineer')
  })
})

describe('persona: advanced Kubernetes, cloud, security and broad AI knowledge', () => {
  it('puts AI Platform Engineer among the top three roles from direct ratings', () => {
    const r = scoreRatings(platformEngineer.ratings, model)
    expect(top(r, 3), show(r)).toContain('ai-platform-engineer')
    expect(r.tracks[0]?.slug, show(r)).toBe('ai-platform-engineer')
  })
  it('puts AI Platform Engineer among the top three roles from quiz answers', () => {
    const r = scoreAnswers(platformEngineer.answers, model)
    expect(top(r, 3), show(r)).toContain('ai-platform-engineer')
  })
})
