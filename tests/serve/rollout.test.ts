import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { rolloutRun } from '@/scripts/bench/cluster-runs'
import { request } from '@/scripts/cluster/http-request'
import { startTestCluster, type TestCluster } from './cluster-fixture'

// The cache keeps a page 10 s (deploy/nginx.conf.template; up to 11 s, nginx counts whole seconds), then the next
// request has it refreshed in the background. So a change shows on every route at most 11 s after the last old
// instance stopped, plus one refresh by the app. Asserted from the end of the rollout, with room for a busy app:
const VISIBLE_WITHIN_S = 15

let cluster: TestCluster
beforeAll(async () => {
  cluster = await startTestCluster(inject('releaseA'))
})
afterAll(() => cluster?.stop())

it('rolls out a content release under load: no failed request, no missing asset, the change on every route it touches within 15 s', async () => {
  const [releaseA, releaseB] = [inject('releaseA'), inject('releaseB')]
  const { summary, sampled, routes, visibleAfterS } = await rolloutRun(cluster.runDir, cluster.origin, releaseB, { connections: 8, timeoutS: 30 })

  const line = `${summary.requests} requests, statuses ${JSON.stringify(summary.statusCodes)}, errors ${JSON.stringify(summary.errorsByKind)}; ${sampled.pages} pages sampled; change visible on ${routes} routes after ${visibleAfterS.toFixed(1)} s`
  console.log(`rollout: ${line}`)
  expect(cluster.state().instances.every((i) => i.release === releaseB.id)).toBe(true)
  expect(summary.errors, line).toBe(0)
  expect(summary.timeouts, line).toBe(0)
  expect(summary.non2xx, line).toBe(0)
  expect(visibleAfterS, line).toBeLessThanOrEqual(VISIBLE_WITHIN_S)
  // The sample saw both releases' pages, whose assets have different names (release B is salted).
  expect([...sampled.deployments].sort()).toEqual([releaseA.id, releaseB.id].sort())
  const missing = [...sampled.assets].filter(([, status]) => status !== 200)
  expect(missing, 'assets named by sampled HTML that did not answer 200').toEqual([])
  // After the rollout, every asset a sampled page named (release A's too) is still served.
  for (const url of sampled.assets.keys()) expect((await request(cluster.origin + url)).status, url).toBe(200)
}, 120_000)
