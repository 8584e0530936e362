import type { Metadata } from 'next'
import { Suspense } from 'react'
import { RoleBrowser } from '@/components/browse/role-browser'
import { RoleBrowserView } from '@/components/browse/role-browser-view'
import { PageIntro } from '@/components/section'
import { listRoleCards } from '@/lib/queries/roles'
import { listTracks } from '@/lib/queries/tracks'

const description = 'Every role in the atlas: filter by track and role family, or search by name, alias, skill or tool.'

export const metadata: Metadata = {
  title: 'Roles',
  description,
  openGraph: { title: 'Roles · MLOps Atlas', description },
}

export default async function RolesPage() {
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
        <RoleBrowser roles={roles} tracks={trackRefs} />
      </Suspense>
    </div>
  )
}
