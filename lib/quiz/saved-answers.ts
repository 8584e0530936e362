import { z } from '@/lib/zod-browser'
import type { QuizFormQuestion } from './form-types'


const savedSchema = z.object({ answers: z.record(z.string(), z.string()), step: z.int().check(z.minimum(0)) })
export type SavedQuiz = z.infer<typeof savedSchema>

/** Saved progress is outside data (an older quiz, a hand edit): keep only answers the current quiz has. */
export function readSaved(raw: string | null, questions: QuizFormQuestion[]): SavedQuiz | null {
  if (!raw) return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  const parsed = savedSchema.safeParse(value)
  if (!parsed.success) return null
  const answers: Record<string, string> = {}
  for (const q of questions) {
    const id = parsed.data.answers[q.slug]
    if (id && q.options.some((o) => o.id === id)) answers[q.slug] = id
  }
  return { answers, step: Math.min(parsed.data.step, Math.max(0, questions.length - 1)) }
}
