import type { Metadata } from 'next'
import { PathsView } from '@/components/paths/paths-view'
import { POPULAR_MOVES } from '@/lib/paths/popular-moves'
import { listRoleSlugs } from '@/lib/queries/roles'
import { metadata as pathsMetadata } from '../../page'

// The popular moves, prerendered: proxy.ts sends /paths?from=…&to=… here when the pair is one of them, so the
// address people share stays the GET form's. Every other pair goes to ../../chosen, rendered per request.
export const dynamicParams = false

export async function generateStaticParams() {
  const slugs = new Set(await listRoleSlugs())
  return POPULAR_MOVES.filter(([from, to]) => slugs.has(from) && slugs.has(to)).map(([from, to]) => ({ from, to }))
}

export const metadata: Metadata = { ...pathsMetadata, alternates: { canonical: '/paths' } }

type Props = { params: Promise<{ from: string; to: string }> }

export default async function PopularMovePage({ params }: Props) {
  const { from, to } = await params
  return <PathsView searchParams={{ from, to }} />
}
