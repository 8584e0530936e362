import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { notFound } from 'next/navigation'
import { LastReviewed } from '@/components/last-reviewed'
import { PageIntro, Section } from '@/components/section'
import { SourceCitation } from '@/components/sources/source-citation'
import { slugParamsSchema } from '@/lib/params'
import { getSource, listSourceSlugs } from '@/lib/queries/sources'
import { entryPath } from '@/lib/routes'

export const dynamicParams = false

export async function generateStaticParams() {
  return (await listSourceSlugs()).map((slug) => ({ slug }))
}

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const parsed = slugParamsSchema.safeParse(await params)
  return parsed.success ? getSource(parsed.data.slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await load(params)
  return source ? { title: source.title, description: source.summary } : { title: 'Source not found' }
}

// Every citation on the site links here: the full citation, what the site takes from the document, and where.
export default async function SourcePage({ params }: Props) {
  const source = await load(params)
  if (!source) notFound()
  return (
    <article className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <IntentLink href="/sources" className="underline-offset-2 hover:underline">Sources</IntentLink> <span aria-hidden="true">/</span> {source.title}
      </nav>
      <PageIntro eyebrow="Source" title={source.title} lead={source.summary}>
        <div className="pt-2"><SourceCitation source={source} /></div>
      </PageIntro>
      <Section id="cited-by" title="Where the site draws on it" lead="Every entry that names this document as a source.">
        <div className="grid gap-4 sm:grid-cols-2">
          {source.citedBy.map((group) => (
            <section key={group.title} aria-label={group.title} className="card">
              <h3 className="font-semibold">{group.title} ({group.entries.length})</h3>
              <ul className="mt-2 space-y-1 text-sm">
                {group.entries.map((e) => (
                  <li key={e.slug}>
                    {group.collection ? <IntentLink href={entryPath(group.collection, e.slug)} className="ulink">{e.name}</IntentLink> : e.name}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </Section>
      <LastReviewed date={source.reviewed} />
    </article>
  )
}
