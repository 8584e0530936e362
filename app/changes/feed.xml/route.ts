import { atomFeed } from '@/lib/atom-feed'
import { listChanges } from '@/lib/queries/changes'
import { siteUrl } from '@/lib/site'

export const dynamic = 'force-static'

// The changelog as Atom 1.0, written at build time from the store.
export async function GET() {
  const base = siteUrl()
  const page = new URL('/changes', base).toString()
  const changes = await listChanges()
  const xml = atomFeed({
    id: page,
    title: 'MLOps Atlas: changes',
    self: new URL('/changes/feed.xml', base).toString(),
    alternate: page,
    entries: changes.map((c) => ({ id: `${page}#${c.slug}`, title: c.title, updated: c.date, summary: c.summary, link: `${page}#${c.slug}` })),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
