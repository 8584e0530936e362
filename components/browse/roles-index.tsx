import { Suspense } from 'react'
import { RoleBrowser } from '@/components/browse/role-browser'
import { RoleBrowserView } from '@/components/browse/role-browser-view'
import { PageIntro } from '@/components/section'
import type { RoleRanking } from '@/lib/browse/role-filter'
import { listRoleCards } from '@/lib/queries/roles'
import { listTracks } from '@/lib/queries/tracks'

/** The roles list, prerendered without a filter (/roles) or per request with one (/roles/filtered). */
export async function RolesIndex({ ranking }: { ranking?: RoleRanking }) {
  const [roles, tracks] = await Promise.all([listRoleCards(), listTracks()])
  const trackRefs = tracks.map((t) => ({ slug: t.slug, name: t.name }))
  return (
    <div className="space-y-6">
      <PageIntro
        eyebrow="Roles"
        title="Careers that build and run ML and LLM systems"
        lead={`${roles.length} roles, from the data and modelling jobs people start in to the platform, specialist and leadership roles they grow into.`}
      />
      <Suspense fallback={<RoleBrowserView roles={roles} tracks={trackRefs} filter={{}} />}>
        <RoleBrowser roles={roles} tracks={trackRefs} ranking={ranking} />
      </Suspense>
    </div>
  )
}
