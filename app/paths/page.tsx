import type { Metadata } from 'next'
import { PathsView } from '@/components/paths/paths-view'

export const metadata: Metadata = {
  title: 'Career moves',
  description: 'Routes between ML and LLM roles: the moves the sources name, what each step asks you to learn, and whether a stepping stone helps.',
}

// The empty form is prerendered; proxy.ts sends an address with a choice in it to ./chosen, rendered per request.
export default function PathsPage() {
  return <PathsView searchParams={{}} />
}
