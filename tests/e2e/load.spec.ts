import { expect, test } from '@playwright/test'
import { databaseUrl } from '@/lib/database-url'
import { runLoadAround } from '@/scripts/bench/load'
import { PAGE_MIX } from '@/scripts/bench/mix'
import { runSeed } from '@/scripts/bench/reseed'
import { pidListeningOn, rssMb } from '@/scripts/bench/rss'

// Short version of `npm run bench`'s load run: enough to catch errors under concurrency and a re-seed that
// breaks readers, short enough for every test run.
const SECONDS = 8
const CONNECTIONS = 32

test('the page mix under load, with a re-seed in the middle, answers every request with a 2xx', async ({ baseURL }) => {
  test.setTimeout(120_000)
  const origin = baseURL ?? ''
  const pid = pidListeningOn(Number(new URL(origin).port))
  for (const r of PAGE_MIX) {
    const res = await fetch(origin + r.path, { method: r.method ?? 'GET', body: r.body, headers: { 'content-type': 'application/json' } })
    expect(res.status, `${r.method ?? 'GET'} ${r.path} before the load`).toBe(200)
  }
  const rssStart = pid ? rssMb(pid) : null

  // The load lasts until after the seed's write transaction has committed, however long the seed takes.
  const { summary, task: seed } = await runLoadAround(origin, PAGE_MIX, CONNECTIONS, {
    seconds: SECONDS,
    startAfterMs: 2000,
    task: () => runSeed(databaseUrl()),
  })

  const rssEnd = pid ? rssMb(pid) : null
  const line = `${summary.requests} requests, ${Math.round(summary.reqPerSec)} req/s, p50 ${summary.p50} ms, p99 ${summary.p99} ms; re-seed ${seed.ms} ms; server RSS ${rssStart ?? '?'} → ${rssEnd ?? '?'} MB`
  console.log(line)
  test.info().annotations.push({ type: 'load', description: line })

  expect(seed.ok, seed.output).toBe(true)
  expect(summary.requests).toBeGreaterThan(0)
  expect(summary.errors, `connection errors and timeouts (${line})`).toBe(0)
  expect(summary.timeouts, `timeouts (${line})`).toBe(0)
  expect(summary.non2xx, `status codes ${JSON.stringify(summary.statusCodes)}`).toBe(0)
  // A leak would show as growth in a run this short; the re-seed and warm caches account for a few tens of MB.
  if (rssStart !== null && rssEnd !== null) expect(rssEnd, 'server RSS after the load (MB)').toBeLessThan(rssStart * 1.5)
})
