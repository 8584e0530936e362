import autocannon from 'autocannon'

export type LoadRequest = { method?: 'GET' | 'POST'; path: string; body?: string }
export type LoadSummary = {
  requests: number
  reqPerSec: number
  p50: number
  p99: number
  errors: number
  timeouts: number
  non2xx: number
  statusCodes: Record<string, number>
}

function start(origin: string, mix: LoadRequest[], connections: number, seconds: number) {
  return autocannon({
    url: origin,
    connections,
    duration: seconds,
    timeout: 10,
    requests: mix.map((r) => ({
      method: r.method ?? 'GET',
      path: r.path,
      ...(r.body === undefined ? {} : { body: r.body, headers: { 'content-type': 'application/json' } }),
    })),
  })
}

function summarise(result: Awaited<ReturnType<typeof start>>): LoadSummary {
  return {
    requests: result.requests.total,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
  }
}

/** Drives `origin` for `seconds` at `connections`; each connection cycles through `mix` in order. */
export async function runLoad(origin: string, mix: LoadRequest[], connections: number, seconds: number): Promise<LoadSummary> {
  return summarise(await start(origin, mix, connections, seconds))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `task` (a re-seed) while the load is on: the load starts first, the task after `startAfterMs`, and the
 * load lasts at least `seconds` and always until a second after the task ended, so the whole task is covered.
 */
export async function runLoadAround<T>(
  origin: string,
  mix: LoadRequest[],
  connections: number,
  { seconds, startAfterMs, task }: { seconds: number; startAfterMs: number; task: () => Promise<T> },
): Promise<{ summary: LoadSummary; task: T; seconds: number }> {
  const started = Date.now()
  const load = start(origin, mix, connections, 3600)
  await sleep(startAfterMs)
  const outcome = await task()
  await sleep(Math.max(1000, seconds * 1000 - (Date.now() - started)))
  load.stop()
  const summary = summarise(await load)
  return { summary, task: outcome, seconds: Math.round((Date.now() - started) / 1000) }
}
