import type { Metadata } from 'next'
import { RolePicker } from '@/components/compare/role-picker'
import { NotFoundView } from '@/components/not-found-view'
import { SectionSuggestions } from '@/components/section-suggestions'
import { SiteFrame } from '@/components/site-frame'
import { trackLabel } from '@/lib/browse/labels'
import { getPickerData } from '@/lib/queries/compare'
import { listRoles } from '@/lib/queries/roles'
import { listSkills } from '@/lib/queries/skills'
import { listTracks } from '@/lib/queries/tracks'
import './globals.css'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

const entries = (list: Array<{ slug: string; name: string }>) => list.map(({ slug, name }) => ({ slug, name }))

// Every unknown address lands here, unknown comparisons included (proxy.ts sends them), and the page offers what
// fits the section the address was heading for. It is a global not-found (its own document) rather than
// app/not-found.tsx, because the root layout's not-found is rendered into the inline payload of every page: this
// one's lists and picker would add about 10 KB to each page for a page almost nobody sees.
export default async function GlobalNotFound() {
  const [roles, skills, tracks, picker] = await Promise.all([listRoles(), listSkills(), listTracks(), getPickerData()])
  return (
    <SiteFrame>
      <NotFoundView title="This page is not on the map" lead="The address may be mistyped, or the role or skill may have a different name here.">
        <SectionSuggestions
          roles={entries(roles)}
          skills={entries(skills)}
          tracks={tracks.map((t) => ({ slug: t.slug, name: trackLabel(t) }))}
          picker={
            <section aria-labelledby="compare-again" className="space-y-3">
              <h2 id="compare-again" className="text-xl font-semibold">Looking for a comparison?</h2>
              <p className="text-muted">
                A comparison needs two different roles from the atlas. If one was unknown or the same role was picked
                twice, pick another role here.
              </p>
              <RolePicker roles={picker.roles} suggestions={picker.suggestions} headingLevel="h3" />
            </section>
          }
        />
      </NotFoundView>
    </SiteFrame>
  )
}
