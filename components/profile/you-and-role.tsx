'use client'

import dynamic from 'next/dynamic'
import { WhenProfile } from './when-profile'

const Panel = dynamic(() => import('./you-and-role-panel').then((m) => m.YouAndRolePanel), { ssr: false })

/** "You and this role" on a role page, for a browser with a saved profile; nothing at all otherwise. */
export function YouAndRole(props: { role: string; version: string }) {
  return (
    <WhenProfile>
      <Panel {...props} />
    </WhenProfile>
  )
}
