'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import type { ComponentProps } from 'react'

type Props = Omit<ComponentProps<typeof Link>, 'href' | 'prefetch' | 'onPointerEnter' | 'onFocus' | 'onTouchStart'> & { href: string }

/**
 * A client-side link that fetches its page's payload only once the person shows interest: the pointer rests on
 * it, it gets keyboard focus, or a finger lands on it. Next's default prefetches every link in view as the page
 * loads (the header and footer alone asked for seven routes), which a phone pays for on a slow link whether or
 * not it follows one. Every in-app `Link` on the site is this one.
 */
export function IntentLink({ href, ...rest }: Props) {
  const router = useRouter()
  const prefetch = () => router.prefetch(href)
  return <Link href={href} prefetch={false} onPointerEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch} {...rest} />
}
