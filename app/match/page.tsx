import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { MatchReport } from '@/components/match/match-report'
import { RatingsForm } from '@/components/match/ratings-form'
import { SaveAsProfileSlot } from '@/components/profile/save-as-profile-slot'
import { parseRatingsQuery } from '@/lib/match/ratings-query'
import { stepMoves } from '@/lib/match/step-moves'
import { getMoveGraph, getPathsModel } from '@/lib/queries/paths'
import { getScoringModel } from '@/lib/queries/scoring'
import { EXPLAINED } from '@/components/match/match-report'
import { scoreRatings } from '@/lib/scoring/match'

export const metadata: Metadata = {
  title: 'Skill matcher',
  description: 'Rate yourself on the skills matrix and see which ML and MLOps roles fit, why, and what to learn next.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function MatchPage({ searchParams }: Props) {
  const model = await getScoringModel()
  const { ratings, current, problem, scored } = parseRatingsQuery(await searchParams, model)
  const rated = Object.keys(ratings).length > 0
  const result = rated && !problem ? scoreRatings(ratings, model, { current }) : null
  // Ratings have no code the career-move page can read, so a gap plan links to moves only from a named role.
  const moves = result && current
    ? stepMoves(await getMoveGraph(), await getPathsModel(), { kind: 'role', slug: current }, result.verdict.next.slice(0, EXPLAINED).map((r) => r.slug))
    : {}
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Skill matcher</h1>
        <p className="max-w-3xl text-lg text-muted">
          Rate yourself from 0 (none) to 4 (expert) on the skills you know; anything you leave unrated counts as 0. Every
          role and track is scored against the skills matrix, with the reasons and a plan for the gaps. Prefer questions?{' '}
          <IntentLink href="/quiz" className="ulink">Take the quiz</IntentLink>.
        </p>
      </header>
      {problem ? (
        <div role="alert" className="rounded-lg border border-warn bg-warn-soft p-4" data-testid="match-problem">
          <p className="font-semibold">This link has ratings the matcher cannot read</p>
          <p className="mt-1">{problem} Nothing was scored; check the ratings below and score again.</p>
        </div>
      ) : null}
      {result ? (
        <section aria-labelledby="result-title" className="space-y-4">
          <h2 id="result-title" className="text-2xl font-bold tracking-tight">Your matches</h2>
          <MatchReport
            result={result}
            model={model}
            source="ratings"
            moves={moves}
            afterVerdict={<SaveAsProfileSlot levels={ratings} source="rated" current={current} skills={model.skills.map(({ slug, name }) => ({ slug, name }))} />}
          />
        </section>
      ) : null}
      <section aria-labelledby="ratings-title" id="ratings" className="space-y-3">
        <h2 id="ratings-title" className="text-2xl font-bold tracking-tight">{result ? 'Change your ratings' : 'Rate your skills'}</h2>
        <RatingsForm model={model} ratings={ratings} current={current} prefill={!rated && !problem && !scored} nothingRated={scored && !rated && !problem} />
      </section>
    </div>
  )
}
