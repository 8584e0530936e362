import type { QuizFormQuestion } from '@/lib/quiz/form-types'

/** Every question, answered or not, to jump to any of them (folded away until asked for). */
export function QuizOverview({ questions, answers, step, onJump }: {
  questions: QuizFormQuestion[]
  answers: Record<string, string>
  step: number
  onJump: (index: number) => void
}) {
  const answered = questions.filter((q) => answers[q.slug]).length
  return (
    <details className="rounded-lg border border-line bg-surface" data-testid="quiz-overview">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 font-medium">
        All questions: {answered} of {questions.length} answered
      </summary>
      <ol className="space-y-1 border-t border-line p-2">
        {questions.map((q, i) => (
          <li key={q.slug}>
            <button
              type="button"
              onClick={() => onJump(i)}
              aria-current={i === step ? 'step' : undefined}
              className="flex min-h-11 w-full items-start gap-2 rounded-md px-2 py-1.5 text-left hover:bg-raised aria-[current=step]:bg-accent-soft"
            >
              <span className="w-6 shrink-0 tabular-nums text-muted">{i + 1}.</span>
              <span className="min-w-0 flex-1">{q.prompt}</span>
              <span className={`shrink-0 text-sm ${answers[q.slug] ? 'text-accent' : 'text-muted'}`}>{answers[q.slug] ? 'Answered' : 'Not yet'}</span>
            </button>
          </li>
        ))}
      </ol>
    </details>
  )
}
