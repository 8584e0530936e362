import type { LadderView } from '@/lib/types'
import { SourceNote } from '@/components/source-cite'

/** Each rung indented a step further, so the climb reads at a glance. */
export function CareerLadder({ levels }: { levels: LadderView[] }) {
  const reversed = [...levels].reverse()
  return (
    <div>
      <ol className="space-y-2" aria-label="Career ladder, most senior first">
        {reversed.map((l) => (
          <li key={l.slug} className="rounded-lg border border-line bg-surface p-3" style={{ marginLeft: `min(${(levels.length - l.order) * 2}rem, ${(levels.length - l.order) * 6}%)` }}>
            <p className="flex flex-wrap items-baseline gap-x-3">
              <span className="inline-flex h-6 w-6 items-center justify-center rounded-full bg-accent text-xs font-bold text-accent-ink">{l.order}</span>
              <span className="font-semibold">{l.title}</span>
              <span className="text-sm text-muted">{l.scope}</span>
            </p>
            <p className="mt-1 text-sm"><span className="font-semibold">Milestone:</span> {l.milestone}</p>
          </li>
        ))}
      </ol>
      <SourceNote sources={levels[0]?.sources ?? []} />
    </div>
  )
}
