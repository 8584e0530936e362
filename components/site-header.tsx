import Link from 'next/link'
import { NAV_PAGES } from '@/lib/routes'

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-ink no-underline">
          <span aria-hidden="true" className="mr-1 text-accent">◆</span>MLOps Atlas
        </Link>
        <nav aria-label="Main" className="-mx-2 flex flex-wrap gap-x-1 text-sm">
          {NAV_PAGES.map((item) => (
            <Link key={item.path} href={item.path} className="rounded px-2 py-1.5 text-muted hover:bg-raised hover:text-ink">
              {item.label}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  )
}
