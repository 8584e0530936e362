import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { CurrentRoleForm } from '@/components/match/current-role-select'
import { EXPLAINED, MatchReport } from '@/components/match/match-report'
import { SaveAsProfileSlot } from '@/components/profile/save-as-profile-slot'
import { ResultHeading } from '@/components/quiz/result-heading'
import { CURRENT_PARAM, parseCurrentRole } from '@/lib/match/current-role'
import { stepMoves } from '@/lib/match/step-moves'
import { getMoveGraph, getPathsModel } from '@/lib/queries/paths'
import { getScoringModel } from '@/lib/queries/scoring'
import { decodeAnswers } from '@/lib/quiz/answer-code'
import { resultQuerySchema } from '@/lib/quiz/result-params'
import { scoreAnswers } from '@/lib/scoring/match'

export const metadata: Metadata = {
  title: 'Your quiz result',
  description: 'Which MLOps track and roles fit your answers, with the reasons and a plan for the gaps.',
  robots: { index: false },
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function QuizResultPage({ searchParams }: Props) {
  const model = await getScoringModel()
  const params = await searchParams
  const parsed = resultQuerySchema.safeParse(params)
  const decoded = parsed.success
    ? decodeAnswers(model.questions, parsed.data.a)
    : { ok: false as const, reason: parsed.error.issues[0]?.message ?? 'The link is not a quiz result.' }
  if (!decoded.ok) return <BadLink reason={decoded.reason} />
  const code = parsed.data?.a ?? ''
  // A bad current role is dropped with a note: the answers in the link are still good, so the result still shows.
  const { current, problem } = parseCurrentRole(params[CURRENT_PARAM], model)
  const result = scoreAnswers(decoded.answers, model, { current })
  const start = current ? { kind: 'role' as const, slug: current } : { kind: 'quiz' as const, code, levels: result.profile.levels }
  const moves = stepMoves(await getMoveGraph(), await getPathsModel(), start, result.verdict.next.slice(0, EXPLAINED).map((r) => r.slug))
  return (
    <div className="space-y-6">
      <ResultHeading code={code} movesHref={`/paths?${new URLSearchParams({ from: 'quiz', code }).toString()}`} />
      <MatchReport
        result={result}
        model={model}
        source="quiz"
        moves={moves}
        afterVerdict={
          <div className="space-y-2">
            {problem ? <p role="note" className="rounded-lg border border-warn bg-warn-soft p-3" data-testid="current-problem">{problem}</p> : null}
            <CurrentRoleForm model={model} current={current} code={code} />
            <SaveAsProfileSlot
              levels={Object.fromEntries(Object.entries(result.profile.levels).filter(([skill]) => (result.profile.confidence[skill] ?? 0) > 0))}
              source="inferred"
              current={current}
              skills={model.skills.map(({ slug, name }) => ({ slug, name }))}
            />
          </div>
        }
      />
    </div>
  )
}

function BadLink({ reason }: { reason: string }) {
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">This result link does not work</h1>
      <div role="alert" className="rounded-lg border border-warn bg-warn-soft p-4">
        <p>{reason}</p>
      </div>
      <p>
        Nothing was scored.{' '}
        <IntentLink href="/quiz" className="font-medium ulink">Take the quiz</IntentLink> to get a fresh
        result and link, or <IntentLink href="/match" className="font-medium ulink">rate your skills directly</IntentLink>.
      </p>
    </div>
  )
}
