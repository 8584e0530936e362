'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Development only: when the watcher re-seeds the store, re-render the open page from it. It compares with the
 * version the page was rendered from, not with its own first poll: on a busy machine that poll can come after a
 * re-seed, and a page that took the new version for its own would never refresh.
 */
export function DevContentPoller({ rendered }: { rendered: string }) {
  const router = useRouter()
  useEffect(() => {
    let last = rendered
    const timer = setInterval(async () => {
      try {
        const res = await fetch('/api/content-version', { cache: 'no-store' })
        const body: unknown = await res.json()
        const version = body && typeof body === 'object' && 'version' in body ? String(body.version) : ''
        if (version !== last) router.refresh()
        last = version
      } catch {
        // The dev server is restarting; try again on the next tick.
      }
    }, 1000)
    return () => clearInterval(timer)
  }, [router, rendered])
  return null
}
