import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { useSeededStore } from '../fixtures/store'

// The browser's scores for a saved profile must be the server's: the same scoring code, run on the model the
// browser downloads, against POST /api/match for the same levels. Read against the seeded store.
useSeededStore()
const { GET: modelGet } = await import('@/app/api/scoring-model/route')
const { POST: matchPost } = await import('@/app/api/match/route')
const { parseScoringModel } = await import('@/lib/profile/model-schema')
const { scoreLevels } = await import('@/lib/profile/score')
const { toApiResult } = await import('@/lib/scoring/api-result')

const downloaded = parseScoringModel(await (await modelGet()).json())
if (!downloaded.ok) throw new Error(downloaded.message)
const model = downloaded.model
const top = Math.max(...model.scale.map((l) => l.level))

async function apiScore(levels: Record<string, number>, current: string | null) {
  const body = JSON.stringify(current ? { skills: levels, current } : { skills: levels })
  const response = await matchPost(new Request('http://localhost/api/match', { method: 'POST', headers: { 'content-type': 'application/json' }, body }))
  expect(response.status).toBe(200)
  return response.json()
}

describe('scores computed in the browser', () => {
  it('equal POST /api/match for 1,000 random profiles, with and without a current role', async () => {
    const skills = model.skills.map((s) => s.slug)
    const roles = model.roles.map((r) => r.slug)
    const levels = fc.dictionary(fc.constantFrom(...skills), fc.integer({ min: 0, max: top }), { maxKeys: skills.length })
    await fc.assert(
      fc.asyncProperty(levels, fc.option(fc.constantFrom(...roles), { nil: null }), async (rated, current) => {
        const browser = JSON.parse(JSON.stringify(toApiResult(scoreLevels(rated, model, { current }))))
        expect(browser).toEqual(await apiScore(rated, current))
      }),
      { numRuns: 1000 },
    )
  }, 120_000)

  it('refuses a model that is not the scoring model', () => {
    expect(parseScoringModel({ scale: 'nope' })).toMatchObject({ ok: false })
  })
})
