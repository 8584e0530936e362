import type { Metadata } from 'next'
import { MapView } from '@/components/paths/map-view'

export const metadata: Metadata = {
  title: 'Map of career moves',
  description: 'Every ML and LLM role grouped by family, with the moves the sources name between them.',
}

// Laid out at build time; proxy.ts sends an address with a route to highlight to ./chosen.
export default function MapPage() {
  return <MapView searchParams={{}} />
}
