import { LevelChip } from '@/components/level-chip'
import type { LevelDef } from '@/lib/levels'

export function LevelScale({ levels }: { levels: LevelDef[] }) {
  return (
    <ol className="grid gap-2 sm:grid-cols-5">
      {levels.map((l) => (
        <li key={l.level} className="rounded-lg border border-line bg-surface p-3">
          <p className="flex items-center gap-2 font-semibold">
            <LevelChip level={l.level} /> <span className="capitalize">{l.name}</span>
          </p>
          <p className="mt-1 text-sm text-muted">{l.description}</p>
        </li>
      ))}
    </ol>
  )
}
