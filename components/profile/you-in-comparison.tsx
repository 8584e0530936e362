'use client'

import { profileOnly } from './when-profile'

/** You as a third series next to the two compared roles, for a browser with a saved profile. */
export const YouInComparison = profileOnly(() => import('./you-in-comparison-panel').then((m) => m.YouInComparisonPanel))
