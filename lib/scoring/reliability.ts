import type { Reliability } from './types'

/** Fewer identical answers than this are too few to call a pattern. */
export const FLAT_MIN = 3

const FLAT_NOTES = {
  quiz: 'You gave every self-rating question the same answer. People rarely have exactly the same level in everything, so this result is less reliable: go back and rate each skill on its own if you can.',
  ratings: 'You gave every rated skill the same level. People rarely have exactly the same level in everything, so this result is less reliable: rate each skill on its own if you can.',
} as const
const EMPTY_NOTE = 'Nothing was answered or rated, so every fit is 0. Rate at least a few skills to get a meaningful result.'

/**
 * Like the Skills Matcher's warning: a block of identical self-ratings (every self-rating question answered
 * with the same option position, or every rated skill given the same level) says more about the answering
 * than about the person.
 */
export function reliabilityOf(values: number[], source: 'quiz' | 'ratings', answered: number = values.length): Reliability {
  if (answered === 0) return { kind: 'empty', note: EMPTY_NOTE }
  if (values.length >= FLAT_MIN && values.every((v) => v === values[0])) return { kind: 'flat', note: FLAT_NOTES[source] }
  return { kind: 'ok', note: null }
}
