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
      <div className="card text-sm">
        <PathLine comparison={comparison} />
      </div>
      {moving.steps.length === 0 ? (
        <p className="text-sm text-muted">{b.name} asks for no skill at a higher level: nothing to gain or raise.</p>
      ) : (
        // Rows are styled from the list's `steps` class (app/repeated-parts.css).
        <ol className="steps">
          {moving.steps.map((s) => (
            <li key={s.slug}>
              <div>
                <b>{s.name}</b>
                <span>
                  {`${s.kind === 'gain' ? 'new' : 'raise'}: `}<LevelChip level={s.a} /> <span aria-hidden="true">→</span>
                  <span className="sr-only">to</span> <LevelChip level={s.b} />
                  <strong>{`+${s.delta}`}</strong>
                </span>
              </div>
              <p>
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
