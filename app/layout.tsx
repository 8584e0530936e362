import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { DevContentRefresh } from '@/components/dev-content-refresh'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'
import { siteUrl } from '@/lib/site'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'MLOps Atlas: careers that build and run ML and LLM systems', template: '%s · MLOps Atlas' },
  description:
    'Role profiles, a skills matrix, a track-fit quiz and side-by-side comparisons for the careers that build and run machine-learning and LLM systems.',
  openGraph: { siteName: 'MLOps Atlas', type: 'website', locale: 'en' },
  manifest: '/manifest.webmanifest',
  icons: {
    icon: [{ url: '/favicon.ico', sizes: '32x32' }, { url: '/icon.svg', type: 'image/svg+xml' }],
    apple: '/apple-touch-icon.png',
  },
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f7f7f4' },
    { media: '(prefers-color-scheme: dark)', color: '#101418' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
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
