'use client'

import dynamic from 'next/dynamic'
import { WhenProfile } from './when-profile'

const Panel = dynamic(() => import('./you-in-comparison-panel').then((m) => m.YouInComparisonPanel), { ssr: false })

/** You as a third series next to the two compared roles, for a browser with a saved profile. */
export function YouInComparison(props: { a: string; b: string; version: string }) {
  return (
    <WhenProfile>
      <Panel {...props} />
    </WhenProfile>
  )
}
