import { IntentLink } from '@/components/intent-link'
import { entryPath } from '@/lib/routes'
import type { SourceRef } from '@/lib/types'

// Every citation leads to the source's own page: the full citation and what the site takes from it.
// Styled from the `cite` class around it (app/repeated-parts.css).
function Title({ source }: { source: SourceRef }) {
  return (
    <IntentLink href={entryPath('sources', source.slug)}>
      <cite>{source.title}</cite>
    </IntentLink>
  )
}

function byline(source: SourceRef): string {
  return [source.author, source.publisher, source.year].filter((x) => x !== null && x !== undefined).join(', ')
}

/** Inline attribution: "Source: Title (publisher, year)". */
export function SourceCite({ source, prefix = 'Source:' }: { source: SourceRef; prefix?: string }) {
  return (
    <span className="cite">
      {prefix ? `${prefix} ` : null}
      <Title source={source} />, {byline(source)}
    </span>
  )
}

export function SourceList({ sources, id = 'sources', title = 'Sources' }: { sources: SourceRef[]; id?: string; title?: string }) {
  if (sources.length === 0) return null
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {title}
      </h2>
      <ol className="cite mt-2 space-y-1.5 text-sm">
        {sources.map((s) => (
          <li key={s.slug}>
            <Title source={s} /> — {byline(s)}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** Compact source names for lists of many small items (lifecycle cards). */
export function SourceNote({ sources }: { sources: SourceRef[] }) {
  if (sources.length === 0) return null
  return <p className="mt-2 text-xs text-muted">Source{sources.length > 1 ? 's' : ''}: {sources.map((s) => s.title).join('; ')}</p>
}
