import type { Metadata } from 'next'
import Link from 'next/link'
import { MatchReport } from '@/components/match/match-report'
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
  const parsed = resultQuerySchema.safeParse(await searchParams)
  const decoded = parsed.success
    ? decodeAnswers(model.questions, parsed.data.a)
    : { ok: false as const, reason: parsed.error.issues[0]?.message ?? 'The link is not a quiz result.' }
  if (!decoded.ok) return <BadLink reason={decoded.reason} />
  const result = scoreAnswers(decoded.answers, model)
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Your quiz result</h1>
        <p className="max-w-3xl text-lg text-muted">
          Scored against the skills matrix. The link holds your answers, so it shows this same result on any device.{' '}
          <Link href="/quiz" className="text-accent underline underline-offset-2">Change my answers</Link>
          {' · '}
          <a href={`/paths?${new URLSearchParams({ from: 'quiz', code: parsed.data?.a ?? '' }).toString()}`} className="text-accent underline underline-offset-2">Plan your moves</a>
        </p>
      </header>
      <MatchReport result={result} model={model} source="quiz" />
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
        <Link href="/quiz" className="font-medium text-accent underline underline-offset-2">Take the quiz</Link> to get a fresh
        result and link, or <Link href="/match" className="font-medium text-accent underline underline-offset-2">rate your skills directly</Link>.
      </p>
    </div>
  )
}
