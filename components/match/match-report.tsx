import { IntentLink } from '@/components/intent-link'
import type { ReactNode } from 'react'
import type { StepMove } from '@/lib/match/step-moves'
import type { FitTarget, MatchResult, ScoringModel } from '@/lib/scoring/types'
import { CloseCall } from './close-call'
import { CopyLinkButton } from './copy-link-button'
import { MethodNote } from './method-note'
import { CategoryChart } from '@/components/charts/category-chart'
import { categoryScores } from '@/lib/category-scores'
import { topLevel } from '@/lib/levels'
import { ReliabilityNote } from './reliability-note'
import { RoleExplanation } from './role-explanation'
import { RoleRanking } from './role-ranking'
import { TrackVerdict } from './track-verdict'
import { VerdictSummary } from './verdict-summary'
import { comparePath } from '@/lib/routes'

export const EXPLAINED = 3

type Props = {
  result: MatchResult
  model: ScoringModel
  source: 'quiz' | 'ratings'
  moves: Record<string, StepMove>
  /** Shown right under the verdict (the quiz result's current-role form). */
  afterVerdict?: ReactNode
  /** Whether the page's address holds the result, so copying it shares it (not so on /me). */
  shareable?: boolean
}

/**
 * The whole result: the verdict sentence (and where the person is now), tracks, the other roles in tiers, what
 * separates a close top two, the profile, explanations with gap plans, and the method. The current role is
 * never among the moves: everything after "where you are" reads the verdict's `next`.
 */
export function MatchReport({ result, model, source, moves, afterVerdict, shareable = true }: Props) {
  const { verdict } = result
  const [first, second] = verdict.next
  const topRole = first ? model.roles.find((r) => r.slug === first.slug) : undefined
  const trackLabels = new Map(result.tracks.map((t) => [t.slug, t.label]))
  return (
    <div className="space-y-8">
      <VerdictSummary verdict={verdict} trackLabels={trackLabels} />
      {afterVerdict}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {shareable ? <CopyLinkButton /> : null}
        {first && second ? (
          <IntentLink
            href={comparePath(first.slug, second.slug)}
            className="text-sm font-medium ulink hover:decoration-2"
          >
            Compare my top two roles: {first.name} and {second.name}
          </IntentLink>
        ) : null}
      </div>
      <ReliabilityNote reliability={result.reliability} />
      <TrackVerdict tracks={result.tracks} />
      <RoleRanking roles={verdict.next} trackLabels={trackLabels} title={verdict.current ? 'Where to go next' : 'Roles ranked by fit'} />
      <CloseCall verdict={verdict} scale={model.scale} />
      {topRole ? <ProfileChart result={result} role={topRole} model={model} /> : null}
      <section aria-labelledby="why-title">
        <h2 id="why-title" className="heading">Why these roles</h2>
        <p className="mt-1 max-w-3xl text-muted">
          Points each skill added to or took from the fit, and the skills to raise first, with the tools that exercise them.
        </p>
        <div className="mt-3 space-y-4">
          {verdict.next.slice(0, EXPLAINED).map((fit, i) => (
            <RoleExplanation
              key={fit.slug}
              fit={fit}
              rank={i + 1}
              scale={model.scale}
              move={moves[fit.slug]}
              track={fit.track ? trackLabels.get(fit.track) ?? fit.track : null}
            />
          ))}
        </div>
      </section>
      <MethodNote source={source} />
    </div>
  )
}

/** The person's levels by category over the best-fitting role's; the table carries the same numbers. */
function ProfileChart({ result, role, model }: { result: MatchResult; role: FitTarget; model: ScoringModel }) {
  const you = categoryScores(result.profile.levels, model.skills, model.categories)
  const them = categoryScores(Object.fromEntries(role.needs.map((n) => [n.skill, n.level])), model.skills, model.categories)
  const top = topLevel(model.scale)
  return (
    <section aria-labelledby="radar-title">
      <h2 id="radar-title" className="heading">Your profile next to {role.name}</h2>
      <p className="mt-1 max-w-3xl text-muted">Level per skill category (0–{top}): the mean of the three highest skills in each category.</p>
      <div className="mt-3">
        <CategoryChart
          rows={you}
          series={[
            { key: 'you', name: 'You', color: 'accent', values: you.map((c) => c.value) },
            { key: 'role', name: role.name, color: 'second', values: them.map((c) => c.value) },
          ]}
          caption={`Your level and the ${role.name} level by skill category, 0 to ${top}`}
          top={top}
        />
      </div>
    </section>
  )
}
