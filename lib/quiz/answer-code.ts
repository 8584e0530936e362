import { CHECK_LENGTH, checkChars } from '@/lib/check-digits'

/**
 * Quiz answers in a URL: one base-36 character per question (the chosen option's position, in question order)
 * followed by the three check characters of lib/check-digits.ts, fingerprinted with the question set.
 * Pure and dependency-free: the quiz form encodes in the browser, the result page decodes on the server.
 */
export type CodeQuestion = { slug: string; options: Array<{ id: string }> }
export type DecodedAnswers = { ok: true; answers: Record<string, string> } | { ok: false; reason: string }

function checkFor(questions: CodeQuestion[], digits: string): string {
  return checkChars(questions.map((q) => `${q.slug}:${q.options.map((o) => o.id).join(',')}`).join(';'), digits)
}

/** Returns null unless every question has a known option. */
export function encodeAnswers(questions: CodeQuestion[], answers: Record<string, string>): string | null {
  let digits = ''
  for (const q of questions) {
    const index = q.options.findIndex((o) => o.id === answers[q.slug])
    if (index < 0 || index >= 36) return null
    digits += index.toString(36)
  }
  return digits + checkFor(questions, digits)
}

export function decodeAnswers(questions: CodeQuestion[], code: string): DecodedAnswers {
  if (!/^[0-9a-z]+$/.test(code)) return { ok: false, reason: 'The link contains characters a quiz result never has.' }
  if (code.length !== questions.length + CHECK_LENGTH) {
    return { ok: false, reason: 'The link is too short or too long for this quiz: it may have been cut off.' }
  }
  const digits = code.slice(0, questions.length)
  if (code.slice(questions.length) !== checkFor(questions, digits)) {
    return { ok: false, reason: 'The link does not check out: it was changed by hand or made for an earlier version of the quiz.' }
  }
  const answers: Record<string, string> = {}
  for (const [i, q] of questions.entries()) {
    const option = q.options[parseInt(digits[i] ?? '', 36)]
    if (!option) return { ok: false, reason: `The link names an answer that question ${i + 1} does not have.` }
    answers[q.slug] = option.id
  }
  return { ok: true, answers }
}
