'use client'

import { IntentLink } from '@/components/intent-link'
import { useEffect, useState } from 'react'
import type { SavePlan } from './save-plan'

type Props = {
  /** The levels this result rests on: inferred from quiz answers, or rated in the matcher. */
  levels: Record<string, number>
  source: 'inferred' | 'rated'
  current: string | null
  /** Skill names, in matrix order, for the list of what would change. */
  skills: Array<{ slug: string; name: string }>
}

const PREVIEW = 4

/**
 * "Save as my profile", saying first what it would change in a profile this browser already holds. The profile
 * code (schema, edits) loads after the page, so the result page's own JavaScript stays as it was.
 */
export function SaveAsProfile({ levels, source, current, skills }: Props) {
  const [plan, setPlan] = useState<SavePlan | null>(null)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    let live = true
    void import('./save-plan').then(({ planSave }) => live && setPlan(planSave({ levels, source, current, order: skills.map((s) => s.slug) })))
    return () => {
      live = false
    }
  }, [levels, source, current, skills])

  if (saved) {
    return <p role="status" className="rounded-lg border border-accent bg-accent-soft p-3">Saved in this browser. <IntentLink href="/me" className="font-medium ulink">See your profile</IntentLink></p>
  }
  const name = (slug: string) => skills.find((s) => s.slug === slug)?.name ?? slug
  const changed = plan?.changed ?? []
  return (
    <div className="space-y-2 card">
      <button
        type="button"
        disabled={!plan || plan.existing === 'unreadable'}
        onClick={() => { plan?.commit(); setSaved(true) }}
        className="min-h-11 rounded-md bg-accent px-4 font-semibold text-white disabled:opacity-50 dark:text-canvas"
      >
        {plan?.existing === 'present' ? 'Update my profile with this result' : 'Save as my profile'}
      </button>
      <p className="text-sm text-muted">
        {!plan
          ? 'Kept in this browser only, so every page can show where you stand.'
          : plan.existing === 'unreadable'
            ? 'The profile in this browser could not be read; open your profile page to sort it out first.'
            : plan.existing === 'none'
              ? 'Kept in this browser only, so every page can show where you stand.'
              : changed.length === 0
                ? 'Your saved profile already has these levels.'
                : `This changes ${changed.length} skill level${changed.length === 1 ? '' : 's'} in your saved profile: ${changed.slice(0, PREVIEW).map(name).join(', ')}${changed.length > PREVIEW ? ' and more' : ''}.`}
      </p>
    </div>
  )
}
