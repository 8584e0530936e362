'use client'

import { useEffect, useState } from 'react'
import type { Profile } from '@/lib/profile/schema'
import { hasStoredProfile } from './profile-presence'

/** Sets each skill's select (ids `rate-<slug>`) and the current role to the saved values; returns how many skills. */
function fillForm(profile: Profile): number {
  let count = 0
  for (const [slug, entry] of Object.entries(profile.skills)) {
    const select = document.getElementById(`rate-${slug}`)
    if (!(select instanceof HTMLSelectElement)) continue
    select.value = String(Math.round(entry.level))
    count++
  }
  const current = document.getElementById('current-role')
  if (current instanceof HTMLSelectElement && profile.current) current.value = profile.current.slug
  return count
}

/**
 * Opens the matcher with the saved profile, rounding a quiz's in-between level to the nearest whole one, as the
 * matcher rates in whole levels. Renders only the line that says so; without a saved profile it does nothing,
 * and the profile's schema loads only for a browser that holds one.
 */
export function ProfilePrefill() {
  const [filled, setFilled] = useState(0)
  useEffect(() => {
    if (!hasStoredProfile()) return
    void import('./profile-storage').then(({ readStoredProfile }) => {
      const stored = readStoredProfile()
      if (stored.kind === 'read' && stored.ok) setFilled(fillForm(stored.profile))
    })
  }, [])
  if (filled === 0) return null
  return (
    <p role="status" className="rounded-lg border border-accent bg-accent-soft p-3 text-sm" data-testid="prefilled">
      Filled in from your saved profile ({filled} skill{filled === 1 ? '' : 's'}, quiz levels rounded to whole ones). Score them to see your matches.
    </p>
  )
}
