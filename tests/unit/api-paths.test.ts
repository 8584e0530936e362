import { describe, expect, it } from 'vitest'
import { useSeededStore } from '../fixtures/store'

useSeededStore()
const { GET } = await import('@/app/api/paths/route')
const model = await (await import('@/lib/queries/scoring')).getScoringModel()
const { encodeAnswers } = await import('@/lib/quiz/answer-code')

const get = (query: string) => GET(new Request(`http://localhost/api/paths?${query}`))
async function expectError(query: string, status: number, field: string) {
  const response = await get(query)
  expect(response.status, query).toBe(status)
  expect(await response.json(), query).toEqual({ field, error: expect.stringMatching(/.{6,}/) })
}

describe('GET /api/paths', () => {
  it('returns the routes with steps, sources and the direct comparison', async () => {
    const response = await get('from=data-scientist&to=mlops-engineer')
    expect(response.status).toBe(200)
    const json = (await response.json()) as { routes: Array<{ cost: number; steps: Array<{ to: string; source: { slug: string } | null }> }>; comparison: { verdict: string } }
    expect(json.routes.length).toBeGreaterThan(0)
    expect(json.routes[0]!.steps.at(-1)!.to).toBe('mlops-engineer')
    expect(json.comparison.verdict).toMatch(/detour|same-work|stepping-stone-saves|direct-only/)
  })

  it('starts from a quiz result code', async () => {
    const answers = Object.fromEntries(model.questions.map((q) => [q.slug, q.options[0]!.id]))
    const code = encodeAnswers(model.questions, answers)!
    const response = await get(`from=quiz&to=mlops-engineer&code=${code}`)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { from: string }).from).toBe('@profile')
  })

  it('answers a missing or malformed parameter with 400 naming it', async () => {
    await expectError('to=mlops-engineer', 400, 'from')
    await expectError('from=data-scientist', 400, 'to')
    await expectError('from=data-scientist&to=', 400, 'to')
    await expectError('from=Data%20Scientist&to=mlops-engineer', 400, 'from')
    await expectError(`from=data-scientist&to=${'a'.repeat(300)}`, 400, 'to')
    await expectError('from=data-scientist&from=devops-engineer&to=mlops-engineer', 400, 'from')
    await expectError('from=mlops-engineer&to=mlops-engineer', 400, 'to')
    await expectError('from=quiz&to=mlops-engineer', 400, 'code')
    await expectError('from=quiz&to=mlops-engineer&code=zzzz', 400, 'code')
    await expectError('from=quiz&to=mlops-engineer&code=%3Cscript%3E', 400, 'code')
    await expectError('from=__proto__&to=mlops-engineer', 400, 'from')
  })

  it('answers an unknown role with a JSON 404', async () => {
    await expectError('from=ghost-engineer&to=mlops-engineer', 404, 'from')
    await expectError('from=data-scientist&to=ghost-engineer', 404, 'to')
  })
})
