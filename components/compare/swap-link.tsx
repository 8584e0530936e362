'use client'

import type { MouseEvent } from 'react'
import { useRouter } from 'next/navigation'
import { IntentLink } from '@/components/intent-link'
import { differencesOnly, differencesSearch } from '@/lib/compare/differences-param'

/** Swaps the two roles, keeping the differences-only view when it is on (a plain link without JavaScript). */
export function SwapLink({ href, label }: { href: string; label: string }) {
  const router = useRouter()
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!differencesOnly(window.location.search)) return
    event.preventDefault()
    router.push(`${href}${differencesSearch(true)}`)
  }
  return (
    <IntentLink
      href={href}
      onClick={onClick}
      className="inline-flex items-center gap-1.5 rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-raised"
      data-testid="swap"
    >
      <span aria-hidden="true">⇄</span> {label}
    </IntentLink>
  )
}
