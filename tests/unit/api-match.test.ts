import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useTempStore } from '../fixtures/temp-store'

type Handler = (request: Request) => Promise<Response>
let matchPost: Handler
let quizPost: Handler
let cleanup = () => {}

beforeAll(async () => {
  cleanup = await useTempStore('api-match')
  matchPost = (await import('@/app/api/match/route')).POST
  quizPost = (await import('@/app/api/quiz/score/route')).POST
})
afterAll(() => cleanup())

const post = (handler: Handler, body: string) =>
  handler(new Request('http://localhost/api', { method: 'POST', headers: { 'content-type': 'application/json' }, body }))

async function expect400(handler: Handler, body: string, field: string) {
  const response = await post(handler, body)
  expect(response.status).toBe(400)
  const json = (await response.json()) as { error: string; field: string }
  expect(json.field).toBe(field)
  expect(json.error.length).toBeGreaterThan(5)
}

describe('POST /api/match', () => {
  it('ranks roles and tracks for valid ratings, best first, with explanations', async () => {
    const response = await post(matchPost, JSON.stringify({ skills: { kubernetes: 3, 'ci-cd': 3, 'infrastructure-as-code': 3, 'machine-learning': 1 } }))
    expect(response.status).toBe(200)
    const json = (await response.json()) as {
      tracks: Array<{ slug: string; score: number }>
      roles: Array<{ slug: string; name: string; score: number; strengths: unknown[]; gaps: unknown[]; gapPlan: unknown[] }>
      reliability: { kind: string }
    }
    expect(json.tracks).toHaveLength(2)
    expect(json.roles.length).toBeGreaterThanOrEqual(18)
    const scores = json.roles.map((r) => r.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(json.roles[0]).toMatchObject({ slug: expect.any(String), name: expect.any(String) })
    expect(json.roles[0]!.strengths.length).toBeGreaterThan(0)
    expect(json.roles[0]!.gaps.length).toBeGreaterThan(0)
    expect(json.reliability.kind).toBe('ok')
  })

  it('answers 400 naming the field for each kind of bad input', async () => {
    await expect400(matchPost, JSON.stringify({ skills: { cobol: 2 } }), 'skills.cobol')
    await expect400(matchPost, JSON.stringify({ skills: { kubernetes: 5 } }), 'skills.kubernetes')
    await expect400(matchPost, JSON.stringify({ skills: { kubernetes: -1 } }), 'skills.kubernetes')
    await expect400(matchPost, JSON.stringify({ skills: { kubernetes: 2.5 } }), 'skills.kubernetes')
    await expect400(matchPost, JSON.stringify({ skills: { kubernetes: '3' } }), 'skills.kubernetes')
    await expect400(matchPost, JSON.stringify({ skills: [3] }), 'skills')
    await expect400(matchPost, JSON.stringify({}), 'skills')
    await expect400(matchPost, JSON.stringify({ skills: {}, extra: true }), 'extra')
    await expect400(matchPost, '{"skills": {', 'body')
    await expect400(matchPost, '', 'body')
    await expect400(matchPost, JSON.stringify([1, 2]), 'body')
    await expect400(matchPost, JSON.stringify('skills'), 'body')
    await expect400(matchPost, 'null', 'body')
  })
})

describe('POST /api/quiz/score', () => {
  it('scores valid answers into the same shape, flagging flat self-ratings', async () => {
    const answers = { 'rate-kubernetes': 'level-2', 'rate-cloud': 'level-2', 'rate-ci-cd': 'level-2', 'team-seat': 'platform-seat' }
    const response = await post(quizPost, JSON.stringify({ answers }))
    expect(response.status).toBe(200)
    const json = (await response.json()) as { tracks: unknown[]; roles: Array<{ score: number }>; reliability: { kind: string } }
    expect(json.tracks).toHaveLength(2)
    expect(json.roles[0]!.score).toBeGreaterThan(0)
    expect(json.reliability.kind).toBe('flat')
  })

  it('answers 400 naming the field for unknown questions, options and wrong types', async () => {
    await expect400(quizPost, JSON.stringify({ answers: { 'no-such-question': 'level-1' } }), 'answers.no-such-question')
    await expect400(quizPost, JSON.stringify({ answers: { 'rate-kubernetes': 'level-7' } }), 'answers.rate-kubernetes')
    await expect400(quizPost, JSON.stringify({ answers: { 'rate-kubernetes': 3 } }), 'answers.rate-kubernetes')
    await expect400(quizPost, JSON.stringify({ answers: 'all of them' }), 'answers')
    await expect400(quizPost, JSON.stringify({ answers: {}, skills: {} }), 'skills')
    await expect400(quizPost, 'not json', 'body')
  })
})
