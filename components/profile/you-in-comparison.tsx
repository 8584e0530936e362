'use client'

import { useLazyComponent } from '@/components/use-lazy-component'
import { WhenProfile } from './when-profile'

type Props = { a: string; b: string; version: string }
const load = () => import('./you-in-comparison-panel').then((m) => m.YouInComparisonPanel)

// Rendered only inside WhenProfile, so the panel's code is fetched only in a browser with a saved profile.
function Panel(props: Props) {
  const Loaded = useLazyComponent(load)
  return Loaded ? <Loaded {...props} /> : null
}

/** You as a third series next to the two compared roles, for a browser with a saved profile. */
export function YouInComparison(props: Props) {
  return (
    <WhenProfile>
      <Panel {...props} />
    </WhenProfile>
  )
}
