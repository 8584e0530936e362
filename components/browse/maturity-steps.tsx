import type { MaturityView } from '@/lib/types'
import { BulletList } from '@/components/section'
import { SourceNote } from '@/components/source-cite'

const STEP_HEIGHT = ['sm:mt-36', 'sm:mt-24', 'sm:mt-12', 'sm:mt-0']

/** A staircase: each level sits one step above the last, with what it automates on the step. */
export function MaturitySteps({ levels }: { levels: MaturityView[] }) {
  return (
    <div className="space-y-6">
      <ol className="grid gap-3 sm:grid-cols-4 sm:items-start" aria-label="Maturity levels, lowest first">
        {levels.map((m, i) => (
          <li key={m.slug} className={`${STEP_HEIGHT[i] ?? ''} flex flex-col`}>
            <div className="rounded-t-lg bg-accent px-3 py-2 text-accent-ink">
              <p className="text-xs font-semibold uppercase tracking-wide">Level {m.level}</p>
              <p className="font-bold leading-snug">{m.name}</p>
            </div>
            <div className="rounded-b-lg border border-t-0 border-line bg-surface p-3 text-sm">
              <p>{m.summary}</p>
              {m.automates.length > 0 ? (
                <p className="mt-2 text-muted">
                  <span className="font-semibold text-ink">Automated:</span> {m.automates.join(', ')}
                </p>
              ) : (
                <p className="mt-2 text-muted">Nothing automated yet.</p>
              )}
            </div>
          </li>
        ))}
      </ol>
      <div className="grid gap-4 md:grid-cols-2">
        {levels.map((m) => (
          <section key={m.slug} aria-labelledby={`maturity-${m.level}`} className="card">
            <h3 id={`maturity-${m.level}`} className="font-semibold">
              Level {m.level}: {m.name}
            </h3>
            <BulletList items={m.characteristics} className="mt-2 text-sm" />
            <p className="mt-3 text-sm">
              <span className="font-semibold">Next step:</span> {m.nextStep}
            </p>
            <SourceNote sources={m.sources} />
          </section>
        ))}
      </div>
    </div>
  )
}
