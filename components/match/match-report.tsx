import Link from 'next/link'
import type { FitTarget, MatchResult, ScoringModel } from '@/lib/scoring/types'
import { CopyLinkButton } from './copy-link-button'
import { MethodNote } from './method-note'
import { CategoryChart } from '@/components/charts/category-chart'
import { categoryScores } from '@/lib/category-scores'
import { topLevel } from '@/lib/levels'
import { ReliabilityNote } from './reliability-note'
import { RoleExplanation } from './role-explanation'
import { RoleRanking } from './role-ranking'
import { TrackVerdict } from './track-verdict'

const EXPLAINED = 3

/** The whole result: verdict, ranking, profile, explanations with gap plans, and the method. */
export function MatchReport({ result, model, source }: { result: MatchResult; model: ScoringModel; source: 'quiz' | 'ratings' }) {
  const [first, second] = result.roles
  const topRole = first ? model.roles.find((r) => r.slug === first.slug) : undefined
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <CopyLinkButton />
        {first && second ? (
          <Link
            href={`/compare/${first.slug}/${second.slug}`}
            className="text-sm font-medium text-accent underline-offset-2 hover:underline"
          >
            Compare my top two roles: {first.name} and {second.name}
          </Link>
        ) : null}
      </div>
      <ReliabilityNote reliability={result.reliability} />
      <TrackVerdict tracks={result.tracks} />
      <RoleRanking roles={result.roles} />
      {topRole ? <ProfileChart result={result} role={topRole} model={model} /> : null}
      <section aria-labelledby="why-title">
        <h2 id="why-title" className="text-xl font-semibold tracking-tight">Why these roles</h2>
        <p className="mt-1 max-w-3xl text-muted">
          Points each skill added to or took from the fit, and the skills to raise first, with the tools that exercise them.
        </p>
        <div className="mt-3 space-y-4">
          {result.roles.slice(0, EXPLAINED).map((fit, i) => (
            <RoleExplanation key={fit.slug} fit={fit} rank={i + 1} />
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
      <h2 id="radar-title" className="text-xl font-semibold tracking-tight">Your profile next to {role.name}</h2>
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
