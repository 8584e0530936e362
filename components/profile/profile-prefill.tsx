'use client'

import { useEffect, useState } from 'react'
import { readStoredProfile } from './profile-storage'

/**
 * Opens the matcher with the saved profile: fills each skill's select (ids `rate-<slug>`) and the current role
 * with the saved values, rounding a quiz's in-between level to the nearest whole one, as the matcher rates in
 * whole levels. Renders only the line that says so; without a saved profile it does nothing.
 */
export function ProfilePrefill() {
  const [filled, setFilled] = useState(0)
  useEffect(() => {
    const stored = readStoredProfile()
    if (stored.kind === 'none' || !stored.ok) return
    let count = 0
    for (const [slug, entry] of Object.entries(stored.profile.skills)) {
      const select = document.getElementById(`rate-${slug}`)
      if (!(select instanceof HTMLSelectElement)) continue
      select.value = String(Math.round(entry.level))
      count++
    }
    const current = document.getElementById('current-role')
    if (current instanceof HTMLSelectElement && stored.profile.current) current.value = stored.profile.current.slug
    setFilled(count)
  }, [])
  if (filled === 0) return null
  return (
    <p role="status" className="rounded-lg border border-accent bg-accent-soft p-3 text-sm" data-testid="prefilled">
      Filled in from your saved profile ({filled} skill{filled === 1 ? '' : 's'}, quiz levels rounded to whole ones). Score them to see your matches.
    </p>
  )
}
