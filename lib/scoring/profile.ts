import type { Answers, Profile, QuizQuestionModel, Ratings, ScoringModel } from './types'
import { topLevel } from '@/lib/levels'
import { ScoringInputError } from './errors'

/**
 * Quiz answers → a profile. Each chosen option is evidence that the person is at some level in some skills;
 * per skill the level is the weight-averaged evidence level and the confidence is the total evidence weight.
 * Skills no answer speaks about stay at 0 with confidence 0.
 */
export function profileFromAnswers(answers: Answers, model: ScoringModel): Profile {
  const questions = new Map(model.questions.map((q) => [q.slug, q]))
  const sums: Record<string, { weighted: number; weight: number }> = {}
  for (const [questionSlug, optionId] of Object.entries(answers)) {
    const question = questions.get(questionSlug)
    if (!question) throw new ScoringInputError(`answers.${questionSlug}`, `Unknown question "${questionSlug}".`)
    const option = question.options.find((o) => o.id === optionId)
    if (!option) throw new ScoringInputError(`answers.${questionSlug}`, `Unknown option "${String(optionId)}" for question "${questionSlug}".`)
    for (const e of option.evidence) {
      const entry = (sums[e.skill] ??= { weighted: 0, weight: 0 })
      entry.weighted += e.level * e.weight
      entry.weight += e.weight
    }
  }
  return toProfile(model, (slug) => {
    const entry = sums[slug]
    return entry && entry.weight > 0 ? { level: entry.weighted / entry.weight, confidence: entry.weight } : null
  })
}

/** Direct self-ratings → a profile. Unrated skills are 0; a rated skill's confidence is 1. */
export function profileFromRatings(ratings: Ratings, model: ScoringModel): Profile {
  const known = new Set(model.skills.map((s) => s.slug))
  const top = topLevel(model.scale)
  for (const [slug, level] of Object.entries(ratings)) {
    if (!known.has(slug)) throw new ScoringInputError(`skills.${slug}`, `Unknown skill "${slug}".`)
    if (!Number.isInteger(level) || level < 0 || level > top) {
      throw new ScoringInputError(`skills.${slug}`, `Level for "${slug}" must be a whole number from 0 to ${top}.`)
    }
  }
  return profileFromLevels(ratings, model)
}

/**
 * Levels taken as they are → a profile: each level held has confidence 1, every other skill is 0. Unlike
 * profileFromRatings it checks nothing, so a saved profile's in-between quiz levels pass through unchanged.
 */
export function profileFromLevels(levels: Record<string, number>, model: ScoringModel): Profile {
  return toProfile(model, (slug) => (Object.hasOwn(levels, slug) ? { level: levels[slug] ?? 0, confidence: 1 } : null))
}

function toProfile(model: ScoringModel, read: (slug: string) => { level: number; confidence: number } | null): Profile {
  const profile: Profile = { levels: {}, confidence: {} }
  for (const skill of model.skills) {
    const value = read(skill.slug)
    profile.levels[skill.slug] = value?.level ?? 0
    profile.confidence[skill.slug] = value?.confidence ?? 0
  }
  return profile
}

/**
 * The position (0-based) of each answered self-rating question's chosen option. An option that is evidence of
 * nothing ("Not sure") is no rating at all, so it is left out rather than counted as a position in a pattern.
 */
export function selfRatingPositions(answers: Answers, questions: QuizQuestionModel[]): number[] {
  return questions
    .filter((q) => q.kind === 'self-rating' && Object.hasOwn(answers, q.slug))
    .map((q) => q.options.findIndex((o) => o.id === answers[q.slug] && o.evidence.length > 0))
    .filter((i) => i >= 0)
}
