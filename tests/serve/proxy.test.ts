import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { assetUrls } from '@/scripts/bench/asset-urls'
import { MATCH_BODY, ROLE_SLUG } from '@/scripts/bench/mix'
import { request } from '@/scripts/cluster/http-request'
import { startTestCluster, type TestCluster } from './cluster-fixture'

const ROLE = `/roles/${ROLE_SLUG}`
let cluster: TestCluster
beforeAll(async () => {
  cluster = await startTestCluster(inject('releaseA'))
})
afterAll(() => cluster?.stop())

const get = (path: string, headers: Record<string, string> = {}) => request(cluster.origin + path, { headers })

describe('the page cache', () => {
  it('serves a prerendered page from the cache after the first request', async () => {
    const first = await get('/roles/data-engineer')
    const second = await get('/roles/data-engineer')
    expect(first.status).toBe(200)
    expect(first.headers['x-cache-status']).toBe('MISS')
    expect(second.headers['x-cache-status']).toBe('HIT')
    expect(second.body).toBe(first.body)
  })

  it('keeps the RSC payload of an address apart from its HTML, though both are cached', async () => {
    const target = (await get(ROLE, { rsc: '1' })).headers.location ?? ''
    expect(target).toContain('_rsc') // Next redirects an RSC request to the address that names its variant
    await get(target, { rsc: '1' }) // the RSC payload is now cached under this address
    const html = await get(target) // the same address without the header answers HTML
    const rsc = await get(target, { rsc: '1' })
    expect(html.headers['content-type']).toContain('text/html')
    expect(rsc.headers['content-type']).toContain('text/x-component')
    expect(rsc.headers['x-cache-status']).toBe('HIT')
  })

  it('never stores dynamic pages or 404s', async () => {
    for (const path of ['/roles?track=mlops-practitioner', '/compare/nobody/mlops-engineer']) {
      await get(path)
      expect((await get(path)).headers['x-cache-status'], path).toBe('MISS')
    }
  })

  it('passes the API through uncached', async () => {
    await get('/api/roles')
    const again = await get('/api/roles')
    expect(again.status).toBe(200)
    expect(again.headers['x-cache-status']).toBeUndefined()
  })
})

describe('assets', () => {
  it('serves every script and stylesheet of a page from nginx, immutable, and 404s unknown ones', async () => {
    const urls = assetUrls((await get(ROLE)).body)
    expect(urls.length).toBeGreaterThan(3)
    for (const url of urls) {
      const asset = await get(url)
      expect(asset.status, url).toBe(200)
      expect(asset.headers['cache-control'], url).toContain('immutable')
    }
    expect((await get('/_next/static/chunks/not-a-chunk.js')).status).toBe(404)
  })
})

describe('limits', () => {
  it('refuses a body over 32 KB with a JSON 413 before it reaches the app', async () => {
    const skills = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`skill-${i}`, 3]))
    const answer = await request(`${cluster.origin}/api/match`, { method: 'POST', body: JSON.stringify({ skills }) })
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toMatchObject({ field: 'body' })
  })

  it('rate-limits the POST APIs per client address with a JSON 429, and leaves pages alone', async () => {
    const post = () => request(`${cluster.origin}/api/match`, { method: 'POST', body: MATCH_BODY, from: '127.0.0.2' })
    const answers = await Promise.all(Array.from({ length: 40 }, post))
    const statuses = answers.map((a) => a.status)
    // A burst of 20 passes at once; the rest of 40 simultaneous requests is over the 10 a second.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(20)
    const refused = answers.filter((a) => a.status === 429)
    expect(refused.length).toBeGreaterThan(0)
    expect(refused[0]?.headers['retry-after']).toBe('1')
    expect(JSON.parse(refused[0]?.body ?? '')).toHaveProperty('error')
    expect((await request(cluster.origin + ROLE, { from: '127.0.0.2' })).status).toBe(200)
  })
})

describe('API consistency', () => {
  it('answers the same POST with byte-identical JSON from every instance and through nginx', async () => {
    const bodies = [MATCH_BODY, JSON.stringify({ skills: { python: 4, kubernetes: 0, 'prompt-engineering': 2 } })]
    for (const body of bodies) {
      const origins = [cluster.origin, ...cluster.state().instances.map((i) => `http://127.0.0.1:${i.port}`)]
      const answers = await Promise.all(origins.map((origin) => request(`${origin}/api/match`, { method: 'POST', body })))
      expect(answers.map((a) => a.status)).toEqual(origins.map(() => 200))
      expect(new Set(answers.map((a) => a.body)).size).toBe(1)
    }
  })
})
