import pWaitFor from 'p-wait-for'
import { request } from '../cluster/http-request'
import { groupAlive } from '../cluster/process-group'
import type { Release } from '../cluster/release'
import { rollOut } from '../cluster/rolling-update'
import { readState } from '../cluster/state'
import { sampleHtml, type Sampled } from './html-sampler'
import { startLoad, type LoadSummary } from './load'
import { PAGE_MIX } from './mix'
import { CHANGED_ROLE, RELEASE_B_MARKER } from './release-b'
import { routesContaining } from './touched-routes'

// The load, the instance killing and the rollout that tests/serve asserts on in short runs, and `npm run bench`
// reports in long ones. Both send the page mix and the APIs through nginx.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type FailoverRun = { summary: LoadSummary; killedPort: number; signal: 'SIGTERM' | 'SIGKILL' }

/**
 * `seconds` of load through nginx; a third of the way in, one app instance goes down. SIGTERM stops it: it
 * refuses new connections at once and finishes what it has. SIGKILL is a crash: a response it was in the middle
 * of sending is cut, and nothing can retry that (the client already has part of it).
 */
export async function failoverRun(
  runDir: string,
  origin: string,
  { seconds, connections, signal }: { seconds: number; connections: number; signal: FailoverRun['signal'] },
): Promise<FailoverRun> {
  const victim = readState(runDir)?.instances[0]
  if (!victim) throw new Error(`no cluster instance in ${runDir}`)
  const load = startLoad(origin, PAGE_MIX, connections, seconds)
  await sleep((seconds * 1000) / 3)
  process.kill(-victim.pid, signal)
  await pWaitFor(() => !groupAlive(victim.pid), { interval: 10, timeout: 5_000 })
  return { summary: await load.done, killedPort: victim.port, signal }
}

type Check = { route: string; shows: () => Promise<boolean>; last?: string }

async function showsChange(check: Check, origin: string, path: string, headers: Record<string, string> = {}) {
  const first = await request(origin + path, { headers })
  // An RSC request without its _rsc hash is redirected to the address that has it.
  const answer = first.status === 307 && first.headers.location ? await request(origin + first.headers.location, { headers }) : first
  check.last = `${answer.status} ${answer.headers['x-cache-status'] ?? 'uncached'}`
  return answer.status === 200 && answer.body.includes(RELEASE_B_MARKER)
}

/** Every prerendered route release B changes (HTML, RSC payload, API), each as a check through nginx. */
function changeChecks(origin: string, release: Release): Check[] {
  const touched = routesContaining(release, RELEASE_B_MARKER)
  if (!touched.pages.includes(`/roles/${CHANGED_ROLE}`)) throw new Error(`release ${release.id} does not change /roles/${CHANGED_ROLE}`)
  const check = (route: string, headers?: Record<string, string>): Check => {
    const made: Check = { route: headers ? `${route} (RSC)` : route, shows: () => showsChange(made, origin, route, headers) }
    return made
  }
  return [...[...touched.pages, ...touched.api].map((route) => check(route)), ...touched.rsc.map((route) => check(route, { rsc: '1' }))]
}

/** Seconds from the end of the rollout until every check sees the change through nginx (at most `timeoutS`). */
async function rollOutAndTimeChange(runDir: string, release: Release, checks: Check[], timeoutS: number): Promise<number> {
  await rollOut(runDir, release, () => {})
  const rolledOut = performance.now()
  const pending = new Set(checks)
  await pWaitFor(
    async () => {
      await Promise.all([...pending].map(async (check) => (await check.shows()) && pending.delete(check)))
      return pending.size === 0
    },
    { interval: 100, timeout: timeoutS * 1000 },
  ).catch(() => {
    const routes = [...pending].map((check) => `${check.route} (last answer ${check.last})`)
    throw new Error(`${timeoutS} s after the rollout the change is not on ${routes.join(', ')}`)
  })
  return (performance.now() - rolledOut) / 1000
}

export type RolloutRun = { summary: LoadSummary; sampled: Sampled; routes: number; visibleAfterS: number; seconds: number }

/**
 * Rolls `release` (release B) out under load, sampling HTML meanwhile, and times how long its change takes to
 * show on every route it touches. The cache is filled with the running release's pages first, so the timing
 * includes their expiry.
 */
export async function rolloutRun(runDir: string, origin: string, release: Release, { connections, timeoutS }: { connections: number; timeoutS: number }): Promise<RolloutRun> {
  const checks = changeChecks(origin, release)
  await Promise.all(checks.map((check) => check.shows()))
  const started = performance.now()
  const load = startLoad(origin, PAGE_MIX, connections, 3600)
  const sampler = sampleHtml(origin, ['/', `/roles/${CHANGED_ROLE}`, '/roles', '/skills', `/compare/ml-engineer/${CHANGED_ROLE}`])
  // Load and sampler stop whatever happens, so a failed rollout leaves no wrk behind.
  const [outcome] = await Promise.allSettled([rollOutAndTimeChange(runDir, release, checks, timeoutS)])
  const [summary, sampled] = await Promise.all([load.stop(), sampler.stop()])
  if (outcome.status === 'rejected') throw outcome.reason
  return { summary, sampled, routes: checks.length, visibleAfterS: outcome.value, seconds: (performance.now() - started) / 1000 }
}
