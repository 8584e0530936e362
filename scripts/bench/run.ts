import path from 'node:path'
import { databaseUrl } from '@/lib/database-url'
import { buildApp, prepareStore } from '../lib/prepare'
import { toolEnv } from '../lib/run'
import { runLoad, runLoadAround } from './load'
import { PAGE_MIX, ROLE_SLUG, TARGETS } from './mix'
import { toMarkdown, writeResults, type BenchResults, type Measured } from './report'
import { runSeed } from './reseed'
import { pidListeningOn, rssMb } from './rss'
import { measureSeeds } from './seed-timing'
import { startNext, startSirv, type Server } from './server'

// `npm run bench`. Durations can be shortened for a quick look: BENCH_SECONDS, LOAD_SECONDS; SKIP_BUILD=1
// reuses a current build instead of timing a fresh one.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 32
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 30)
const LOAD_CONNECTIONS = 64
const distDir = process.env.NEXT_DIST_DIR ?? '.next'

async function measure(server: Server, name: string, request: (typeof PAGE_MIX)[number]): Promise<Measured> {
  await runLoad(server.origin, [request], CONNECTIONS, 2) // warm-up: JIT, caches
  const summary = await runLoad(server.origin, [request], CONNECTIONS, SECONDS)
  console.log(`${name}: ${Math.round(summary.reqPerSec)} req/s, p50 ${summary.p50} ms, p99 ${summary.p99} ms, non-2xx ${summary.non2xx}`)
  return { name, summary }
}

async function loadWithReseed(server: Server) {
  const pid = pidListeningOn(server.port)
  const rssStartMb = pid ? rssMb(pid) : null
  const { summary, task: seed, seconds } = await runLoadAround(server.origin, PAGE_MIX, LOAD_CONNECTIONS, {
    seconds: LOAD_SECONDS,
    startAfterMs: (LOAD_SECONDS * 1000) / 3,
    task: () => runSeed(databaseUrl()),
  })
  const rssEndMb = pid ? rssMb(pid) : null
  return { seconds, connections: LOAD_CONNECTIONS, summary, reseedMs: seed.ms, reseedOk: seed.ok, rssStartMb, rssEndMb }
}

async function main() {
  prepareStore()
  let buildMs: number | null = null
  if (process.env.SKIP_BUILD) buildApp({ force: false })
  else {
    const started = performance.now()
    buildApp({ force: true })
    buildMs = performance.now() - started
  }

  const seeds = await measureSeeds({ roles: 1000, skills: 300 })
  seeds.forEach((t) => console.log(`seed ${t.label}: ${t.files} files in ${t.seedMs} ms`))

  const server = await startNext(toolEnv)
  const servers: Server[] = [server]
  try {
    const targets: Measured[] = []
    for (const t of TARGETS) targets.push(await measure(server, t.name, t.request))
    const sirv = await startSirv(path.join(distDir, 'server', 'app'), `/roles/${ROLE_SLUG}`)
    servers.push(sirv)
    const baseline = await measure(sirv, `sirv: prerendered /roles/${ROLE_SLUG}.html`, { path: `/roles/${ROLE_SLUG}` })
    await sirv.stop()
    const role = targets.find((t) => t.name.includes(`/roles/${ROLE_SLUG}`))!
    const load = await loadWithReseed(server)
    const results: BenchResults = {
      seconds: SECONDS,
      connections: CONNECTIONS,
      targets,
      baseline,
      headline: { ours: `The role page (/roles/${ROLE_SLUG})`, ratio: role.summary.reqPerSec / baseline.summary.reqPerSec },
      buildMs,
      seeds,
      load,
    }
    const markdown = toMarkdown(results)
    console.log(`\n${markdown}`)
    console.log(`written to ${writeResults(markdown)}`)
    const failed = [...targets, baseline].some((m) => m.summary.non2xx + m.summary.errors > 0) || load.summary.non2xx + load.summary.errors > 0 || !load.reseedOk
    if (failed) {
      console.error('Some requests failed (see the errors and non-2xx columns).')
      process.exitCode = 1
    }
  } finally {
    for (const s of servers) await s.stop()
  }
}

await main()
