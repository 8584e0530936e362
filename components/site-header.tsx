import { IntentLink } from '@/components/intent-link'
import { HeaderBar } from '@/components/search/header-bar'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div>
        <IntentLink href="/">
          <span aria-hidden="true">◆</span>MLOps Atlas
        </IntentLink>
        <HeaderBar />
      </div>
    </header>
  )
}
