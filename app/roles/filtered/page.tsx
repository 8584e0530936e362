import type { Metadata } from 'next'
import { RolesIndex } from '@/components/browse/roles-index'
import { parseRoleFilter } from '@/lib/browse/role-filter'
import { getSearchIndex } from '@/lib/queries/search'
import { rankRoles } from '@/lib/search/role-ranking'
import { metadata as rolesMetadata } from '../page'

// Rendered per request with the filter from the address; proxy.ts sends filtered /roles links here.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { ...rolesMetadata, alternates: { canonical: '/roles' }, robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function FilteredRolesPage({ searchParams }: Props) {
  const pairs = Object.entries(await searchParams).flatMap(([key, value]) => [value ?? []].flat().map((v): [string, string] => [key, v]))
  // The same parser as the browser's filter, so server and client agree on what the address asks for.
  const { q } = parseRoleFilter(pairs)
  return <RolesIndex perRequest={{ ranking: q ? rankRoles(await getSearchIndex(), q) : undefined }} />
}
