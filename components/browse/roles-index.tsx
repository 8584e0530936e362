import { Suspense } from 'react'
import { RoleBrowser } from '@/components/browse/role-browser'
import { RoleBrowserView } from '@/components/browse/role-browser-view'
import { PageIntro } from '@/components/section'
import type { RoleRanking } from '@/lib/browse/role-filter'
import { listRoleCards } from '@/lib/queries/roles'
import { listTracks } from '@/lib/queries/tracks'

type Props = { perRequest?: { ranking?: RoleRanking } }

/**
 * The roles list, prerendered without a filter (/roles) or per request with one (/roles/filtered). Prerendered, the
 * filter reads the address only in the browser, so the no-JavaScript list stands in until then; per request the
 * address is known on the server, and a stand-in would only stream a second copy of the list (and its ids).
 */
export async function RolesIndex({ perRequest }: Props) {
  const [roles, tracks] = await Promise.all([listRoleCards(), listTracks()])
  const trackRefs = tracks.map((t) => ({ slug: t.slug, name: t.name }))
  return (
    <div className="space-y-6">
      <PageIntro
        eyebrow="Roles"
        title="Careers that build and run ML and LLM systems"
        lead={`${roles.length} roles, from the data and modelling jobs people start in to the platform, specialist and leadership roles they grow into.`}
      />
      {perRequest ? (
        <RoleBrowser roles={roles} tracks={trackRefs} ranking={perRequest.ranking} />
      ) : (
        <Suspense fallback={<RoleBrowserView roles={roles} tracks={trackRefs} filter={{}} />}>
          <RoleBrowser roles={roles} tracks={trackRefs} />
        </Suspense>
      )}
    </div>
  )
}
