import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { PageIntro } from '@/components/section'
import { getSearchIndex, listSearchDocs } from '@/lib/queries/search'
import { searchQuerySchema } from '@/lib/search/params'
import { QUERY_MAX_LENGTH } from '@/lib/routes'
import { KIND_LABELS, SEARCH_KINDS, describeMatch, searchSite } from '@/lib/search/site-search'

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the roles, skills, tools and lifecycle topics of the atlas.',
  robots: { index: false },
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const field = 'mt-1 block h-11 w-full rounded-md border border-line bg-surface px-3 text-ink'

// The header box's form lands here, with or without JavaScript: the same search module ranks on the server.
export default async function SearchPage({ searchParams }: Props) {
  const { q = '', kind } = searchQuerySchema.parse(await searchParams)
  const [index, docs] = await Promise.all([getSearchIndex(), listSearchDocs()])
  const hits = searchSite(index, q, kind)
  const summaries = new Map(docs.map((d) => [d.id, d.summary]))
  return (
    <div className="space-y-6">
      <PageIntro eyebrow="Search" title={q ? `Results for “${q}”` : 'Search the atlas'} />
      <form action="/search" method="get" role="search" aria-label="Search the atlas" className="grid gap-3 card sm:grid-cols-[3fr_1fr_auto] sm:items-end">
        <label className="text-sm font-medium">
          Roles, skills, tools and topics
          <input type="search" name="q" defaultValue={q} maxLength={QUERY_MAX_LENGTH} placeholder="e.g. Kubernetes, MLflow, drift" className={field} />
        </label>
        <label className="text-sm font-medium">
          Kind
          <select name="kind" defaultValue={kind ?? ''} className={field}>
            <option value="">Everything</option>
            {SEARCH_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}s</option>)}
          </select>
        </label>
        <button type="submit" className="h-11 rounded-md bg-accent px-4 font-medium text-accent-ink">Search</button>
      </form>
      {q ? (
        <p role="status" className="text-sm text-muted" data-testid="search-count">
          <strong className="text-ink">{hits.length}</strong> result{hits.length === 1 ? '' : 's'}, best match first
        </p>
      ) : null}
      {q && hits.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-surface p-8 text-center">
          Nothing matches. Try a shorter word, or browse the <IntentLink href="/roles" className="ulink">roles</IntentLink> and the <IntentLink href="/skills" className="ulink">skills matrix</IntentLink>.
        </p>
      ) : null}
      <ol className="search-results" aria-label="Search results">
        {hits.map((h) => (
          <li key={h.id}>
            <IntentLink href={h.href}>{h.title}</IntentLink> <span className="pill border-line text-muted">{KIND_LABELS[h.kind]}</span>
            <p>matched in: {describeMatch(h)}</p>
            <p>{summaries.get(h.id)}</p>
          </li>
        ))}
      </ol>
    </div>
  )
}
