import type { MatchResult } from './types'

/**
 * The JSON the match and quiz endpoints return: ranked tracks and roles, the profile, the reliability note and
 * the verdict (its sentence, the current role's fit, the other roles in tiers, what separates a close top two).
 */
export function toApiResult(result: MatchResult) {
  const profile = Object.fromEntries(
    Object.entries(result.profile.levels)
      .filter(([, level]) => level > 0)
      .map(([skill, level]) => [skill, { level: Math.round(level * 10) / 10, confidence: result.profile.confidence[skill] ?? 0 }]),
  )
  const { sentence, current, next, closeCall } = result.verdict
  const verdict = {
    sentence,
    current: current ? { slug: current.slug, name: current.name, score: current.score } : null,
    next: next.map((r) => ({ slug: r.slug, name: r.name, score: r.score, track: r.track, tier: r.tier })),
    closeCall,
  }
  return { tracks: result.tracks, roles: result.roles, profile, reliability: result.reliability, verdict }
}
