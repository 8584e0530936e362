import { CURRENT_PARAM } from '@/lib/match/current-role'
import type { ScoringModel } from '@/lib/scoring/types'

const SELECT = 'w-full max-w-xs rounded-md border border-line bg-canvas px-2 py-1.5 text-sm text-ink focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent'

/** The optional "current role" of a GET form: left empty, it is left out of the address. */
export function CurrentRoleSelect({ model, current }: { model: ScoringModel; current: string | null }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="current-role" className="text-sm font-medium">Your current role (optional)</label>
      <select id="current-role" name={CURRENT_PARAM} defaultValue={current ?? ''} className={SELECT} aria-describedby="current-role-help">
        <option value="">Not given</option>
        {model.roles.map((r) => (
          <option key={r.slug} value={r.slug}>{r.name}</option>
        ))}
      </select>
      <p id="current-role-help" className="text-xs text-muted">It is shown as where you are, and never recommended as the move.</p>
    </div>
  )
}

/** The quiz result's own small form: the answers stay in `a`, the current role is added or changed. */
export function CurrentRoleForm({ model, current, code }: { model: ScoringModel; current: string | null; code: string }) {
  return (
    <form method="get" action="/quiz/result" className="flex flex-wrap items-end gap-3 card">
      <input type="hidden" name="a" value={code} />
      <CurrentRoleSelect model={model} current={current} />
      <button
        type="submit"
        className="rounded-md border border-line bg-raised px-3 py-1.5 text-sm font-medium hover:bg-canvas focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        Update my result
      </button>
    </form>
  )
}
