import type { Category, MatrixSkill, RoleDetail, RoleDimensions, RoleRef, SourceRef, ToolRef } from '@/lib/types'

/** What the comparison needs from the store; all plain data so the logic stays free of I/O. */
export type CompareInput = {
  a: RoleDetail
  b: RoleDetail
  skills: MatrixSkill[]
  categories: Category[]
  /** skill slug → tools that exercise it, in the skill's own order */
  toolsBySkill: Record<string, ToolRef[]>
}

export type SkillPair = {
  slug: string
  name: string
  category: string
  categoryName: string
  a: number
  b: number
  /** b − a: positive when the second role asks for more */
  delta: number
}

export type SkillSplit = { shared: SkillPair[]; onlyA: SkillPair[]; onlyB: SkillPair[] }

export type MoveStep = SkillPair & { kind: 'gain' | 'raise'; tools: ToolRef[] }

/** Whether the sources name a move from the first role to the second. */
export type PathNote =
  | { kind: 'source'; source: SourceRef }
  | { kind: 'listed' }
  | { kind: 'none' }

export type ToolSplit = { shared: ToolRef[]; onlyA: ToolRef[]; onlyB: ToolRef[] }

export type CategoryPair = { category: string; name: string; a: number; b: number; delta: number }

export type DimensionKey = 'primaryWork' | 'coreSkill' | 'output' | 'infraDepth' | 'mathDepth' | 'demand'
export type DimensionRow = { key: DimensionKey; label: string; a: string; b: string; ratingA: number | null; ratingB: number | null }

export type Comparison = {
  a: RoleRef & { summary: string }
  b: RoleRef & { summary: string }
  split: SkillSplit
  /** every skill either role has, largest difference first */
  deltas: SkillPair[]
  moving: { steps: MoveStep[]; path: PathNote }
  tools: ToolSplit
  categories: CategoryPair[]
  dimensions: { basisA: RoleDimensions['basis']; basisB: RoleDimensions['basis']; rows: DimensionRow[] }
  summary: string[]
}
