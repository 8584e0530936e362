/**
 * Quiz answers in a URL: one base-36 character per question (the chosen option's position, in question order)
 * followed by a three-character check. The first check character is a position-weighted sum modulo the prime 31
 * (as in ISBN check digits), so any single changed character is always caught; the other two hash the answers
 * together with the question set, so a link made for a different version of the quiz is refused too.
 * Pure and dependency-free: the quiz form encodes in the browser, the result page decodes on the server.
 */
export type CodeQuestion = { slug: string; options: Array<{ id: string }> }
export type DecodedAnswers = { ok: true; answers: Record<string, string> } | { ok: false; reason: string }

const CHECK_LENGTH = 3
const PRIME = 31

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

function checkFor(questions: CodeQuestion[], digits: string): string {
  const fingerprint = questions.map((q) => `${q.slug}:${q.options.map((o) => o.id).join(',')}`).join(';')
  let weighted = 0
  for (let i = 0; i < digits.length; i++) weighted += ((i % (PRIME - 1)) + 1) * parseInt(digits[i] ?? '0', 36)
  const hash = (fnv1a(`${fingerprint}|${digits}`) % 36 ** 2).toString(36).padStart(2, '0')
  return (weighted % PRIME).toString(36) + hash
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
