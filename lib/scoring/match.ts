import type { SkillVector } from '@/lib/types'
import { fitAnalysis, type SkillShare } from './fit'
import { profileFromAnswers, profileFromRatings, selfRatingPositions } from './profile'
import { reliabilityOf } from './reliability'
import type { Answers, FitItem, FitTarget, GapStep, MatchResult, Profile, Ratings, Reliability, ScoringModel, TargetFit } from './types'

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

function rank(levels: SkillVector, targets: FitTarget[], model: ScoringModel, names: Names): TargetFit[] {
  return targets
    .map((t) => fitTarget(levels, t, model, names))
    .sort(bySlugTie((t) => t.exact, (t) => t.slug))
    .map(({ exact: _exact, ...rest }) => rest)
}

/** Ranks every track and role against a profile; both lists are sorted by fit, ties by slug. */
export function matchProfile(profile: Profile, model: ScoringModel, reliability: Reliability): MatchResult {
  const names: Names = new Map(model.skills.map((s) => [s.slug, s.name]))
  return {
    tracks: rank(profile.levels, model.tracks, model, names),
    roles: rank(profile.levels, model.roles, model, names),
    profile,
    reliability,
  }
}

export function scoreAnswers(answers: Answers, model: ScoringModel): MatchResult {
  const profile = profileFromAnswers(answers, model)
  const positions = selfRatingPositions(answers, model.questions)
  return matchProfile(profile, model, reliabilityOf(positions, 'quiz', Object.keys(answers).length))
}

export function scoreRatings(ratings: Ratings, model: ScoringModel): MatchResult {
  const profile = profileFromRatings(ratings, model)
  return matchProfile(profile, model, reliabilityOf(Object.values(ratings), 'ratings'))
}
