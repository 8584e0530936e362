import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { entryPath } from '@/lib/routes'
import { PageIntro } from '@/components/section'
import { SourceCitation } from '@/components/sources/source-citation'
import { listSources } from '@/lib/queries/sources'

const description = 'The public documents every fact in the atlas comes from, with their full citations.'

export const metadata: Metadata = { title: 'Sources', description, openGraph: { title: 'Sources · MLOps Atlas', description } }

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
            <h2 className="text-lg font-semibold">
              <IntentLink href={entryPath('sources', s.slug)} className="ulink">{s.title}</IntentLink>
            </h2>
            <div className="mt-2"><SourceCitation source={s} /></div>
            <p className="mt-3">{s.summary}</p>
          </li>
        ))}
      </ol>
    </div>
  )
}
