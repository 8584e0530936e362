'use client'

import { useState } from 'react'

/** Copies the page's own URL: the answers are in it, so the link reproduces the result anywhere. */
export function CopyLinkButton() {
  const [status, setStatus] = useState('')
  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setStatus('Link copied.')
    } catch {
      setStatus('Could not copy: copy the address from the address bar instead.')
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        Copy share link
      </button>
      <span role="status" className="text-sm text-muted">{status}</span>
    </span>
  )
}
