import type { ReactNode } from 'react'
import { DevContentRefresh } from '@/components/dev-content-refresh'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'

/** The document around every page: the root layout's and the site-wide 404's (app/global-not-found.tsx). */
export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-canvas text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl px-4 pb-16 pt-6 sm:px-6">
          {children}
        </main>
        <SiteFooter />
        {process.env.NODE_ENV === 'development' ? <DevContentRefresh /> : null}
      </body>
    </html>
  )
}
