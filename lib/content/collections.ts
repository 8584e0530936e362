import type { z } from 'zod'
import {
  categorySchema,
  changeSchema,
  figureSchema,
  ladderSchema,
  maturitySchema,
  occupationSchema,
  phaseSchema,
  quizSchema,
  roleSchema,
  scaleSchema,
  scenarioSchema,
  skillSchema,
  sourceSchema,
  toolSchema,
  topicSchema,
  trackSchema,
} from './schemas'

// Each folder under content/ is one collection; `body` says whether its MDX body is shown on a page.
export const collections = {
  sources: { schema: sourceSchema, body: false, title: 'Sources' },
  scale: { schema: scaleSchema, body: false, title: 'Level scale' },
  categories: { schema: categorySchema, body: false, title: 'Skill categories' },
  skills: { schema: skillSchema, body: true, title: 'Skills' },
  tools: { schema: toolSchema, body: false, title: 'Tools' },
  occupations: { schema: occupationSchema, body: false, title: 'Occupations (pay and outlook)' },
  roles: { schema: roleSchema, body: true, title: 'Roles' },
  tracks: { schema: trackSchema, body: true, title: 'Tracks' },
  maturity: { schema: maturitySchema, body: true, title: 'Maturity levels' },
  phases: { schema: phaseSchema, body: true, title: 'Lifecycle phases' },
  ladder: { schema: ladderSchema, body: true, title: 'Career ladder' },
  topics: { schema: topicSchema, body: true, title: 'Topics' },
  figures: { schema: figureSchema, body: false, title: 'Key figures' },
  scenarios: { schema: scenarioSchema, body: true, title: 'Scenarios' },
  quiz: { schema: quizSchema, body: false, title: 'Quiz questions' },
  changes: { schema: changeSchema, body: true, title: 'Changelog' },
} as const satisfies Record<string, { schema: z.ZodType; body: boolean; title: string }>

export type CollectionName = keyof typeof collections
export const collectionNames = Object.keys(collections) as CollectionName[]

export type CollectionData<C extends CollectionName> = z.infer<(typeof collections)[C]['schema']>
