import type { QuizKind } from '@/lib/content/enums'
import type { LevelDef } from '@/lib/levels'
import type { Category, MatrixSkill, SkillVector } from '@/lib/types'

// Plain data the scoring functions work on; the query layer builds it from the store.

export type ScoringSkill = MatrixSkill & { categoryName: string }
/** A tool that exercises a skill; the description is the tool's own from content, shown on tap or keyboard. */
export type ToolLink = { slug: string; name: string; description: string }
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
/** A role and the track it belongs to (null for the roles people come from, which are on no track). */
export type RoleTarget = FitTarget & { track: string | null }
/** A track and its position, which names it unambiguously ("Track 1 · …", lib/browse/labels.ts). */
export type TrackTarget = FitTarget & { order: number }

export type ScoringModel = {
  scale: LevelDef[]
  categories: Category[]
  skills: ScoringSkill[]
  roles: RoleTarget[]
  tracks: TrackTarget[]
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
export type RoleFit = TargetFit & { track: string | null }
/**
 * A track's fit is its best role's (lib/scoring/tracks.ts): `via` names that role, and the explanation is that
 * role's, so the points still add up to the score. `label` is the unambiguous name.
 */
export type TrackFit = TargetFit & { order: number; label: string; via: { slug: string; name: string } | null }

export type Tier = 'fit-now' | 'within-reach' | 'further-away'
export type TieredRole = RoleFit & { tier: Tier }
/** A skill that decides between the top two roles: `points` of fit it gives `favours` over the other. */
export type SeparatingSkill = { skill: string; name: string; have: number; needs: [number, number]; favours: string; points: number }
export type Verdict = {
  sentence: string
  /** The role the person named as theirs now, scored like any other, or null. */
  current: RoleFit | null
  /** Every role but the current one, best first, with its tier. */
  next: TieredRole[]
  /** When the top two of `next` are within CLOSE_CALL points: the skills that separate them. */
  closeCall: { a: string; b: string; skills: SeparatingSkill[] } | null
}
export type MatchResult = {
  tracks: TrackFit[]
  roles: RoleFit[]
  profile: Profile
  reliability: Reliability
  verdict: Verdict
}
/** Options every scoring entry point takes: the person's current role, never recommended as the move. */
export type MatchOptions = { current?: string | null }

export type Answers = Record<string, string>
export type Ratings = Record<string, number>
