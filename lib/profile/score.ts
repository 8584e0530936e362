import { matchProfile } from '@/lib/scoring/match'
import { reliabilityOf } from '@/lib/scoring/reliability'
import { profileFromLevels } from '@/lib/scoring/profile'
import type { MatchOptions, MatchResult, ScoringModel } from '@/lib/scoring/types'

/**
 * A saved profile scored exactly as the server scores the matcher's ratings (lib/scoring/match.ts): each level
 * the profile holds is a rating with confidence 1, every other skill is 0. The quiz's in-between levels pass
 * through unchanged. Pure; the browser runs it on the model from /api/scoring-model.
 */
export function scoreLevels(levels: Record<string, number>, model: ScoringModel, options: MatchOptions = {}): MatchResult {
  return matchProfile(profileFromLevels(levels, model), model, reliabilityOf(Object.values(levels), 'ratings'), options)
}
