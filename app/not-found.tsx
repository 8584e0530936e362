import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

const LINKS = [
  ['/roles', 'All roles'],
  ['/skills', 'Skills matrix'],
  ['/lifecycle', 'The ML lifecycle'],
  ['/quiz', 'Track quiz'],
  ['/', 'Home'],
] as const

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="text-3xl font-bold tracking-tight">This page is not on the map</h1>
      <p className="text-muted">The address may be mistyped, or the role or skill may have a different name here. These are good places to continue:</p>
      <ul className="flex flex-wrap justify-center gap-2">
        {LINKS.map(([href, label]) => (
          <li key={href}>
            <Link href={href} className="inline-block rounded-md border border-line bg-surface px-3 py-1.5 hover:border-accent">{label}</Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
