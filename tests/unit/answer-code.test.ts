import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeAnswers, encodeAnswers } from '@/lib/quiz/answer-code'
import { readSaved } from '@/lib/quiz/saved-answers'

const questions = [
  { slug: 'q-one', kind: 'preference' as const, prompt: '', help: '', options: ['a', 'b', 'c'].map((id) => ({ id, label: id })) },
  { slug: 'q-two', kind: 'self-rating' as const, prompt: '', help: '', options: ['l0', 'l1', 'l2', 'l3', 'l4'].map((id) => ({ id, label: id })) },
  { slug: 'q-three', kind: 'self-rating' as const, prompt: '', help: '', options: ['x', 'y'].map((id) => ({ id, label: id })) },
]
const answersArb = fc.tuple(fc.nat(2), fc.nat(4), fc.nat(1)).map(([a, b, c]) => ({
  'q-one': questions[0]!.options[a]!.id,
  'q-two': questions[1]!.options[b]!.id,
  'q-three': questions[2]!.options[c]!.id,
}))

describe('answer codes in result URLs', () => {
  it('round-trips every complete set of answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const code = encodeAnswers(questions, answers)
        expect(code).toMatch(/^[0-9a-z]+$/)
        expect(decodeAnswers(questions, code!)).toEqual({ ok: true, answers })
      }),
    )
  })

  it('refuses to encode incomplete answers', () => {
    expect(encodeAnswers(questions, { 'q-one': 'a', 'q-two': 'l1' })).toBeNull()
    expect(encodeAnswers(questions, { 'q-one': 'a', 'q-two': 'l1', 'q-three': 'nope' })).toBeNull()
  })

  it('rejects codes that were edited, cut short, padded or made for another question set', () => {
    const code = encodeAnswers(questions, { 'q-one': 'b', 'q-two': 'l3', 'q-three': 'x' })!
    // Every single-character edit, exhaustively: the weighted check catches each one.
    for (let i = 0; i < code.length; i++) {
      for (const ch of '0123456789abcdefghijklmnopqrstuvwxyz') {
        if (ch !== code[i]) expect(decodeAnswers(questions, code.slice(0, i) + ch + code.slice(i + 1)).ok).toBe(false)
      }
    }
    expect(decodeAnswers(questions, code.slice(0, -1)).ok).toBe(false)
    expect(decodeAnswers(questions, `${code}0`).ok).toBe(false)
    expect(decodeAnswers(questions, code.toUpperCase()).ok).toBe(false)
    expect(decodeAnswers(questions, '<script>').ok).toBe(false)
    const renamed = [{ ...questions[0]!, slug: 'q-renamed' }, questions[1]!, questions[2]!]
    expect(decodeAnswers(renamed, code).ok).toBe(false)
  })
})

describe('saved quiz progress', () => {
  it('keeps only answers the current quiz has and ignores anything unreadable', () => {
    const saved = JSON.stringify({ answers: { 'q-one': 'c', 'q-two': 'l9', gone: 'a' }, step: 7 })
    expect(readSaved(saved, questions)).toEqual({ answers: { 'q-one': 'c' }, step: 2 })
    expect(readSaved('{oops', questions)).toBeNull()
    expect(readSaved(JSON.stringify({ answers: [], step: 'x' }), questions)).toBeNull()
    expect(readSaved(null, questions)).toBeNull()
  })
})
