import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { WRK } from '../cluster/tools'
import type { FailoverRun, RolloutRun } from './cluster-runs'
import { CONTENDERS, median, medianRatio, type ContenderKey, type Round } from './headline'
import { BASELINE } from './baseline'
import type { LoadSummary } from './load'
import type { SeedTiming } from './seed-timing'

export type RouteRow = { name: string; app: LoadSummary; cluster: LoadSummary }
export type ReseedLoad = { seconds: number; connections: number; summary: LoadSummary; reseedMs: number; reseedOk: boolean; rssStartMb: number | null; rssEndMb: number | null }
export type BenchResults = {
  /** One-minute load averages when the measurements started and ended: other work on a shared machine. */
  loadAverage: { start: number; end: number }
  page: string
  /** The role page's HTML as served, KB (uncompressed, inline payload included). */
  pageKb: number
  rounds: Round[]
  round: { seconds: number; connections: number }
  routes: RouteRow[]
  routeRun: { seconds: number; connections: number }
  buildMs: number | null
  seeds: SeedTiming[]
  load: ReseedLoad
  failover: { seconds: number; connections: number; runs: FailoverRun[] }
  rollout: RolloutRun & { connections: number }
}


const DOWN = { SIGTERM: 'stopped (SIGTERM)', SIGKILL: 'crashed (SIGKILL)' } as const
const n = (x: number) => Math.round(x).toLocaleString('en-US')
const pct = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)} %`
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const failed = (m: LoadSummary) => m.errors + m.timeouts

export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU'
  // `wrk -v` prints its version line, then its usage, and exits 1.
  const wrk = spawnSync(WRK, ['-v'], { encoding: 'utf8' }).stdout.split('\n')[0]?.split(' [')[0] ?? 'wrk'
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}, ${wrk}`
}

function headline(r: BenchResults): string[] {
  const med = (key: ContenderKey, pick: (m: LoadSummary) => number) => median(r.rounds.map((round) => pick(round[key])))
  const keys = Object.keys(CONTENDERS) as ContenderKey[]
  const strongest = Math.max(...keys.map((k) => med(k, (m) => m.reqPerSec)))
  return [
    `**Headline (median of ${r.rounds.length} alternating rounds):** through the nginx cache the role page is served at`,
    `**${pct(medianRatio(r.rounds, 'cache', 'nginx'))}** of the rate of nginx serving the same HTML file; \`next start\` alone manages`,
    `**${pct(medianRatio(r.rounds, 'app', 'nginx'))}** of nginx and **${pct(medianRatio(r.rounds, 'app', 'sirv'))}** of sirv.`,
    ``,
    `## The role page (\`${r.page}\`), ${r.round.seconds} s per measurement, ${r.round.connections} connections, wrk`,
    ``,
    `| server | median req/s | median p50 ms | median p99 ms | wrk CPU (cores of ${os.cpus().length}) | rounds (req/s) |`,
    `|---|---:|---:|---:|---:|---|`,
    ...keys.map((k) => `| ${CONTENDERS[k]} | ${n(med(k, (m) => m.reqPerSec))} | ${med(k, (m) => m.p50)} | ${med(k, (m) => m.p99)} | ${med(k, (m) => m.wrkCpu).toFixed(2)} | ${r.rounds.map((round) => n(round[k].reqPerSec)).join(' · ')} |`),
    ``,
    `| ratio (median of per-round ratios) | value |`,
    `|---|---:|`,
    `| nginx cache ÷ nginx static | ${pct(medianRatio(r.rounds, 'cache', 'nginx'))} |`,
    `| \`next start\` ÷ nginx static | ${pct(medianRatio(r.rounds, 'app', 'nginx'))} |`,
    `| \`next start\` ÷ sirv | ${pct(medianRatio(r.rounds, 'app', 'sirv'))} |`,
    ``,
    `**The load generator is not the bottleneck.** The same wrk, on the same page, reached ${n(strongest)} req/s against the`,
    `fastest server, ${n(strongest / med('app', (m) => m.reqPerSec))}× what \`next start\` answered and ${n(strongest / med('sirv', (m) => m.reqPerSec))}× what sirv answered,`,
    `using at most ${Math.max(...keys.map((k) => med(k, (m) => m.wrkCpu))).toFixed(2)} of the ${os.cpus().length} cores to do it (its own CPU time, read from /proc). Against \`next start\``,
    `and sirv it used ${med('app', (m) => m.wrkCpu).toFixed(2)} and ${med('sirv', (m) => m.wrkCpu).toFixed(2)} cores: they, not wrk, set those rates. The two nginx figures are what nginx`,
    `does with wrk on the same ${os.cpus().length} cores, so they are a floor; both pay the same, so their ratio holds.`,
    ``,
    ``,
    `### Before and after the page-weight work`,
    ``,
    `The role page was ${BASELINE.roleHtmlKb} KB of HTML on ${BASELINE.date} (same benchmark, same machine) and is ${r.pageKb} KB now.`,
    ``,
    `| server, role page | req/s before | req/s now | now ÷ before | share of nginx before | share of nginx now |`,
    `|---|---:|---:|---:|---:|---:|`,
    ...keys.map((k) => {
      const [before, now] = [BASELINE.rolePage[k], med(k, (m) => m.reqPerSec)]
      return `| ${CONTENDERS[k]} | ${n(before)} | ${n(now)} | ${(now / before).toFixed(2)}× | ${pct(before / BASELINE.rolePage.nginx)} | ${pct(medianRatio(r.rounds, k, 'nginx'))} |`
    }),
  ]
}

function sections(r: BenchResults): string[] {
  const l = r.load
  const f = r.failover
  const o = r.rollout
  const row = (m: LoadSummary) => `${n(m.reqPerSec)} | ${m.p50} | ${m.p99} | ${failed(m)} | ${m.non2xx}`
  return [
    `## Routes (${r.routeRun.seconds} s each, ${r.routeRun.connections} connections)`,
    ``,
    `| route | \`next start\` req/s (before: ${BASELINE.date}) | p50 ms | p99 ms | failed | non-2xx | through nginx + 2 instances req/s | p50 ms | p99 ms | failed | non-2xx |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
    ...r.routes.map((route) => `| ${route.name} | ${n(route.app.reqPerSec)} (${BASELINE.routes[route.name] === undefined ? '?' : n(BASELINE.routes[route.name]!)}) | ${row(route.app).split(' | ').slice(1).join(' | ')} | ${row(route.cluster)} |`),
    ``,
    `## Build and seed`,
    ``,
    `| step | time |`,
    `|---|---:|`,
    `| \`next build\` | ${r.buildMs === null ? 'not measured (SKIP_BUILD)' : s(r.buildMs)} |`,
    ...r.seeds.map((t) => `| seed: ${t.label} (${t.files} files) | ${s(t.seedMs)} (${s(t.wallMs)} with process start) |`),
    ``,
    `## \`next start\` under load with a re-seed (${l.seconds} s, ${l.connections} connections, all six routes in turn)`,
    ``,
    `| requests | req/s | p50 ms | p99 ms | failed | non-2xx | re-seed during load | server RSS start → end |`,
    `|---:|---:|---:|---:|---:|---:|---:|---:|`,
    `| ${n(l.summary.requests)} | ${row(l.summary)} | ${l.reseedOk ? s(l.reseedMs) : 'FAILED'} | ${l.rssStartMb ?? '?'} → ${l.rssEndMb ?? '?'} MB |`,
    ``,
    `## The cluster: an instance goes down under load (${f.seconds} s, ${f.connections} connections, the six routes through nginx)`,
    ``,
    `| instance | requests | req/s | p50 ms | p99 ms | failed | non-2xx | statuses |`,
    `|---|---:|---:|---:|---:|---:|---:|---|`,
    ...f.runs.map((run) => `| ${DOWN[run.signal]} | ${n(run.summary.requests)} | ${row(run.summary)} | ${JSON.stringify(run.summary.statusCodes)} |`),
    ``,
    `A crashed instance's responses that had begun to reach nginx are cut (failed); nginx retries everything else.`,
    ``,
    `## The cluster: a content release rolled out under load (${o.connections} connections, the six routes through nginx)`,
    ``,
    `| requests | req/s | failed | non-2xx | HTML pages sampled | their scripts and stylesheets answering 200 | change on all ${o.routes} routes it touches |`,
    `|---:|---:|---:|---:|---:|---:|---:|`,
    `| ${n(o.summary.requests)} | ${n(o.summary.reqPerSec)} | ${failed(o.summary)} | ${o.summary.non2xx} | ${n(o.sampled.pages)} | ${[...o.sampled.assets.values()].filter((st) => st === 200).length} of ${o.sampled.assets.size} | ${o.visibleAfterS.toFixed(1)} s after the rollout |`,
    ``,
  ]
}

export function toMarkdown(r: BenchResults): string {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ')
  const load = `load average ${r.loadAverage.start.toFixed(1)} at the start of the measurements, ${r.loadAverage.end.toFixed(1)} at the end`
  return [`# Benchmark results`, ``, `${date} UTC · ${machine()} · ${load}`, ``, ...headline(r), ``, ...sections(r)].join('\n')
}

export function writeResults(markdown: string, file = path.join(process.cwd(), 'bench', 'results.md')) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, markdown)
  return file
}
