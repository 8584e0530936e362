'use client'

import Link from 'next/link'
import { useEffect, useState } from 'react'
import { chooseRole, levelChanges, levelsOf, rateSkill, withInferred, withSnapshot } from '@/lib/profile/edit'
import { emptyProfile, type Profile } from '@/lib/profile/schema'
import { readStoredProfile, writeStoredProfile } from './profile-storage'

type Props = {
  /** The levels this result rests on: inferred from quiz answers, or rated in the matcher. */
  levels: Record<string, number>
  source: 'inferred' | 'rated'
  current: string | null
  /** Skill names, in matrix order, for the list of what would change. */
  skills: Array<{ slug: string; name: string }>
}

const PREVIEW = 4

/** "Save as my profile", saying first what it would change in a profile this browser already holds. */
export function SaveAsProfile({ levels, source, current, skills }: Props) {
  const [existing, setExisting] = useState<Profile | null | 'unreadable'>(null)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    const stored = readStoredProfile()
    setExisting(stored.kind === 'none' ? null : stored.ok ? stored.profile : 'unreadable')
  }, [])

  const base = existing && existing !== 'unreadable' ? existing : emptyProfile()
  const at = new Date().toISOString()
  let next = source === 'inferred' ? withInferred(base, levels, at) : Object.entries(levels).reduce((p, [s, l]) => rateSkill(p, s, l, at), base)
  if (current) next = chooseRole(next, 'current', current, at)
  const changes = levelChanges(levelsOf(base), levelsOf(next), skills.map((s) => s.slug))
  const name = (slug: string) => skills.find((s) => s.slug === slug)?.name ?? slug

  if (saved) {
    return <p role="status" className="rounded-lg border border-accent bg-accent-soft p-3">Saved in this browser. <Link href="/me" className="font-medium text-accent underline underline-offset-2">See your profile</Link></p>
  }
  return (
    <div className="space-y-2 rounded-lg border border-line bg-surface p-4">
      <button
        type="button"
        disabled={existing === 'unreadable'}
        onClick={() => { writeStoredProfile(withSnapshot(next, at)); setSaved(true) }}
        className="min-h-11 rounded-md bg-accent px-4 font-semibold text-white disabled:opacity-50 dark:text-canvas"
      >
        {existing ? 'Update my profile with this result' : 'Save as my profile'}
      </button>
      <p className="text-sm text-muted">
        {existing === 'unreadable'
          ? 'The profile in this browser could not be read; open your profile page to sort it out first.'
          : existing
            ? changes.length === 0
              ? 'Your saved profile already has these levels.'
              : `This changes ${changes.length} skill level${changes.length === 1 ? '' : 's'} in your saved profile: ${changes.slice(0, PREVIEW).map((c) => name(c.skill)).join(', ')}${changes.length > PREVIEW ? ' and more' : ''}.`
            : 'Kept in this browser only, so every page can show where you stand.'}
      </p>
    </div>
  )
}
