import { IntentLink } from '@/components/intent-link'
import { TIER_LABELS } from '@/lib/browse/labels'
import { FIT_NOW_MAX, FIT_NOW_MIN, FIT_NOW_SPREAD, REACH_MIN, REACH_SPREAD, TIER_ORDER } from '@/lib/scoring/tiers'
import type { Tier, TieredRole } from '@/lib/scoring/types'
import { FitBar } from './fit-bar'
import { entryPath } from '@/lib/routes'

// What each tier means, worded from the thresholds themselves so the page and lib/scoring/tiers.ts cannot drift.
const TIER_NOTES: Record<Tier, string> = {
  'fit-now': `${FIT_NOW_MIN} or more and within ${FIT_NOW_SPREAD} points of your best (at most ${FIT_NOW_MAX}, and equal scores stay together).`,
  'within-reach': `${REACH_MIN} or more and within ${REACH_SPREAD} points of your best: about one skill level short where it matters.`,
  'further-away': 'More than one gap plan away.',
}
const TIER_EMPTY: Record<Tier, string> = {
  'fit-now': 'No role fits you closely yet.',
  'within-reach': 'No other role is within reach.',
  'further-away': 'None.',
}

/** Every role but the current one, best fit first, in tiers; each with its track so track and role read together. */
export function RoleRanking({ roles, trackLabels, title }: { roles: TieredRole[]; trackLabels: Map<string, string>; title: string }) {
  let rank = 0
  return (
    <section aria-labelledby="roles-title">
      <h2 id="roles-title" className="heading">{title}</h2>
      <div className="mt-3 space-y-4 card" data-testid="role-ranking">
        {TIER_ORDER.map((tier) => {
          const inTier = roles.filter((r) => r.tier === tier)
          return (
            <div key={tier} aria-labelledby={`tier-${tier}`} role="group">
              <h3 id={`tier-${tier}`} className="font-semibold">{TIER_LABELS[tier]}</h3>
              <p className="text-sm text-muted">{TIER_NOTES[tier]}</p>
              {inTier.length === 0 ? (
                <p className="mt-1 text-sm">{TIER_EMPTY[tier]}</p>
              ) : (
                <ol className="mt-2 space-y-2" start={rank + 1}>
                  {inTier.map((r) => {
                    rank++
                    return (
                      <li key={r.slug} className="grid gap-1 sm:grid-cols-[minmax(0,20rem)_minmax(0,1fr)] sm:items-center sm:gap-4">
                        <span className="flex gap-2">
                          <span className="w-6 shrink-0 text-right tabular-nums text-muted">{rank}.</span>
                          <span className="min-w-0">
                            <IntentLink href={entryPath('roles', r.slug)} className="font-medium ulink hover:decoration-2" data-role={r.slug}>
                              {r.name}
                            </IntentLink>
                            <span className="block text-xs text-muted">{r.track ? trackLabels.get(r.track) ?? r.track : 'On neither track'}</span>
                          </span>
                        </span>
                        <span className="pl-8 sm:pl-0"><FitBar score={r.score} tone={tier === 'fit-now' ? 'accent' : 'second'} /></span>
                      </li>
                    )
                  })}
                </ol>
              )}
            </div>
          )
        })}
      </div>
    </section>
  )
}
