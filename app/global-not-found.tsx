import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { RolePicker } from '@/components/compare/role-picker'
import { SiteFrame } from '@/components/site-frame'
import { getPickerData } from '@/lib/queries/compare'
import { NAV_PAGES } from '@/lib/routes'
import './globals.css'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

const LINKS = [...NAV_PAGES, { path: '/', label: 'Home' }]

// Every unknown address lands here, unknown comparisons included (proxy.ts sends them), so the page also
// offers the comparison picker: the usual way to arrive is a pair with a mistyped or repeated role. It is a global
// not-found (its own document) rather than app/not-found.tsx, because the root layout's not-found is rendered into
// the inline payload of every page, picker and all: about 10 KB on each page for a page almost nobody sees.
export default async function GlobalNotFound() {
  const { roles, suggestions } = await getPickerData()
  return (
    <SiteFrame>
      <div className="space-y-10 py-6">
        <div className="mx-auto max-w-xl space-y-4 text-center">
          <p className="text-sm font-semibold text-accent">404</p>
          <h1 className="text-3xl font-bold tracking-tight">This page is not on the map</h1>
          <p className="text-muted">
            The address may be mistyped, or the role or skill may have a different name here. These are good places to
            continue:
          </p>
          <ul className="flex flex-wrap justify-center gap-2">
            {LINKS.map(({ path, label }) => (
              <li key={path}>
                <IntentLink href={path} className="inline-block rounded-md border border-line bg-surface px-3 py-1.5 hover:border-accent">
                  {label}
                </IntentLink>
              </li>
            ))}
          </ul>
        </div>
        <section aria-labelledby="compare-again" className="mx-auto max-w-3xl space-y-3">
          <h2 id="compare-again" className="text-xl font-semibold">Looking for a comparison?</h2>
          <p className="text-muted">
            A comparison needs two different roles from the atlas. If one was unknown or the same role was picked twice,
            pick another role here.
          </p>
          <RolePicker roles={roles} suggestions={suggestions} headingLevel="h3" />
        </section>
      </div>
    </SiteFrame>
  )
}
