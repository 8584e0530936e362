import { IntentLink } from '@/components/intent-link'
import { NAV_PAGES } from '@/lib/routes'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div>
        <IntentLink href="/">
          <span aria-hidden="true">◆</span>MLOps Atlas
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
