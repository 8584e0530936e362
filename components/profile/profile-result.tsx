import { IntentLink } from '@/components/intent-link'
import { LINK } from '@/components/match/gap-plan'
import { MatchReport } from '@/components/match/match-report'
import { RoleExplanation } from '@/components/match/role-explanation'
import { levelsOf } from '@/lib/profile/edit'
import type { Profile } from '@/lib/profile/schema'
import { scoreLevels } from '@/lib/profile/score'
import type { ScoringModel } from '@/lib/scoring/types'
import { routePath } from '@/lib/paths/format'

/**
 * What the saved profile says, as the quiz and the matcher say it (the same report, scored in the browser), led
 * by the gap plan towards the person's target role when they have one.
 */
export function ProfileResult({ profile, model }: { profile: Profile; model: ScoringModel }) {
  const result = scoreLevels(levelsOf(profile), model, { current: profile.current?.slug ?? null })
  const target = profile.target ? result.roles.find((r) => r.slug === profile.target?.slug) : undefined
  const trackLabel = target?.track ? result.tracks.find((t) => t.slug === target.track)?.label ?? null : null
  return (
    <div className="space-y-8">
      {target ? (
        <section aria-labelledby="target-title" className="space-y-3">
          <h2 id="target-title" className="heading">Towards your target: {target.name}</h2>
          <RoleExplanation fit={target} rank={null} scale={model.scale} move={undefined} track={trackLabel} />
          {profile.current ? (
            <p>
              <IntentLink href={routePath(profile.current.slug, target.slug)} className={LINK}>
                Plan the move from {result.roles.find((r) => r.slug === profile.current?.slug)?.name} to {target.name}
              </IntentLink>
            </p>
          ) : null}
        </section>
      ) : null}
      <MatchReport result={result} model={model} source="ratings" moves={{}} shareable={false} />
    </div>
  )
}
