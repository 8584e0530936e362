import { IntentLink } from '@/components/intent-link'
import type { ReactNode } from 'react'
import { NAV_PAGES } from '@/lib/routes'

const LINKS = [...NAV_PAGES, { path: '/', label: 'Home' }]

/**
 * A 404 that helps from where the person was heading: what exists in that section first (`children`), then the
 * site's main pages.
 */
export function NotFoundView({ title, lead, children }: { title: string; lead: string; children?: ReactNode }) {
  return (
    <div className="space-y-10 py-6">
      <div className="mx-auto max-w-xl space-y-3 text-center">
        <p className="text-sm font-semibold text-accent">404</p>
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        <p className="text-muted">{lead}</p>
      </div>
      {children ? <div className="mx-auto max-w-3xl">{children}</div> : null}
      <nav aria-label="Main pages" className="mx-auto max-w-3xl">
        <ul className="flex flex-wrap justify-center gap-2">
          {LINKS.map(({ path, label }) => (
            <li key={path}>
              <IntentLink href={path} className="inline-block rounded-md border border-line bg-surface px-3 py-1.5 hover:border-accent">{label}</IntentLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}

/** The entries of one section as a list of links, for its 404. */
export function EntryLinks({ title, entries, base }: { title: string; entries: Array<{ slug: string; name: string }>; base: string }) {
  return (
    <section aria-labelledby="entries-title" className="space-y-3">
      <h2 id="entries-title" className="text-xl font-semibold">{title}</h2>
      <ul className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        {entries.map((e) => (
          <li key={e.slug}>
            <IntentLink href={`${base}/${e.slug}`} className="ulink">{e.name}</IntentLink>
          </li>
        ))}
      </ul>
    </section>
  )
}
