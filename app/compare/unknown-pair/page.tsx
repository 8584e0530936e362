import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

// The proxy rewrites every pair that is not two different known roles here (the pair routes themselves only
// render prerendered pairs). It is prerendered once as a 404 with ./not-found.tsx, so all unknown pairs share
// one stored page and nothing is written per address.
export const metadata: Metadata = { title: 'Comparison not found', robots: { index: false } }

export default function UnknownPair(): never {
  notFound()
}
