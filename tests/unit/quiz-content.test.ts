import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content/load'
import { unreachableNeeds } from '@/lib/content/quiz-reach'

// Guards the real quiz content: reach, the rubric reading and the "Not sure" option.
const { corpus } = loadContent()
const quiz = corpus.quiz.map((e) => ({ slug: e.slug, kind: e.data.kind, options: e.data.options }))
const rubric = new Map(corpus.scale.map((e) => [e.data.level, e.data.name]))

describe('quiz content', () => {
  it('can reach every skill level of 3 or more that a role needs', () => {
    const roles = corpus.roles.map((e) => ({ slug: e.slug, skills: e.data.skills }))
    expect(unreachableNeeds(quiz, roles)).toEqual([])
  })

  it('stays within 25 questions', () => {
    expect(quiz.length).toBeLessThanOrEqual(25)
  })

  describe.each(quiz.filter((q) => q.kind === 'self-rating').map((q) => [q.slug, q] as const))('self-rating %s', (_slug, q) => {
    it('offers levels 0 to 4 and then "Not sure", which gives no evidence', () => {
      expect(q.options.map((o) => o.id)).toEqual(['level-0', 'level-1', 'level-2', 'level-3', 'level-4', 'not-sure'])
      expect(q.options.at(-1)).toMatchObject({ label: 'Not sure', evidence: [] })
    })

    it('labels each level with its rubric name and evidences only that level', () => {
      q.options.slice(0, 5).forEach((option, level) => {
        expect(option.label.startsWith(`${rubric.get(level)}:`)).toBe(true)
        expect(option.evidence.length).toBeGreaterThan(0)
        expect(option.evidence.every((e) => e.level === level)).toBe(true)
      })
    })
  })
})
