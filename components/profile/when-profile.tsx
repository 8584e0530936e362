'use client'

import { useEffect, useState, type ReactNode } from 'react'
import { hasStoredProfile, subscribeToProfile } from './profile-presence'

/**
 * Renders its children only in a browser that holds a saved profile. Pages put a lazily imported panel inside,
 * so a visitor without a profile downloads nothing but this check.
 */
export function WhenProfile({ children }: { children: ReactNode }) {
  const [present, setPresent] = useState(false)
  useEffect(() => {
    const check = () => setPresent(hasStoredProfile())
    check()
    return subscribeToProfile(check)
  }, [])
  return present ? children : null
}
