import type { Progress } from '@/lib/profile/progress'
import { FitHistory } from './fit-history'

const change = (before: number, after: number) => (after === before ? 'no change' : `${after > before ? '+' : '−'}${Math.abs(after - before)}`)

/** Between the last two saves: how the followed role's fit and the top roles' fits moved; then the fit over time. */
export function FitMovement({ progress }: { progress: Progress }) {
  return (
    <div className="space-y-4">
      {progress.moved.length > 0 ? (
        <ul className="space-y-1" data-testid="fit-moved">
          {progress.moved.map((m) => (
            <li key={m.slug}>
              Fit for <span className="font-medium">{m.name}</span>: {m.before} → {m.after} <span className="text-muted">({change(m.before, m.after)})</span>
            </li>
          ))}
        </ul>
      ) : null}
      <FitHistory role={progress.role.name} points={progress.points} />
    </div>
  )
}
