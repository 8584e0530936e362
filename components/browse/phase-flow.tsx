import { IntentLink } from '@/components/intent-link'
import { lifecycleAnchor } from '@/lib/routes'
import type { PhaseView } from '@/lib/types'
import { BulletList } from '@/components/section'
import { SourceNote } from '@/components/source-cite'

/** The six phases as a loop: a row of numbered steps on wide screens, a column on narrow ones. */
export function PhaseFlow({ phases }: { phases: PhaseView[] }) {
  return (
    <div className="space-y-6">
      <ol className="flex flex-col items-stretch gap-2 md:flex-row md:items-center" aria-label="Lifecycle phases in order">
        {phases.map((p, i) => (
          <li key={p.slug} className="flex flex-col items-center gap-2 md:flex-1 md:flex-row">
            <a href={`#${lifecycleAnchor('phase', p.slug)}`} className="w-full rounded-lg border-2 border-accent bg-accent-soft px-3 py-2 text-center hover:bg-surface">
              <span className="block text-xs font-semibold text-muted">Phase {p.order}</span>
              <span className="font-semibold">{p.name}</span>
            </a>
            {i < phases.length - 1 ? (
              <span aria-hidden="true" className="text-xl text-accent">
                <span className="md:hidden">↓</span>
                <span className="hidden md:inline">→</span>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="text-center text-sm text-muted">
        <span aria-hidden="true">↺ </span>Monitoring feeds back into data preparation: drift and new data start the next round.
      </p>
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        {phases.map((p) => (
          <section key={p.slug} id={lifecycleAnchor('phase', p.slug)} aria-labelledby={`${lifecycleAnchor('phase', p.slug)}-title`} className="card">
            <h3 id={`${lifecycleAnchor('phase', p.slug)}-title`} className="font-semibold">
              <span className="text-muted">{p.order}.</span> {p.name}
            </h3>
            <p className="mt-1 text-sm">{p.summary}</p>
            <BulletList items={p.activities} className="mt-2 text-sm" />
            <h4 className="mt-3 text-xs font-semibold uppercase tracking-wide text-muted">Tools</h4>
            <p className="mt-1 flex flex-wrap gap-1">
              {p.tools.map((t) => (
                <span key={t.slug} className="rounded border border-line bg-raised px-1.5 text-xs">{t.name}</span>
              ))}
            </p>
            <h4 className="mt-3 text-xs font-semibold uppercase tracking-wide text-muted">Active roles</h4>
            <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
              {p.roles.map((r) => (
                <IntentLink key={r.slug} href={`/roles/${r.slug}`} className="link">{r.name}</IntentLink>
              ))}
            </p>
            <SourceNote sources={p.sources} />
          </section>
        ))}
      </div>
    </div>
  )
}
