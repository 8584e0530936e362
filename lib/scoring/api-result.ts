import type { MatchResult } from './types'

/** The JSON the match and quiz endpoints return: ranked tracks and roles, the profile and the reliability note. */
export function toApiResult(result: MatchResult) {
  const profile = Object.fromEntries(
    Object.entries(result.profile.levels)
      .filter(([, level]) => level > 0)
      .map(([skill, level]) => [skill, { level: Math.round(level * 10) / 10, confidence: result.profile.confidence[skill] ?? 0 }]),
  )
  return { tracks: result.tracks, roles: result.roles, profile, reliability: result.reliability }
}
