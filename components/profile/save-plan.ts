import { chooseRole, levelChanges, levelsOf, rateSkill, withInferred, withSnapshot } from '@/lib/profile/edit'
import { emptyProfile, type Profile } from '@/lib/profile/schema'
import { readStoredProfile, writeStoredProfile } from './profile-storage'

// What saving a quiz or matcher result as the profile would do, loaded only once a result page asks.

export type SaveRequest = { levels: Record<string, number>; source: 'inferred' | 'rated'; current: string | null; order: string[] }
export type SavePlan = { existing: 'none' | 'unreadable' | 'present'; changed: string[]; commit: () => void }

export function planSave({ levels, source, current, order }: SaveRequest): SavePlan {
  const stored = readStoredProfile()
  const base: Profile = stored.kind === 'read' && stored.ok ? stored.profile : emptyProfile()
  const at = new Date().toISOString()
  let next = source === 'inferred' ? withInferred(base, levels, at) : Object.entries(levels).reduce((p, [s, l]) => rateSkill(p, s, l, at), base)
  if (current) next = chooseRole(next, 'current', current, at)
  return {
    existing: stored.kind === 'none' ? 'none' : stored.ok ? 'present' : 'unreadable',
    changed: levelChanges(levelsOf(base), levelsOf(next), order).map((c) => c.skill),
    commit: () => writeStoredProfile(withSnapshot(next, at)),
  }
}
