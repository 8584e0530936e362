import type { QuizKind } from '@/lib/content/enums'
import type { LevelDef } from '@/lib/levels'
import type { Category, MatrixSkill, SkillVector } from '@/lib/types'

// Plain data the scoring functions work on; the query layer builds it from the store.

export type ScoringSkill = MatrixSkill & { categoryName: string }
export type ToolLink = { slug: string; name: string }
export type EvidenceItem = { skill: string; level: number; weight: number }
export type QuizOptionModel = { id: string; label: string; evidence: EvidenceItem[] }
export type QuizQuestionModel = {
  slug: string
  kind: QuizKind
  category: string
  prompt: string
  help: string
  options: QuizOptionModel[]
}
/** One thing a role or track needs: a skill at a level; `weight` is the track's weight (1 for roles). */
export type Need = { skill: string; level: number; weight: number }
export type FitTarget = { slug: string; name: string; needs: Need[] }

export type ScoringModel = {
  scale: LevelDef[]
  categories: Category[]
  skills: ScoringSkill[]
  roles: FitTarget[]
  tracks: FitTarget[]
  tools: Record<string, ToolLink[]>
  questions: QuizQuestionModel[]
}

/** A person's levels (0–4, fractional from the quiz) and how much evidence backs each one. */
export type Profile = { levels: SkillVector; confidence: Record<string, number> }

export type Reliability =
  | { kind: 'ok'; note: null }
  | { kind: 'flat' | 'empty'; note: string }

/** One skill's share of a fit: `points` are percentage points earned (strengths) or lost (gaps). */
export type FitItem = { skill: string; name: string; have: number; need: number; points: number }
export type GapStep = { skill: string; name: string; current: number; target: number; gain: number; tools: ToolLink[] }
export type TargetFit = {
  slug: string
  name: string
  score: number
  strengths: FitItem[]
  gaps: FitItem[]
  /** Skills the person has that the target does not need at all; they dilute the fit a little. */
  unused: FitItem[]
  gapPlan: GapStep[]
}
export type MatchResult = {
  tracks: TargetFit[]
  roles: TargetFit[]
  profile: Profile
  reliability: Reliability
}

export type Answers = Record<string, string>
export type Ratings = Record<string, number>
