'use client'

import { usePathname } from 'next/navigation'
import { useRef, useState, type ComponentType, type KeyboardEvent, type RefObject } from 'react'
import { IntentLink } from '@/components/intent-link'
import { NAV_PAGES, currentNavPath } from '@/lib/routes'

/** What the results panel tells the box about itself, for the combobox attributes the box carries. */
export type ComboState = { open: boolean; active?: string }
export type PanelProps = { query: string; keys: RefObject<((e: KeyboardEvent<HTMLInputElement>) => void) | null>; onState: (s: ComboState) => void }
export const RESULTS_ID = 'site-search-results'

/**
 * The header's search box and navigation, one small client leaf for both (each page pays for one module, and the
 * nav markup is not repeated in the page payload). The box is a plain GET form to /search, so it works without
 * JavaScript; the results panel, MiniSearch and the index load only once someone focuses or types in it.
 */
export function HeaderBar() {
  const current = currentNavPath(usePathname())
  const [Panel, setPanel] = useState<ComponentType<PanelProps> | null>(null)
  const [query, setQuery] = useState('')
  const [combo, setCombo] = useState<ComboState>({ open: false })
  const keys = useRef<PanelProps['keys']['current']>(null)
  const load = () => {
    if (!Panel) import('./search-panel').then((m) => setPanel(() => m.SearchPanel), () => {})
  }
  return (
    <>
      <form action="/search" method="get" role="search" aria-label="Site" className="site-search">
        <input
          type="search" name="q" placeholder="Search" autoComplete="off" aria-label="Search roles, skills, tools and topics"
          role="combobox" aria-autocomplete="list" aria-expanded={combo.open} aria-controls={combo.open ? RESULTS_ID : undefined}
          aria-activedescendant={combo.active} onFocus={load} onKeyDown={(e) => keys.current?.(e)}
          onChange={(e) => (setQuery(e.currentTarget.value), load())}
        />
        <button type="submit" aria-label="Search">
          <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2">
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="m13 13 4.5 4.5" />
          </svg>
        </button>
        {Panel ? <Panel query={query} keys={keys} onState={setCombo} /> : null}
      </form>
      <nav aria-label="Main" className="site-nav">
        {NAV_PAGES.map((p) => (
          <IntentLink key={p.path} href={p.path} aria-current={p.path === current ? 'page' : undefined}>
            {p.label}
          </IntentLink>
        ))}
      </nav>
    </>
  )
}
