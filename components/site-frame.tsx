import type { ReactNode } from 'react'
import { DevContentRefresh } from '@/components/dev-content-refresh'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'

/** The document around every page: the root layout's and the site-wide 404's (app/global-not-found.tsx). */
export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-canvas text-ink antialiased">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="site-main">
          {children}
        </main>
        <SiteFooter />
        {process.env.NODE_ENV === 'development' ? <DevContentRefresh /> : null}
      </body>
    </html>
  )
}
