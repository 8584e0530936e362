import type { Metadata } from 'next'
import { MapView } from '@/components/paths/map-view'
import { metadata as mapMetadata } from '../page'

// Rendered per request with the route from the address (proxy.ts sends /paths/map?from=…&to=… here).
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { ...mapMetadata, alternates: { canonical: '/paths/map' } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ChosenMapPage({ searchParams }: Props) {
  return <MapView searchParams={await searchParams} />
}
