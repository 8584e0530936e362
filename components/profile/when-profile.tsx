'use client'

import { useEffect, useState, type ComponentType, type ReactNode } from 'react'
import { useLazyComponent } from '@/components/use-lazy-component'
import { hasStoredProfile, subscribeToProfile } from './profile-presence'

/**
 * Renders its children only in a browser that holds a saved profile. Pages put a lazily imported panel inside,
 * so a visitor without a profile downloads nothing but this check.
 */
function WhenProfile({ children }: { children: ReactNode }) {
  const [present, setPresent] = useState(false)
  useEffect(() => {
    const check = () => setPresent(hasStoredProfile())
    check()
    return subscribeToProfile(check)
  }, [])
  return present ? children : null
}

/**
 * A panel for a browser with a saved profile, from a module-level `import()` of it: the module is fetched only
 * inside WhenProfile, so anyone else renders nothing and downloads nothing of it.
 */
export function profileOnly<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  function Panel(props: P) {
    const Loaded = useLazyComponent(load)
    return Loaded ? <Loaded {...props} /> : null
  }
  return function ProfileOnly(props: P) {
    return (
      <WhenProfile>
        <Panel {...props} />
      </WhenProfile>
    )
  }
}
