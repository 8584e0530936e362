import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { startCluster, stopCluster } from '../cluster/cluster'
import { startInstance, stopInstance } from '../cluster/instance'
import { freePort } from '../cluster/ports'
import { prepareRelease } from '../cluster/release'
import { rollOut } from '../cluster/rolling-update'
import { SERVING_TOOLS } from '../cluster/tools'
import { ensureDebianPackagesOrExit } from '../lib/debian-package'
import { buildApp, prepareStore } from '../lib/prepare'
import { failoverRun, rolloutRun } from './cluster-runs'
import { alternateRounds } from './headline'
import { runLoad, runLoadAround, type LoadRequest, type LoadSummary } from './load'
import { PAGE_MIX, ROLE_SLUG, TARGETS } from './mix'
import { prepareReleaseB } from './release-b'
import { toMarkdown, writeResults, type BenchResults, type ReseedLoad } from './report'
import { runSeed } from './reseed'
import { pidListeningOn, rssMb } from './rss'
import { measureSeeds } from './seed-timing'
import { startSirv } from './server'
import { startStaticNginx } from './static-nginx'

// `npm run bench`. Shorter runs for a quick look: BENCH_ROUNDS, ROUND_SECONDS (the role page, alternating),
// BENCH_SECONDS (each route), LOAD_SECONDS (re-seed under load), FAILOVER_SECONDS; SKIP_BUILD=1 skips timing
// a fresh `next build`. The servers all run the cluster's release build (built once, then reused).
const env = z
  .object({
    BENCH_ROUNDS: z.coerce.number().int().min(1).default(5),
    ROUND_SECONDS: z.coerce.number().int().min(1).default(5),
    BENCH_SECONDS: z.coerce.number().int().min(1).default(10),
    LOAD_SECONDS: z.coerce.number().int().min(3).default(30),
    FAILOVER_SECONDS: z.coerce.number().int().min(3).default(10),
    SKIP_BUILD: z.string().optional(),
  })
  .parse(process.env)
const PAGE = `/roles/${ROLE_SLUG}`

async function measure(origin: string, request: LoadRequest, connections: number): Promise<LoadSummary> {
  await runLoad(origin, [request], connections, 2) // warm-up: JIT, caches
  return runLoad(origin, [request], connections, env.BENCH_SECONDS)
}

async function loadWithReseed(origin: string, port: number, store: string): Promise<ReseedLoad> {
  const pid = pidListeningOn(port)
  const rssStartMb = pid ? rssMb(pid) : null
  const connections = 64
  const { summary, task: seed, seconds } = await runLoadAround(origin, PAGE_MIX, connections, {
    seconds: env.LOAD_SECONDS,
    startAfterMs: (env.LOAD_SECONDS * 1000) / 3,
    task: () => runSeed(`file:${store}`),
  })
  const rssEndMb = pid ? rssMb(pid) : null
  return { seconds, connections, summary, reseedMs: seed.ms, reseedOk: seed.ok, rssStartMb, rssEndMb }
}

ensureDebianPackagesOrExit(SERVING_TOOLS)
prepareStore()
const buildStarted = performance.now()
if (!env.SKIP_BUILD) buildApp({ force: true })
const buildMs = env.SKIP_BUILD ? null : performance.now() - buildStarted
const release = prepareRelease()
const releaseB = prepareReleaseB()
const seeds = await measureSeeds({ roles: 1000, skills: 300 })

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'))
fs.chmodSync(work, 0o755)
const clusterDir = path.join(work, 'cluster')
const app = await startInstance(release, await freePort(), { stores: work, logs: work })
const html = path.join(release.distDir, 'server', 'app')
const [sirv, nginx] = [await startSirv(html, PAGE), await startStaticNginx(html, PAGE)]
const clusterPort = await freePort()
await startCluster({ runDir: clusterDir, port: clusterPort, instances: 2, release, rateExempt: ['127.0.0.1'] })
const origins = { app: `http://127.0.0.1:${app.port}`, sirv: sirv.origin, nginx: nginx.origin, cache: `http://127.0.0.1:${clusterPort}` }
const stopServers = () => Promise.all([stopCluster(clusterDir), stopInstance(app), sirv.stop(), nginx.stop()])
// The servers run in process groups of their own: Ctrl-C would otherwise leave them running.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopServers().finally(() => process.exit(130)))
const loadAtStart = os.loadavg()[0] ?? 0
try {
  const rounds = await alternateRounds(origins, PAGE, { rounds: env.BENCH_ROUNDS, seconds: env.ROUND_SECONDS, connections: 64 })
  const routes = []
  for (const t of TARGETS) {
    routes.push({ name: t.name, app: await measure(origins.app, t.request, 32), cluster: await measure(origins.cache, t.request, 32) })
    console.log(`${t.name}: ${Math.round(routes.at(-1)!.app.reqPerSec)} req/s alone, ${Math.round(routes.at(-1)!.cluster.reqPerSec)} through nginx`)
  }
  const load = await loadWithReseed(origins.app, app.port, app.store)
  console.log(`load with a re-seed: ${load.summary.requests} requests, re-seed ${load.reseedMs} ms`)
  const rollout = { ...(await rolloutRun(clusterDir, origins.cache, releaseB, { connections: 16, timeoutS: 30 })), connections: 16 }
  console.log(`rollout: change visible after ${rollout.visibleAfterS.toFixed(1)} s`)
  const failoverOptions = { seconds: env.FAILOVER_SECONDS, connections: 32 }
  const stopped = await failoverRun(clusterDir, origins.cache, { ...failoverOptions, signal: 'SIGTERM' })
  await rollOut(clusterDir, release, () => {}) // both instances up again (release A) for the crash
  const crashed = await failoverRun(clusterDir, origins.cache, { ...failoverOptions, signal: 'SIGKILL' })
  const failover = { ...failoverOptions, runs: [stopped, crashed] }
  const results: BenchResults = {
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? 0 },
    page: PAGE,
    pageKb: Math.round(((await (await fetch(origins.nginx + PAGE)).arrayBuffer()).byteLength / 1024) * 10) / 10,
    rounds,
    round: { seconds: env.ROUND_SECONDS, connections: 64 },
    routes,
    routeRun: { seconds: env.BENCH_SECONDS, connections: 32 },
    buildMs,
    seeds,
    load,
    failover,
    rollout,
  }
  const markdown = toMarkdown(results)
  console.log(`\n${markdown}`)
  console.log(`written to ${writeResults(markdown)}`)
  const summaries = [...routes.flatMap((r) => [r.app, r.cluster]), load.summary, stopped.summary, rollout.summary]
  const missingAssets = [...rollout.sampled.assets.values()].some((status) => status !== 200)
  // A crash may cut responses (read errors, reported); it must not cause a 5xx or a timeout.
  const crashFailed = crashed.summary.non2xx + crashed.summary.timeouts + crashed.summary.errorsByKind.connect > 0
  if (summaries.some((m) => m.errors + m.timeouts + m.non2xx > 0) || crashFailed || !load.reseedOk || missingAssets) {
    console.error('Some requests failed (see the failed and non-2xx columns).')
    process.exitCode = 1
  }
} catch (error) {
  process.exitCode = 1
  console.error(error)
} finally {
  await stopServers()
  // The instances' and nginx's logs stay for a look when something failed.
  if (process.exitCode) console.error(`Logs of the servers: ${work}`)
  else fs.rmSync(work, { recursive: true, force: true })
}
