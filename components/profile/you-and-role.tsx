'use client'

import { useLazyComponent } from '@/components/use-lazy-component'
import { WhenProfile } from './when-profile'

type Props = { role: string; version: string }
const load = () => import('./you-and-role-panel').then((m) => m.YouAndRolePanel)

// Rendered only inside WhenProfile, so the panel's code is fetched only in a browser with a saved profile.
function Panel(props: Props) {
  const Loaded = useLazyComponent(load)
  return Loaded ? <Loaded {...props} /> : null
}

/** "You and this role" on a role page, for a browser with a saved profile; nothing at all otherwise. */
export function YouAndRole(props: Props) {
  return (
    <WhenProfile>
      <Panel {...props} />
    </WhenProfile>
  )
}
