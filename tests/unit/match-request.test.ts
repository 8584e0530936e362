import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { MAX_BODY, readJsonBody } from '@/lib/api/match-request'

type Handler = (request: Request) => Promise<Response>
// A store file with no tables: any request that reaches the model fails, so a 400 proves it was never loaded.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-match-request-'))
let matchPost: Handler
let quizPost: Handler

beforeAll(async () => {
  process.env.DATABASE_URL = `file:${path.join(dir, 'empty.db')}`
  Reflect.deleteProperty(globalThis, 'atlasDb')
  matchPost = (await import('@/app/api/match/route')).POST
  quizPost = (await import('@/app/api/quiz/score/route')).POST
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A body of `chunks` 1 KB pieces that counts how many were pulled. */
function countingBody(chunks: number) {
  const pulled = { count: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count >= chunks) return controller.close()
      pulled.count++
      controller.enqueue(new Uint8Array(1024).fill(32))
    },
  })
  return { stream, pulled }
}

const streamed = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/match', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

async function fieldOf(response: Response) {
  expect(response.status).toBe(400)
  return z.object({ field: z.string() }).parse(await response.json()).field
}

describe('reading a JSON body', () => {
  it('refuses a body whose declared length is over the limit without reading any of it', async () => {
    const { stream, pulled } = countingBody(200)
    const parsed = await readJsonBody(streamed(stream, { 'content-length': String(200 * 1024) }))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(await fieldOf(parsed.response)).toBe('body')
    expect(pulled.count).toBeLessThanOrEqual(1)
  })

  it('stops reading an undeclared body once it passes the limit', async () => {
    const { stream, pulled } = countingBody(10_000)
    const parsed = await readJsonBody(streamed(stream))
    expect(parsed.ok).toBe(false)
    expect(pulled.count).toBeLessThan(MAX_BODY / 1024 + 4)
  })

  it('accepts a body just under the limit', async () => {
    const body = JSON.stringify({ skills: { kubernetes: 3 } }).padEnd(MAX_BODY - 1, ' ')
    const parsed = await readJsonBody(new Request('http://localhost/api/match', { method: 'POST', body }))
    expect(parsed).toEqual({ ok: true, data: { skills: { kubernetes: 3 } } })
  })
})

describe('malformed bodies', () => {
  it('get their 400 before the scoring model is loaded, when their shape is wrong', async () => {
    const post = (handler: Handler, body: string) => handler(new Request('http://localhost/api', { method: 'POST', body }))
    expect(await fieldOf(await post(matchPost, '{"skills": {'))).toBe('body')
    expect(await fieldOf(await post(matchPost, JSON.stringify({ skills: { kubernetes: 2.5 } })))).toBe('skills.kubernetes')
    expect(await fieldOf(await post(matchPost, JSON.stringify({ skills: { kubernetes: -1 } })))).toBe('skills.kubernetes')
    expect(await fieldOf(await post(matchPost, JSON.stringify({ skills: [3] })))).toBe('skills')
    expect(await fieldOf(await post(quizPost, JSON.stringify({ answers: { 'rate-kubernetes': 3 } })))).toBe('answers.rate-kubernetes')
    expect(await fieldOf(await post(quizPost, JSON.stringify({ answers: {}, skills: {} })))).toBe('skills')
    // A well-formed body does need the model (the top of the scale is content), and this store has none.
    await expect(post(matchPost, JSON.stringify({ skills: { kubernetes: 3 } }))).rejects.toThrow()
    await expect(post(matchPost, JSON.stringify({ skills: { kubernetes: 9 } }))).rejects.toThrow()
  })
})
