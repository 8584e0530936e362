import type { RoleDimensions } from '@/lib/content/schemas'

// The app's own shapes: what the query layer returns and pages render. Plain data, safe to pass to client leaves.
export type { RoleDimensions }

export type SourceRef = { slug: string; title: string; publisher: string; author: string | null; year: number | null; url: string | null }
export type Category = { slug: string; name: string; order: number; description: string }
export type TrackRef = { slug: string; name: string }
export type RoleRef = { slug: string; name: string }
export type ToolRef = { slug: string; name: string; purpose: string; description: string }

export type RoleSummary = {
  slug: string
  name: string
  summary: string
  category: string
  track: TrackRef | null
  aliases: string[]
}

export type RoleSkill = {
  slug: string
  name: string
  category: string
  categoryName: string
  level: number
  note: string | null
}

export type Salary = { min: number; max: number; currency: string; note: string | null; source: SourceRef }
/** A standard occupation's published figures: wage in US dollars for `wagePeriod` (YYYY-MM), growth in percent. */
export type Occupation = {
  slug: string
  soc: string
  title: string
  url: string
  medianWage: number
  wagePeriod: string
  wageGroup: string | null
  growth: number
  growthWords: string | null
  outlookFrom: number
  outlookTo: number
  outlookGroup: string | null
  education: string
  source: SourceRef
}
/** The nearest occupation to a role and how it differs, or `occupation: null` with why none is a fair match. */
export type OccupationMatch = { occupation: Occupation | null; note: string }
/** Everything the site knows about a role's pay: a source's range where one exists, and the occupation. */
export type RolePay = { salary: Salary | null; occupation: OccupationMatch }
export type RolePathLink = RoleRef & { source: SourceRef | null }

export type RoleDetail = RoleSummary & {
  focus: string
  responsibilities: string[]
  education: string[]
  experience: string[]
  certifications: string[]
  dimensions: RoleDimensions
  salary: Salary | null
  occupation: OccupationMatch
  skills: RoleSkill[]
  tools: ToolRef[]
  pathsIn: RolePathLink[]
  pathsOut: RolePathLink[]
  related: Array<RoleRef & { summary: string }>
  phases: Array<{ slug: string; name: string; order: number }>
  sources: SourceRef[]
  reviewed: string
  body: string
}

/** A skill vector: skill slug → level 0–4 (missing = 0). */
export type SkillVector = Record<string, number>

export type MatrixSkill = { slug: string; name: string; category: string; order: number }
export type Matrix = {
  categories: Category[]
  skills: MatrixSkill[]
  roles: Array<RoleRef & { category: string; track: TrackRef | null }>
  levels: Record<string, SkillVector>
}

// Browsing pages: skills, tracks, lifecycle and home.
export type SkillSummary = { slug: string; name: string; category: string; categoryName: string; description: string }
export type SkillDetail = SkillSummary & {
  body: string
  tools: ToolRef[]
  roles: Array<RoleRef & { level: number; note: string | null; track: TrackRef | null }>
  sources: SourceRef[]
  reviewed: string
}
export type TrackSummary = { slug: string; name: string; order: number; summary: string; audience: string; focus: string; roles: RoleRef[] }
export type TrackDetail = Omit<TrackSummary, 'roles'> & {
  roles: Array<RoleRef & { summary: string; category: string }>
  skills: Array<{ slug: string; name: string; category: string; categoryName: string; level: number; weight: number }>
  entries: Array<RoleRef & { note: string }>
  sources: SourceRef[]
  reviewed: string
  body: string
}
export type KeyFigureView = { slug: string; value: string; label: string; detail: string; source: SourceRef }
export type TopicSection = { title: string; items: string[] }
export type TopicView = { slug: string; kind: string; title: string; summary: string; sections: TopicSection[]; sources: SourceRef[]; body: string }
export type MaturityView = {
  slug: string
  level: number
  name: string
  summary: string
  characteristics: string[]
  automates: string[]
  nextStep: string
  sources: SourceRef[]
}
export type PhaseView = {
  slug: string
  order: number
  name: string
  summary: string
  activities: string[]
  tools: ToolRef[]
  roles: RoleRef[]
  sources: SourceRef[]
}
export type LadderView = { slug: string; order: number; title: string; scope: string; milestone: string; sources: SourceRef[] }
export type ScenarioView = {
  slug: string
  title: string
  summary: string
  goals: string[]
  outcomes: string[]
  parts: Array<RoleRef & { contribution: string }>
  sources: SourceRef[]
  body: string
}
/** A role card: the summary and the role's strongest skills (the text filter ranks with the site search). */
export type RoleCardData = RoleSummary & { topSkills: Array<{ name: string; level: number }> }
