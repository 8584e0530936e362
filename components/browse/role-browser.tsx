'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { useEffect, useState } from 'react'
import { filterToSearch, parseRoleFilter, type RoleFilter, type RoleRanking } from '@/lib/browse/role-filter'
import type { RoleCardData, TrackRef } from '@/lib/types'
import { RoleBrowserView } from './role-browser-view'

type Props = { roles: RoleCardData[]; tracks: TrackRef[]; ranking?: RoleRanking }

/**
 * Filters the role cards in the browser and keeps the filter in the address bar. A text search is ranked by the
 * site search, whose code and index load only once someone types one (a filtered address brings its ranking along).
 */
export function RoleBrowser({ roles, tracks, ranking: initial }: Props) {
  const searchParams = useSearchParams()
  const pathname = usePathname()
  const [filter, setFilter] = useState<RoleFilter>(() => parseRoleFilter(searchParams.entries()))
  const [ranking, setRanking] = useState(initial)
  const [failedFor, setFailedFor] = useState<string>()
  const q = filter.q
  useEffect(() => {
    if (!q || ranking?.q === q) return
    let live = true
    Promise.all([import('@/lib/search/browser-index'), import('@/lib/search/role-ranking')])
      .then(([{ loadSearchIndex }, { rankRoles }]) => loadSearchIndex().then((index) => live && setRanking(rankRoles(index, q))))
      .catch(() => live && setFailedFor(q))
    return () => {
      live = false
    }
  }, [q, ranking?.q])
  const rankingState = !q || ranking?.q === q ? undefined : failedFor === q ? 'failed' : 'loading'
  const onChange = (next: RoleFilter) => {
    setFilter(next)
    // The page is static: rewriting the address is enough, no server round trip.
    window.history.replaceState(null, '', `${pathname}${filterToSearch(next)}`)
  }
  return <RoleBrowserView roles={roles} tracks={tracks} filter={filter} ranking={ranking} rankingState={rankingState} onChange={onChange} />
}
