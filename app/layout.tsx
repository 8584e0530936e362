import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFrame } from '@/components/site-frame'
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
  return <SiteFrame>{children}</SiteFrame>
}
