import type { LoadRequest } from './load'

// The pages a visitor meets most, and the one write-shaped API; the same set for every measurement.
export const ROLE_SLUG = 'mlops-engineer'
export const COMPARE_PAIR = ['ml-engineer', 'mlops-engineer'] as const

export const MATCH_BODY = JSON.stringify({
  skills: { python: 3, kubernetes: 2, 'machine-learning': 2, 'ci-cd': 3, 'model-monitoring': 1, containers: 3 },
})

export const TARGETS: { name: string; request: LoadRequest }[] = [
  { name: 'GET /', request: { path: '/' } },
  { name: `GET /roles/${ROLE_SLUG}`, request: { path: `/roles/${ROLE_SLUG}` } },
  { name: `GET /compare/${COMPARE_PAIR[0]}/${COMPARE_PAIR[1]}`, request: { path: `/compare/${COMPARE_PAIR[0]}/${COMPARE_PAIR[1]}` } },
  { name: 'GET /skills', request: { path: '/skills' } },
  { name: 'GET /api/roles', request: { path: '/api/roles' } },
  { name: 'POST /api/match', request: { method: 'POST', path: '/api/match', body: MATCH_BODY } },
]

export const PAGE_MIX: LoadRequest[] = TARGETS.map((t) => t.request)
