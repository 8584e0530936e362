// Kept apart from the schemas so browser code (the role filter, labels) can use them without bundling every schema.
export const ROLE_CATEGORIES = ['data', 'ml-engineering', 'operations', 'platform', 'specialist', 'leadership', 'origin'] as const

/** preference: pick what you would enjoy doing; self-rating: rate yourself on a skill. */
export const QUIZ_KINDS = ['preference', 'self-rating'] as const
export type QuizKind = (typeof QUIZ_KINDS)[number]

export const TOOL_PURPOSES = [
  'data-processing',
  'data-storage',
  'analysis-notebooks',
  'ml-frameworks',
  'llm-frameworks',
  'vector-databases',
  'containers-orchestration',
  'infrastructure-as-code',
  'cloud-platforms',
  'pipeline-orchestration',
  'experiment-tracking',
  'feature-stores',
  'model-serving',
  'monitoring-observability',
  'llm-evaluation',
  'ci-cd',
  'distributed-training',
] as const
