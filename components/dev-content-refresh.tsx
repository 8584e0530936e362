'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

// Development only: when the watcher re-seeds the store, re-render the open page from it.
export function DevContentRefresh() {
  const router = useRouter()
  useEffect(() => {
    let last: string | null = null
    const timer = setInterval(async () => {
      try {
        const res = await fetch('/api/content-version', { cache: 'no-store' })
        const body: unknown = await res.json()
        const version = body && typeof body === 'object' && 'version' in body ? String(body.version) : ''
        if (last !== null && version !== last) router.refresh()
        last = version
      } catch {
        // The dev server is restarting; try again on the next tick.
      }
    }, 1000)
    return () => clearInterval(timer)
  }, [router])
  return null
}
