'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import type MiniSearch from 'minisearch'
import { searchPath } from '@/lib/routes'
import { loadSearchIndex } from '@/lib/search/browser-index'
import { KIND_LABELS, describeMatch, searchSite, type SearchDoc } from '@/lib/search/site-search'
import { RESULTS_ID, type PanelProps } from './header-bar'

const SHOWN = 8
const optionId = (i: number) => `${RESULTS_ID}-${i}`

/**
 * The header box's results, as a listbox under it (the WAI-ARIA combobox pattern): arrows move through the
 * results, Enter opens one (or, with none chosen, submits the form to /search), Escape closes the list.
 */
export function SearchPanel({ query, keys, onState }: PanelProps) {
  const router = useRouter()
  const root = useRef<HTMLDivElement>(null)
  const [index, setIndex] = useState<MiniSearch<SearchDoc> | 'loading' | 'failed'>('loading')
  const [active, setActive] = useState(-1)
  const [dismissed, setDismissed] = useState(false)

  useEffect(() => {
    loadSearchIndex().then(setIndex, () => setIndex('failed'))
  }, [])
  useEffect(() => (setActive(-1), setDismissed(false)), [query])

  const q = query.trim()
  const all = typeof index === 'object' && q ? searchSite(index, q) : []
  const hits = all.slice(0, SHOWN)
  const targets = [...hits.map((h) => h.href), searchPath(q)]
  const open = q !== '' && !dismissed
  useEffect(() => onState({ open, active: open && active >= 0 ? optionId(active) : undefined }), [open, active, onState])

  const go = (href: string) => {
    setDismissed(true)
    router.push(href)
  }
  const onKey: NonNullable<PanelProps['keys']['current']> = (e) => {
    // Escape closes the list and keeps the text; with the list closed, the browser's own Escape clears the box.
    if (e.key === 'Escape' && open) return e.preventDefault(), setDismissed(true), setActive(-1)
    // Down on a closed list opens it on its first result.
    if (!open && e.key === 'ArrowDown' && q) return e.preventDefault(), setDismissed(false), setActive(0)
    if (!open) return
    const n = targets.length
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((a) => (a < 0 ? (step > 0 ? 0 : n - 1) : (a + step + n) % n))
    } else if (e.key === 'Enter' && active >= 0 && targets[active]) {
      e.preventDefault()
      go(targets[active])
    }
  }
  useEffect(() => {
    keys.current = onKey
  })

  useEffect(() => {
    const form = root.current?.closest('form')
    const close = (e: FocusEvent) => {
      if (!form?.contains(e.relatedTarget as Node | null)) setDismissed(true)
    }
    form?.addEventListener('focusout', close)
    return () => form?.removeEventListener('focusout', close)
  }, [])

  const status = index === 'failed' ? 'Search could not load: press Enter to search on a page.' : index === 'loading' ? 'Loading search…' : `${all.length === 0 ? 'No' : all.length} result${all.length === 1 ? '' : 's'}${all.length > SHOWN ? `, the best ${SHOWN} here` : ''}`
  return (
    <div ref={root} className="search-panel" hidden={!open}>
      <p role="status">{open ? status : ''}</p>
      <ul id={RESULTS_ID} role="listbox" aria-label="Search results">
        {hits.map((h, i) => (
          <li key={h.id} id={optionId(i)} role="option" aria-selected={i === active} onMouseDown={(e) => e.preventDefault()} onClick={() => go(h.href)}>
            <span>{h.title}</span> <span className="pill border-line text-muted">{KIND_LABELS[h.kind]}</span>
            <small>matched in: {describeMatch(h)}</small>
          </li>
        ))}
        <li id={optionId(hits.length)} role="option" aria-selected={active === hits.length} onMouseDown={(e) => e.preventDefault()} onClick={() => go(targets[hits.length]!)}>
          All results for “{q}”
        </li>
      </ul>
    </div>
  )
}
