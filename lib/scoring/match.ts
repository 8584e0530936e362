import type { SkillVector } from '@/lib/types'
import { fitAnalysis, type SkillShare } from './fit'
import { profileFromAnswers, profileFromRatings, selfRatingPositions } from './profile'
import { ScoringInputError } from './errors'
import { reliabilityOf } from './reliability'
import { trackFits } from './tracks'
import type { Answers, FitItem, FitTarget, GapStep, MatchOptions, MatchResult, Profile, Ratings, Reliability, RoleFit, ScoringModel, TargetFit } from './types'
import { buildVerdict } from './verdict'

export const EXPLAIN_TOP = 3
export const PLAN_MAX = 6
const TOOLS_MAX = 3

const round1 = (n: number) => Math.round(n * 10) / 10
const points = (share: number) => round1(share * 100)

// Sort by a number (descending), then by slug, so equal values always come out in the same order.
function bySlugTie<T>(value: (t: T) => number, slug: (t: T) => string) {
  return (a: T, b: T) => {
    const d = value(b) - value(a)
    return Math.abs(d) > 1e-9 ? d : slug(a).localeCompare(slug(b))
  }
}

type Names = Map<string, string>

function fitTarget(levels: SkillVector, target: FitTarget, model: ScoringModel, names: Names): TargetFit & { exact: number } {
  const { fit, shares, unused, raisedFit } = fitAnalysis(levels, target)
  const item = (s: SkillShare, share: number): FitItem => ({
    skill: s.skill, name: names.get(s.skill) ?? s.skill, have: round1(s.have), need: s.need, points: points(share),
  })
  const strengths = shares
    .filter((s) => s.earned > 1e-9)
    .sort(bySlugTie((s) => s.earned, (s) => s.skill))
    .slice(0, EXPLAIN_TOP)
    .map((s) => item(s, s.earned))
  const missing = shares.filter((s) => s.lost > 1e-9).sort(bySlugTie((s) => s.lost, (s) => s.skill))
  const gaps = missing.slice(0, EXPLAIN_TOP).map((s) => item(s, s.lost))
  const idle = unused
    .filter((s) => s.lost > 1e-9)
    .sort(bySlugTie((s) => s.lost, (s) => s.skill))
    .slice(0, EXPLAIN_TOP)
    .map((s) => ({ skill: s.skill, name: names.get(s.skill) ?? s.skill, have: round1(s.have), need: 0, points: points(s.lost) }))
  // Impact = the exact rise in fit if this one skill reached the target level, everything else unchanged.
  const gapPlan: GapStep[] = missing
    .map((s) => ({ s, gain: raisedFit(s.skill, s.need) - fit }))
    .sort(bySlugTie((g) => g.gain, (g) => g.s.skill))
    .slice(0, PLAN_MAX)
    .map(({ s, gain }) => ({
      skill: s.skill,
      name: names.get(s.skill) ?? s.skill,
      current: round1(s.have),
      target: s.need,
      gain: points(gain),
      tools: (model.tools[s.skill] ?? []).slice(0, TOOLS_MAX),
    }))
  return { slug: target.slug, name: target.name, score: Math.round(fit * 100), exact: fit, strengths, gaps, unused: idle, gapPlan }
}

function rankRoles(levels: SkillVector, model: ScoringModel, names: Names): RoleFit[] {
  return model.roles
    .map((t) => ({ ...fitTarget(levels, t, model, names), track: t.track }))
    .sort(bySlugTie((t) => t.exact, (t) => t.slug))
    .map(({ exact: _exact, ...rest }) => rest)
}

/** The current role, checked against the model: an unknown slug is bad input naming the `current` field. */
function currentRole(model: ScoringModel, options: MatchOptions): string | null {
  const current = options.current ?? null
  if (current !== null && !model.roles.some((r) => r.slug === current)) {
    throw new ScoringInputError('current', `Unknown role "${current}".`)
  }
  return current
}

/**
 * Ranks every role against a profile (best first, ties by slug), derives the tracks from their roles
 * (./tracks.ts) and gives the verdict (./verdict.ts); a current role is scored but never the move.
 */
export function matchProfile(profile: Profile, model: ScoringModel, reliability: Reliability, options: MatchOptions = {}): MatchResult {
  const names: Names = new Map(model.skills.map((s) => [s.slug, s.name]))
  const current = currentRole(model, options)
  const roles = rankRoles(profile.levels, model, names)
  const tracks = trackFits(profile.levels, model.tracks, roles, current)
  const verdict = buildVerdict(profile.levels, roles, tracks, model.roles, names, current)
  return { tracks, roles, profile, reliability, verdict }
}

export function scoreAnswers(answers: Answers, model: ScoringModel, options: MatchOptions = {}): MatchResult {
  const profile = profileFromAnswers(answers, model)
  const positions = selfRatingPositions(answers, model.questions)
  return matchProfile(profile, model, reliabilityOf(positions, 'quiz', Object.keys(answers).length), options)
}

export function scoreRatings(ratings: Ratings, model: ScoringModel, options: MatchOptions = {}): MatchResult {
  const profile = profileFromRatings(ratings, model)
  return matchProfile(profile, model, reliabilityOf(Object.values(ratings), 'ratings'), options)
}
