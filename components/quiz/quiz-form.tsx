'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { encodeAnswers } from '@/lib/quiz/answer-code'
import type { QuizFormQuestion } from '@/lib/quiz/form-types'
import { readSaved } from '@/lib/quiz/saved-answers'
import { QUIZ_RESULT_KEY, QUIZ_STORAGE_KEY } from '@/lib/storage-keys'
import { QuizOverview } from './quiz-overview'
import { StartOver } from './start-over'

const button =
  'rounded-md px-4 py-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:opacity-50'

/** One question at a time; progress is kept in localStorage so a reload picks up where it left off. */
export function QuizForm({ questions }: { questions: QuizFormQuestion[] }) {
  const router = useRouter()
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const [step, setStep] = useState(0)
  const [error, setError] = useState('')
  const [loaded, setLoaded] = useState(false)
  const [cleared, setCleared] = useState<Record<string, string> | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)

  useEffect(() => {
    const saved = readSaved(window.localStorage.getItem(QUIZ_STORAGE_KEY), questions)
    if (saved) {
      setAnswers(saved.answers)
      setStep(saved.step)
    }
    setLoaded(true)
  }, [questions])

  useEffect(() => {
    if (loaded) window.localStorage.setItem(QUIZ_STORAGE_KEY, JSON.stringify({ answers, step }))
  }, [answers, step, loaded])

  // Focus follows the step so keyboard and screen-reader users land on the new question, not the page top.
  useEffect(() => {
    if (moved.current) heading.current?.focus()
  }, [step])

  const question = questions[step]
  if (!question) return null
  const total = questions.length
  const chosen = answers[question.slug]
  const last = step === total - 1

  function go(to: number) {
    moved.current = true
    setError('')
    setStep(to)
  }

  function choose(id: string) {
    setError('')
    setCleared(null)
    setAnswers((a) => ({ ...a, [question?.slug ?? '']: id }))
  }

  function next(event?: FormEvent) {
    event?.preventDefault()
    if (!question || !chosen) {
      setError('Choose an answer to continue.')
      return
    }
    if (!last) return go(step + 1)
    const code = encodeAnswers(questions, answers)
    const missing = questions.findIndex((q) => !answers[q.slug])
    if (!code) {
      setError(`Question ${missing + 1} has no answer yet.`)
      if (missing >= 0) go(missing)
      return
    }
    window.localStorage.setItem(QUIZ_RESULT_KEY, code)
    router.push(`/quiz/result?a=${code}`)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault()
      next()
    }
  }

  const progress = Math.round(((step + 1) / total) * 100)
  return (
    <form onSubmit={next} className="space-y-5" noValidate>
      <div>
        <p id="quiz-progress-label" className="text-sm font-medium text-muted">
          Question {step + 1} of {total}
        </p>
        <div
          role="progressbar"
          aria-labelledby="quiz-progress-label"
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={step + 1}
          aria-valuetext={`Question ${step + 1} of ${total}`}
          className="mt-1 h-2 overflow-hidden rounded-full bg-raised"
        >
          <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${progress}%` }} />
        </div>
      </div>
      <fieldset className="card sm:p-6" aria-describedby={question.help ? 'quiz-help' : undefined}>
        <legend className="contents">
          <h2 ref={heading} tabIndex={-1} className="heading text-balance focus:outline-none sm:text-2xl">
            {question.prompt}
          </h2>
        </legend>
        {question.help ? <p id="quiz-help" className="mt-1 text-muted">{question.help}</p> : null}
        <div className="mt-4 space-y-2">
          {question.options.map((option) => (
            <label
              key={option.id}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-line bg-canvas p-3 hover:bg-raised has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent"
            >
              <input
                type="radio"
                name={question.slug}
                value={option.id}
                checked={chosen === option.id}
                onChange={() => choose(option.id)}
                onKeyDown={onKeyDown}
                className="mt-1 size-4 shrink-0 accent-[var(--accent)]"
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
        <p className="mt-3 text-sm text-muted">Keyboard: Tab reaches the answers, the arrow keys choose one, Enter goes on.</p>
      </fieldset>
      <p role="alert" className="min-h-6 text-sm font-medium text-warn">{error}</p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <button type="button" onClick={() => go(step - 1)} disabled={step === 0} className={`${button} border border-line bg-surface hover:bg-raised`}>
          Back
        </button>
        <button type="submit" className={`${button} bg-accent text-accent-ink hover:opacity-90`}>
          {last ? 'See my result' : 'Next'}
        </button>
      </div>
      <QuizOverview questions={questions} answers={answers} step={step} onJump={go} />
      <StartOver
        answered={Object.keys(answers).length}
        canUndo={cleared !== null}
        onClear={() => {
          setCleared(answers)
          setAnswers({})
          go(0)
        }}
        onUndo={() => {
          setAnswers(cleared ?? {})
          setCleared(null)
        }}
      />
    </form>
  )
}
