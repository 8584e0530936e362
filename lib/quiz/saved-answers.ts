import type { QuizFormQuestion } from './form-types'

export type SavedQuiz = { answers: Record<string, string>; step: number }

// Checked by hand, not with zod: this runs in the browser, where even zod/mini would be most of the quiz's own
// JavaScript.
function isSaved(value: unknown): value is SavedQuiz {
  if (typeof value !== 'object' || value === null) return false
  const { answers, step } = value as Record<string, unknown>
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return false
  return Object.values(answers).every((v) => typeof v === 'string') && Number.isInteger(step) && (step as number) >= 0
}

/** Saved progress is outside data (an older quiz, a hand edit): keep only answers the current quiz has. */
export function readSaved(raw: string | null, questions: QuizFormQuestion[]): SavedQuiz | null {
  if (!raw) return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (!isSaved(value)) return null
  const answers: Record<string, string> = {}
  for (const q of questions) {
    const id = Object.hasOwn(value.answers, q.slug) ? value.answers[q.slug] : undefined
    if (id && q.options.some((o) => o.id === id)) answers[q.slug] = id
  }
  return { answers, step: Math.min(value.step, Math.max(0, questions.length - 1)) }
}
