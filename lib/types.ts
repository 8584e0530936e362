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
export type RolePathLink = RoleRef & { source: SourceRef | null }

export type RoleDetail = RoleSummary & {
  focus: string
  responsibilities: string[]
  education: string[]
  experience: string[]
  certifications: string[]
  dimensions: RoleDimensions
  salary: Salary | null
  skills: RoleSkill[]
  tools: ToolRef[]
  pathsIn: RolePathLink[]
  pathsOut: RolePathLink[]
  related: Array<RoleRef & { summary: string }>
  phases: Array<{ slug: string; name: string; order: number }>
  sources: SourceRef[]
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
