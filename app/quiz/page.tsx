import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { QuizForm } from '@/components/quiz/quiz-form'
import { getQuizQuestions } from '@/lib/queries/quiz'

export const metadata: Metadata = {
  title: 'Which track fits me?',
  description: 'A short quiz that scores your answers against the skills matrix and explains which MLOps track and roles fit you, and why.',
}

// The project's own estimate of a quiz pace, for the time shown before starting: about ten seconds a question.
const SECONDS_PER_QUESTION = 10

export default async function QuizPage() {
  const questions = await getQuizQuestions()
  const minutes = Math.max(1, Math.round((questions.length * SECONDS_PER_QUESTION) / 60))
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Which track fits me?</h1>
        <p className="text-lg text-muted">
          {questions.length} questions, about {minutes} minutes: a few about what you would do, then how strong you are in a handful of skills. Your
          answers are scored against the skills matrix, and the result explains every number. Unsure about a skill?
          Every self-rating has a &ldquo;Not sure&rdquo; answer, which counts as no evidence either way.
        </p>
      </header>
      <QuizForm questions={questions} />
      <p className="text-sm text-muted">
        Your answers stay in this browser. Prefer to rate every skill directly? Use the{' '}
        <IntentLink href="/match" className="ulink">skill matcher</IntentLink>.
      </p>
    </div>
  )
}
