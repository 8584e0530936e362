import type { Metadata } from 'next'
import { PageIntro } from '@/components/section'
import { listSources } from '@/lib/queries/sources'

const description = 'The public documents every fact in the atlas comes from, with their full citations.'

export const metadata: Metadata = { title: 'Sources', description, openGraph: { title: 'Sources · MLOps Atlas', description } }

// Every citation on the site links here, to the source's own entry (#slug).
export default async function SourcesPage() {
  const sources = await listSources()
  return (
    <div className="space-y-8">
      <PageIntro
        eyebrow="Sources"
        title="Where the facts come from"
        lead={`Every fact on the site names one of these ${sources.length} documents. Skill levels and some placements are the project's editorial reading of them, and the pages say so where they show them.`}
      />
      <ol className="space-y-4">
        {sources.map((s) => (
          <li key={s.slug} id={s.slug} className="card">
            <h2 className="text-lg font-semibold">{s.title}</h2>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
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
            <p className="mt-3">{s.summary}</p>
          </li>
        ))}
      </ol>
    </div>
  )
}
