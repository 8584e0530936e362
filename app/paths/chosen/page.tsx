import type { Metadata } from 'next'
import { PathsView } from '@/components/paths/paths-view'
import { metadata as pathsMetadata } from '../page'

// Rendered per request with the choice from the address; proxy.ts sends /paths?from=…&to=… here. Nothing is cached.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { ...pathsMetadata, alternates: { canonical: '/paths' } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ChosenPathsPage({ searchParams }: Props) {
  return <PathsView searchParams={await searchParams} />
}
