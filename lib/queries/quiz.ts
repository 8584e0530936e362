import { cache } from 'react'
import type { QuizFormQuestion } from '@/lib/quiz/form-types'
import { getScoringModel } from './scoring'

/** The questions as the quiz form needs them: no evidence, so the form cannot be read as an answer key. */
export const getQuizQuestions = cache(async (): Promise<QuizFormQuestion[]> =>
  (await getScoringModel()).questions.map((q) => ({
    slug: q.slug,
    kind: q.kind,
    prompt: q.prompt,
    help: q.help,
    options: q.options.map((o) => ({ id: o.id, label: o.label })),
  })),
)

