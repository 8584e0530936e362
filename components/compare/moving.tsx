import { LevelChip } from '@/components/level-chip'
import type { Comparison } from '@/lib/compare/types'
import { SourceCite } from '@/components/source-cite'

function PathLine({ comparison }: { comparison: Comparison }) {
  const { a, b, moving } = comparison
  const { path } = moving
  if (path.kind === 'source') {
    return (
      <p>
        <strong>The sources name this move.</strong> {a.name} → {b.name} is a path given by <SourceCite source={path.source} prefix="" />.
      </p>
    )
  }
  if (path.kind === 'listed') {
    return (
      <p>
        <strong>Listed, but not sourced.</strong> The role profiles link {a.name} to {b.name}, without a source that names
        the move.
      </p>
    )
  }
  return (
    <p>
      <strong>No source names this move.</strong> None of the sources describes a direct path from {a.name} to {b.name};
      the steps below come from the skill levels alone.
    </p>
  )
}

export function Moving({ comparison }: { comparison: Comparison }) {
  const { b, moving } = comparison
  return (
    <div className="space-y-3">
      <div className="rounded-lg border border-line bg-surface p-4 text-sm">
        <PathLine comparison={comparison} />
      </div>
      {moving.steps.length === 0 ? (
        <p className="text-sm text-muted">{b.name} asks for no skill at a higher level: nothing to gain or raise.</p>
      ) : (
        <ol className="divide-y divide-line rounded-lg border border-line bg-surface text-sm">
          {moving.steps.map((s) => (
            <li key={s.slug} className="flex flex-col gap-1 px-4 py-2.5 sm:flex-row sm:items-start sm:gap-4">
              <div className="min-w-0 sm:w-2/5">
                <span className="font-medium">{s.name}</span>
                <span className="ml-2 inline-flex items-center gap-1 whitespace-nowrap text-xs text-muted">
                  {s.kind === 'gain' ? 'new' : 'raise'}: <LevelChip level={s.a} /> <span aria-hidden="true">→</span>
                  <span className="sr-only">to</span> <LevelChip level={s.b} />
                  <span className="font-semibold text-ink">+{s.delta}</span>
                </span>
              </div>
              <p className="min-w-0 text-muted sm:flex-1">
                {s.tools.length > 0 ? (
                  `Tools: ${s.tools.map((t) => t.name).join(', ')}`
                ) : (
                  'No tools listed for this skill'
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
