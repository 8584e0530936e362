import { HISTORY_MAX, type Profile, type RoleSide, type Snapshot } from './schema'

/**
 * Changes to a profile, each returning a new one (the old is never mutated) stamped with `at`, an ISO time the
 * caller passes in, so the functions stay pure and tests choose the clock. A quiz's in-between levels are kept as
 * they are, so a saved profile scores exactly as the quiz result did.
 */

export function rateSkill(profile: Profile, skill: string, level: number | null, at: string): Profile {
  const skills = { ...profile.skills }
  if (level === null) delete skills[skill]
  else skills[skill] = { level, source: 'rated', at }
  return { ...profile, skills }
}

export function chooseRole(profile: Profile, side: RoleSide, slug: string | null, at: string): Profile {
  return { ...profile, [side]: slug ? { slug, at } : null }
}

/** The quiz's levels (skills it found evidence for) replace those skills' levels, marked as inferred. */
export function withInferred(profile: Profile, levels: Record<string, number>, at: string): Profile {
  const skills = { ...profile.skills }
  for (const [slug, level] of Object.entries(levels)) skills[slug] = { level, source: 'inferred', at }
  return { ...profile, skills }
}

/** The profile's levels as a scoring input: skill → level, unrated skills absent (they count as 0). */
export function levelsOf(profile: Pick<Profile, 'skills'>): Record<string, number> {
  return Object.fromEntries(Object.entries(profile.skills).map(([slug, s]) => [slug, s.level]))
}

/** Each save keeps a dated snapshot; past HISTORY_MAX the oldest go. */
export function withSnapshot(profile: Profile, at: string): Profile {
  const snapshot: Snapshot = { at, levels: levelsOf(profile), target: profile.target?.slug ?? null }
  return { ...profile, history: [...profile.history, snapshot].slice(-HISTORY_MAX) }
}

export type LevelChange = { skill: string; from: number | null; to: number | null }

/** Skills whose level differs between two sets of levels (null = unrated), in the order `order` gives. */
export function levelChanges(before: Record<string, number>, after: Record<string, number>, order: string[]): LevelChange[] {
  return order
    .map((skill) => ({ skill, from: before[skill] ?? null, to: after[skill] ?? null }))
    .filter((c) => c.from !== c.to)
}
