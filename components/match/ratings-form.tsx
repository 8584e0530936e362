import { IntentLink } from '@/components/intent-link'
import { SCORED_PARAM } from '@/lib/match/ratings-query'
import type { ScoringModel } from '@/lib/scoring/types'
import { CompactGetForm } from './compact-get-form'
import { CurrentRoleSelect } from './current-role-select'
import { MatcherSkills } from './matcher-skills'

const NOTHING_RATED = 'Nothing is rated yet: pick a level for at least one skill above, then score again.'

/** The optional current role, then every skill as a row of level buttons, grouped by category; unrated skills count as 0. */
export function RatingsForm({ model, ratings, current, prefill, nothingRated }: {
  model: ScoringModel
  ratings: Record<string, number>
  current: string | null
  prefill: boolean
  /** The form came back with no rating (only possible without JavaScript, which checks before sending). */
  nothingRated: boolean
}) {
  return (
    <CompactGetForm action="/match" className="space-y-4" emptyMessage={NOTHING_RATED}>
      <input type="hidden" name={SCORED_PARAM} value="1" data-js-omit="" />
      <div className="card">
        <CurrentRoleSelect model={model} current={current} />
      </div>
      <MatcherSkills
        categories={model.categories.map(({ slug, name }) => ({ slug, name }))}
        skills={model.skills.map(({ slug, name, category }) => ({ slug, name, category }))}
        scale={model.scale}
        ratings={ratings}
        prefill={prefill}
      />
      {nothingRated ? <p role="alert" className="font-medium text-warn">{NOTHING_RATED}</p> : null}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="min-h-11 rounded-md bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          Score my skills
        </button>
        <IntentLink href="/match" className="text-sm ulink">Clear all ratings</IntentLink>
      </div>
    </CompactGetForm>
  )
}
