'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { useState } from 'react'
import { filterToSearch, parseRoleFilter, type RoleFilter } from '@/lib/browse/role-filter'
import type { RoleCardData, TrackRef } from '@/lib/types'
import { RoleBrowserView } from './role-browser-view'

/** Filters the role cards in the browser and keeps the filter in the address bar. */
export function RoleBrowser({ roles, tracks }: { roles: RoleCardData[]; tracks: TrackRef[] }) {
  const searchParams = useSearchParams()
  const pathname = usePathname()
  const [filter, setFilter] = useState<RoleFilter>(() => parseRoleFilter(searchParams.entries()))
  const onChange = (next: RoleFilter) => {
    setFilter(next)
    // The page is static: rewriting the address is enough, no server round trip.
    window.history.replaceState(null, '', `${pathname}${filterToSearch(next)}`)
  }
  return <RoleBrowserView roles={roles} tracks={tracks} filter={filter} onChange={onChange} />
}
