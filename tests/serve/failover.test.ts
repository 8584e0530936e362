import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { failoverRun } from '@/scripts/bench/cluster-runs'
import { PAGE_MIX } from '@/scripts/bench/mix'
import { request } from '@/scripts/cluster/http-request'
import { startTestCluster, type TestCluster } from './cluster-fixture'

// The short version; `npm run bench` runs the same for 10 s, and a crash (SIGKILL) besides, which can cut a
// response the instance was sending when it died: see README "Running in production".
const SECONDS = 6
const CONNECTIONS = 16

let cluster: TestCluster
beforeAll(async () => {
  cluster = await startTestCluster(inject('releaseA'))
})
afterAll(() => cluster?.stop())

it('answers every request of pages and APIs through nginx while an app instance is stopped mid-load', async () => {
  const { summary, killedPort } = await failoverRun(cluster.runDir, cluster.origin, { seconds: SECONDS, connections: CONNECTIONS, signal: 'SIGTERM' })

  await expect(request(`http://127.0.0.1:${killedPort}/api/roles`), 'the stopped instance is gone').rejects.toThrow()
  // nginx did try it after it went down, and moved those requests on: no client saw a failure.
  expect(fs.readFileSync(path.join(cluster.runDir, 'logs', 'error.log'), 'utf8')).toContain(`upstream: "http://127.0.0.1:${killedPort}/`)
  const line = `${summary.requests} requests, ${Math.round(summary.reqPerSec)} req/s, statuses ${JSON.stringify(summary.statusCodes)}, errors ${JSON.stringify(summary.errorsByKind)}`
  console.log(`failover: ${line}`)
  expect(summary.requests).toBeGreaterThan(PAGE_MIX.length * CONNECTIONS)
  expect(summary.errors, `connection errors (${line})`).toBe(0)
  expect(summary.timeouts, `timeouts (${line})`).toBe(0)
  expect(summary.non2xx, `non-2xx answers (${line})`).toBe(0)
  expect(summary.statusCodes['200']).toBe(summary.requests)
})
