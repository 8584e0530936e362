import type { Metadata } from 'next'
import RolesPage, { metadata as rolesMetadata } from '../page'

// Rendered per request with the filter from the address; proxy.ts sends filtered /roles links here.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { ...rolesMetadata, alternates: { canonical: '/roles' }, robots: { index: false } }

export default RolesPage
