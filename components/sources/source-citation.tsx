import type { SourceEntry } from '@/lib/queries/sources'

/** The full citation as a definition list: what the document says of itself, and what it leaves out. */
export function SourceCitation({ source: s }: { source: SourceEntry }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
      <dt className="font-semibold text-muted">Publisher</dt>
      <dd>{s.publisher}</dd>
      <dt className="font-semibold text-muted">Author</dt>
      <dd>{s.author ?? 'Not named in the document'}</dd>
      <dt className="font-semibold text-muted">Year</dt>
      <dd>{s.year ?? 'Not given in the document'}</dd>
      {s.period ? (
        <>
          <dt className="font-semibold text-muted">Figures for</dt>
          <dd>{s.period}</dd>
        </>
      ) : null}
      {s.url ? (
        <>
          <dt className="font-semibold text-muted">Address</dt>
          <dd className="break-all"><a href={s.url} className="ulink" rel="noopener noreferrer">{s.url}</a></dd>
        </>
      ) : null}
    </dl>
  )
}
