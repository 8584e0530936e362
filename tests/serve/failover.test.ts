import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { failoverRun } from '@/scripts/bench/cluster-runs'
import { PAGE_MIX } from '@/scripts/bench/mix'
import { startTestCluster, type TestCluster } from './cluster-fixture'

// The short version; `npm run bench` runs the same for 10 s.
const SECONDS = 6
const CONNECTIONS = 16

let cluster: TestCluster
beforeAll(async () => {
  cluster = await startTestCluster(inject('releaseA'))
})
afterAll(() => cluster?.stop())

it('answers every request of pages and APIs through nginx while an app instance is killed mid-load', async () => {
  const { summary, killedPort } = await failoverRun(cluster.runDir, cluster.origin, { seconds: SECONDS, connections: CONNECTIONS })

  await expect(fetch(`http://127.0.0.1:${killedPort}/api/roles`), 'the killed instance is gone').rejects.toThrow()
  const line = `${summary.requests} requests, ${Math.round(summary.reqPerSec)} req/s, statuses ${JSON.stringify(summary.statusCodes)}`
  console.log(`failover: ${line}`)
  expect(summary.requests).toBeGreaterThan(PAGE_MIX.length * CONNECTIONS)
  expect(summary.errors, `connection errors (${line})`).toBe(0)
  expect(summary.timeouts, `timeouts (${line})`).toBe(0)
  expect(summary.non2xx, `non-2xx answers (${line})`).toBe(0)
  expect(summary.statusCodes['200']).toBe(summary.requests)
})
