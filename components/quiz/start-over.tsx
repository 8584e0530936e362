'use client'

import { useState } from 'react'

type Props = { answered: number; onClear: () => void; onUndo: () => void; canUndo: boolean }

/**
 * Clearing every answer asks first and can be undone. It sits apart from Back and Next, after them in tab order,
 * so Tab then Enter from the answers can never wipe them.
 */
export function StartOver({ answered, onClear, onUndo, canUndo }: Props) {
  const [asking, setAsking] = useState(false)
  if (canUndo) {
    return (
      <p role="status" className="text-sm">
        Your answers were cleared.{' '}
        <button type="button" onClick={onUndo} className="min-h-11 font-medium ulink">Undo</button>
      </p>
    )
  }
  if (answered === 0) return null
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} className="min-h-11 text-sm text-muted underline underline-offset-2 hover:text-ink">
        Start over…
      </button>
    )
  }
  return (
    <div role="alertdialog" aria-labelledby="start-over-title" className="rounded-lg border border-warn bg-warn-soft p-3 text-sm">
      <p id="start-over-title" className="font-medium">Clear all {answered} answer{answered === 1 ? '' : 's'} and go back to question 1?</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" onClick={() => { setAsking(false); onClear() }} className="min-h-11 rounded-md border border-line bg-surface px-3 font-medium">
          Clear my answers
        </button>
        <button type="button" onClick={() => setAsking(false)} autoFocus className="min-h-11 rounded-md border border-line bg-surface px-3 font-medium">
          Keep them
        </button>
      </div>
    </div>
  )
}
