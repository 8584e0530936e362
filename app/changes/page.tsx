import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { PageIntro } from '@/components/section'
import { MdxContent } from '@/components/mdx/mdx-content'
import { touchHref } from '@/lib/change-links'
import { listChanges } from '@/lib/queries/changes'
import { formatReviewed } from '@/lib/reviewed-date'

const description = 'What changed in the atlas’s content, newest first, with the pages each change touched.'

export const metadata: Metadata = {
  title: 'Changes',
  description,
  openGraph: { title: 'Changes · MLOps Atlas', description },
  alternates: { types: { 'application/atom+xml': '/changes/feed.xml' } },
}

export default async function ChangesPage() {
  const changes = await listChanges()
  return (
    <article className="space-y-8">
      <PageIntro title="Changes" lead={<>{description} Also as an <a href="/changes/feed.xml" className="text-accent underline">Atom feed</a>.</>} />
      <ol className="space-y-6">
        {changes.map((c) => (
          <li key={c.slug} id={c.slug} className="space-y-2 card">
            <p className="text-sm text-muted"><time dateTime={c.date}>{formatReviewed(c.date)}</time></p>
            <h2 className="text-lg font-semibold">{c.title}</h2>
            <p>{c.summary}</p>
            {c.body ? <MdxContent code={c.body} /> : null}
            <ul aria-label="Touched" className="flex flex-wrap gap-2 text-sm">
              {c.touches.map((t) => {
                const href = touchHref(t)
                const label = `${t.collection}/${t.slug}`
                return (
                  <li key={label}>
                    {href ? <IntentLink href={href} className="link">{label}</IntentLink> : <span className="text-muted">{label}</span>}
                  </li>
                )
              })}
            </ul>
          </li>
        ))}
      </ol>
    </article>
  )
}
