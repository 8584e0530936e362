'use client'

import { IntentLink } from '@/components/intent-link'
import { describeLevel, formatLevel } from '@/lib/levels'
import { levelsOf } from '@/lib/profile/edit'
import { scoreLevels } from '@/lib/profile/score'
import { useProfileModel } from './use-profile-model'
import { entryPath } from '@/lib/routes'

const GAPS = 3

/** The person's fit for this role, and the three gaps that cost most with what closing each would add. */
export function YouAndRolePanel({ role, version }: { role: string; version: string }) {
  const scored = useProfileModel(version)
  if (scored.status === 'loading') return null
  if (scored.status === 'error') return <p className="text-sm text-warn">{scored.message}</p>
  const { model, profile } = scored
  const fit = scoreLevels(levelsOf(profile), model).roles.find((r) => r.slug === role)
  if (!fit) return null
  const relation = profile.current?.slug === role ? 'This is your current role.' : profile.target?.slug === role ? 'This is your target role.' : null
  return (
    <section aria-labelledby="you-title" className="rounded-lg border border-accent bg-accent-soft/50 p-4" data-testid="you-and-role">
      <h2 id="you-title" className="text-base font-semibold">You and this role</h2>
      <p className="mt-1">
        Your fit: <span className="text-2xl font-bold tabular-nums" data-testid="your-fit">{fit.score}</span> / 100{relation ? ` · ${relation}` : ''}
      </p>
      {fit.gapPlan.length > 0 ? (
        <ol className="mt-2 space-y-1.5 text-sm">
          {fit.gapPlan.slice(0, GAPS).map((step) => (
            <li key={step.skill}>
              <IntentLink href={entryPath('skills', step.skill)} className="font-medium ulink">{step.name}</IntentLink>: you are{' '}
              {describeLevel(model.scale, step.current)}, the role needs {formatLevel(model.scale, step.target)}; closing it adds{' '}
              <span className="font-semibold tabular-nums">+{step.gain.toFixed(1)}</span> points.
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-1 text-sm">You meet every level this role needs.</p>
      )}
      <p className="mt-2 text-sm">
        <IntentLink href="/me" className="ulink">Your profile</IntentLink>
      </p>
    </section>
  )
}
