'use client'

import { profileOnly } from './when-profile'

/** "You and this role" on a role page, for a browser with a saved profile; nothing at all otherwise. */
export const YouAndRole = profileOnly(() => import('./you-and-role-panel').then((m) => m.YouAndRolePanel))
