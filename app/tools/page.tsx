import type { Metadata } from 'next'
import { PageIntro } from '@/components/section'
import { groupToolsByPurpose, toolPurposeLabel } from '@/lib/browse/labels'
import { listTools } from '@/lib/queries/tools'

const description = 'Every tool the role profiles name, by purpose, each with a one-line description.'

export const metadata: Metadata = { title: 'Tools', description, openGraph: { title: 'Tools · MLOps Atlas', description } }

// Role and comparison pages link each tool name here (#slug), so its description is written once for the site.
export default async function ToolsPage() {
  const tools = await listTools()
  return (
    <div className="space-y-8">
      <PageIntro
        eyebrow="Tools"
        title="The tools the roles use"
        lead={`The ${tools.length} tools the sources name, by what they are for. The one-line descriptions are the project's own; the role pages say which role uses which.`}
      />
      {groupToolsByPurpose(tools).map((group) => (
        <section key={group.key} aria-labelledby={`purpose-${group.key}`} className="space-y-2">
          <h2 id={`purpose-${group.key}`} className="heading">{toolPurposeLabel(group.key)}</h2>
          <dl className="divide-y divide-line rounded-lg border border-line bg-surface">
            {group.items.map((t) => (
              <div key={t.slug} id={t.slug} className="px-4 py-2.5 target:bg-accent-soft">
                <dt className="font-semibold">{t.name}</dt>
                <dd className="text-sm text-muted">{t.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  )
}
