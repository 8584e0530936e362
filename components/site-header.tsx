import { IntentLink } from '@/components/intent-link'
import { NAV_PAGES } from '@/lib/routes'

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <IntentLink href="/" className="text-lg font-bold tracking-tight text-ink no-underline">
          <span aria-hidden="true" className="mr-1 text-accent">◆</span>MLOps Atlas
        </IntentLink>
        <nav aria-label="Main" className="site-nav">
          {NAV_PAGES.map((item) => (
            <IntentLink key={item.path} href={item.path}>
              {item.label}
            </IntentLink>
          ))}
        </nav>
      </div>
    </header>
  )
}
