import { describeLevel } from '@/lib/levels'
import { levelChanges } from '@/lib/profile/edit'
import type { ProfileContent } from '@/lib/profile/facts'
import type { Snapshot } from '@/lib/profile/schema'

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC'

/** "Since last time": the skills that moved between the last two saves, and every save with its date. */
export function ProfileHistory({ content, history }: { content: ProfileContent; history: Snapshot[] }) {
  const names = new Map(content.skills.map((s) => [s.slug, s.name]))
  const [previous, last] = history.slice(-2)
  const changes = previous && last ? levelChanges(previous.levels, last.levels, content.skills.map((s) => s.slug)) : []
  const level = (value: number | null) => (value === null ? 'not rated' : describeLevel(content.scale, value))
  return (
    <div className="space-y-4">
      <div>
        <h3 className="font-semibold">Since last time</h3>
        {!previous ? (
          <p className="text-muted">One save so far; save again after a change to see what moved.</p>
        ) : changes.length === 0 ? (
          <p className="text-muted">No skill changed between your last two saves.</p>
        ) : (
          <ul className="mt-1 space-y-1" data-testid="since-last-time">
            {changes.map((c) => (
              <li key={c.skill}>
                <span className="font-medium">{names.get(c.skill) ?? c.skill}</span>:{' '}
                <span className={(c.to ?? 0) > (c.from ?? 0) ? 'text-accent' : 'text-warn'}>{(c.to ?? 0) > (c.from ?? 0) ? 'up' : 'down'}</span> from {level(c.from)} to {level(c.to)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="font-semibold">Saves ({history.length})</h3>
        <ol className="mt-1 space-y-0.5 text-sm" data-testid="snapshots">
          {[...history].reverse().map((s, i) => (
            <li key={`${s.at}-${i}`}>{when(s.at)} · {Object.keys(s.levels).length} skills rated{s.target ? ` · target ${content.roles.find((r) => r.slug === s.target)?.name ?? s.target}` : ''}</li>
          ))}
        </ol>
      </div>
    </div>
  )
}
