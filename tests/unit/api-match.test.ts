import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { useSeededStore } from '../fixtures/store'

useSeededStore()
const { POST: matchPost } = await import('@/app/api/match/route')
const { POST: quizPost } = await import('@/app/api/quiz/score/route')
const model = await (await import('@/lib/queries/scoring')).getScoringModel()

// The response shape these tests read, checked rather than assumed.
const resultSchema = z.object({
  tracks: z.array(z.object({ slug: z.string() })),
  roles: z.array(z.object({ slug: z.string(), score: z.number(), strengths: z.array(z.unknown()) })),
  reliability: z.object({ kind: z.string(), note: z.string().nullable() }),
})

type Handler = (request: Request) => Promise<Response>
const post = (handler: Handler, body: string) =>
  handler(new Request('http://localhost/api', { method: 'POST', headers: { 'content-type': 'application/json' }, body }))

async function expect400(handler: Handler, body: string, field: string) {
  const response = await post(handler, body)
  expect(response.status, body).toBe(400)
  const json: unknown = await response.json()
  expect(json, body).toEqual({ field, error: expect.stringMatching(/.{6,}/) })
}

// Whatever the seeded content holds: the first skills of the matrix, the first self-rating question.
const [skill, second, third] = model.skills.map((s) => s.slug)
const top = Math.max(...model.scale.map((l) => l.level))
const question = model.questions.find((q) => q.kind === 'self-rating')!

describe('POST /api/match', () => {
  it('ranks every role and track for valid ratings, best first, with explanations', async () => {
    const response = await post(matchPost, JSON.stringify({ skills: { [skill!]: top, [second!]: 1, [third!]: 2 } }))
    expect(response.status).toBe(200)
    const json = resultSchema.parse(await response.json())
    expect(json.tracks.map((t) => t.slug).sort()).toEqual(model.tracks.map((t) => t.slug).sort())
    expect(json.roles.map((r) => r.slug).sort()).toEqual(model.roles.map((r) => r.slug).sort())
    const scores = json.roles.map((r) => r.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(json.roles[0]!.strengths.length).toBeGreaterThan(0)
    expect(json.reliability).toEqual({ kind: 'ok', note: null })
  })

  it('answers 400 naming the field for each kind of bad input', async () => {
    await expect400(matchPost, JSON.stringify({ skills: { cobol: 2 } }), 'skills.cobol')
    await expect400(matchPost, JSON.stringify({ skills: { [skill!]: -1 } }), `skills.${skill}`)
    await expect400(matchPost, JSON.stringify({ skills: { [skill!]: 2.5 } }), `skills.${skill}`)
    await expect400(matchPost, JSON.stringify({ skills: { [skill!]: '3' } }), `skills.${skill}`)
    await expect400(matchPost, JSON.stringify({ skills: [3] }), 'skills')
    await expect400(matchPost, JSON.stringify({}), 'skills')
    await expect400(matchPost, JSON.stringify({ skills: {}, extra: true }), 'extra')
    for (const body of ['{"skills": {', '', '[1, 2]', '"skills"', 'null']) await expect400(matchPost, body, 'body')
  })

  it('answers 400 naming the skill for a level above the top of the scale', async () => {
    await expect400(matchPost, JSON.stringify({ skills: { [skill!]: top + 1 } }), `skills.${skill}`)
  })

  it('answers 400 for a "__proto__" skill instead of dropping it', async () => {
    await expect400(matchPost, '{"skills": {"__proto__": 3}}', 'skills.__proto__')
  })
})

describe('POST /api/quiz/score', () => {
  it('scores the same option on every self-rating question, flagging the result as flat', async () => {
    const answers = Object.fromEntries(model.questions.filter((q) => q.kind === 'self-rating').map((q) => [q.slug, q.options[1]!.id]))
    const response = await post(quizPost, JSON.stringify({ answers }))
    expect(response.status).toBe(200)
    const json = resultSchema.parse(await response.json())
    expect(json.tracks).toHaveLength(model.tracks.length)
    expect(json.roles[0]!.score).toBeGreaterThan(0)
    expect(json.reliability.kind).toBe('flat')
  })

  it('answers 400 naming the field for unknown questions, options and wrong types', async () => {
    await expect400(quizPost, JSON.stringify({ answers: { 'no-such-question': 'x' } }), 'answers.no-such-question')
    await expect400(quizPost, JSON.stringify({ answers: { [question.slug]: 'no-such-option' } }), `answers.${question.slug}`)
    await expect400(quizPost, JSON.stringify({ answers: { [question.slug]: 3 } }), `answers.${question.slug}`)
    await expect400(quizPost, JSON.stringify({ answers: 'all of them' }), 'answers')
    await expect400(quizPost, JSON.stringify({ answers: {}, skills: {} }), 'skills')
    await expect400(quizPost, 'not json', 'body')
  })

  it('answers 400 for a "__proto__" question instead of dropping it', async () => {
    await expect400(quizPost, `{"answers": {"__proto__": {"${question.slug}": "${question.options[0]!.id}"}}}`, 'answers.__proto__')
  })
})

const verdictSchema = z.object({
  verdict: z.object({
    sentence: z.string(),
    current: z.object({ slug: z.string(), score: z.number() }).nullable(),
    next: z.array(z.object({ slug: z.string(), tier: z.enum(['fit-now', 'within-reach', 'further-away']) })),
  }),
})

describe('the optional current role', () => {
  const ratings = { skills: { [skill!]: top, [second!]: 2, [third!]: 3 } }

  it('is scored apart and never offered as the move, by both endpoints', async () => {
    const plain = verdictSchema.parse(await (await post(matchPost, JSON.stringify(ratings))).json())
    expect(plain.verdict.current).toBeNull()
    const best = plain.verdict.next[0]!.slug
    const withCurrent = verdictSchema.parse(await (await post(matchPost, JSON.stringify({ ...ratings, current: best }))).json())
    expect(withCurrent.verdict.current?.slug).toBe(best)
    expect(withCurrent.verdict.next.map((r) => r.slug)).not.toContain(best)

    const answers = { [question.slug]: question.options[2]!.id }
    const quiz = verdictSchema.parse(await (await post(quizPost, JSON.stringify({ answers, current: best }))).json())
    expect(quiz.verdict.current?.slug).toBe(best)
    expect(quiz.verdict.next.map((r) => r.slug)).not.toContain(best)
  })

  it('answers 400 naming the field for an unknown role or a wrong type', async () => {
    await expect400(matchPost, JSON.stringify({ ...ratings, current: 'astronaut' }), 'current')
    await expect400(matchPost, JSON.stringify({ ...ratings, current: 3 }), 'current')
    await expect400(quizPost, JSON.stringify({ answers: {}, current: 'astronaut' }), 'current')
  })
})
