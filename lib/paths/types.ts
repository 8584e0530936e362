import type { ToolLink } from '@/lib/scoring/types'
import type { SkillVector, SourceRef } from '@/lib/types'

// Plain data the career-move model works on; lib/queries/paths.ts builds it from the store.

export type PathRole = { slug: string; name: string; category: string; track: { slug: string; name: string } | null }
/** A move the content lists (comesFrom / goesTo); `source` is null when the project lists it without one. */
export type ListedMove = { from: string; to: string; source: SourceRef | null }

export type PathsModel = {
  roles: PathRole[]
  levels: Record<string, SkillVector>
  moves: ListedMove[]
  top: number
  skillNames: Record<string, string>
  tools: Record<string, ToolLink[]>
}

/** Why a move is an edge: a source names it, the role profiles list it without a source, or it is near in skills. */
export type MoveBasis = 'source' | 'listed' | 'skills'
export type EdgeData = { cost: number; basis: MoveBasis; source: SourceRef | null }

export type RaiseSkill = { skill: string; name: string; from: number; to: number; impact: number; tools: ToolLink[] }
export type RouteStep = { from: string; fromName: string; to: string; toName: string; cost: number; basis: MoveBasis; source: SourceRef | null; raise: RaiseSkill[] }
export type Route = { cost: number; steps: RouteStep[] }

export type Verdict = 'direct-only' | 'stepping-stone-saves' | 'same-work' | 'detour'
export type DirectComparison = {
  directCost: number
  /** Whether the direct move is itself an edge (named or near); if not, the best route has to go through others. */
  directIsEdge: boolean
  bestMultiStep: Route | null
  verdict: Verdict
}

export type RoutesResult =
  | { ok: true; from: string; to: string; routes: Route[]; comparison: DirectComparison }
  | { ok: false; from: string; to: string; reason: string }

export type NearMove = { slug: string; name: string; cost: number; basis: MoveBasis; source: SourceRef | null }

/** The start of a search: a role, or a person's levels (a quiz result), which is not a role of the graph. */
export type Start = { kind: 'role'; slug: string } | { kind: 'profile'; name: string; levels: SkillVector }
