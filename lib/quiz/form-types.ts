import type { QuizKind } from '@/lib/content/enums'

/** A quiz question as the form shows it: prompt and options only, no evidence. */
export type QuizFormQuestion = {
  slug: string
  kind: QuizKind
  prompt: string
  help: string
  options: Array<{ id: string; label: string }>
}
