import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { LoadSummary } from './load'
import type { SeedTiming } from './seed-timing'

export type Measured = { name: string; summary: LoadSummary }
export type BenchResults = {
  seconds: number
  connections: number
  targets: Measured[]
  baseline: Measured
  headline: { ours: string; ratio: number }
  buildMs: number | null
  seeds: SeedTiming[]
  load: { seconds: number; connections: number; summary: LoadSummary; reseedMs: number; reseedOk: boolean; rssStartMb: number | null; rssEndMb: number | null }
}

const n = (x: number) => Math.round(x).toLocaleString('en-US')
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const row = (m: Measured) => `| ${m.name} | ${n(m.summary.reqPerSec)} | ${m.summary.p50} | ${m.summary.p99} | ${m.summary.errors + m.summary.timeouts} | ${m.summary.non2xx} |`

export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU'
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`
}

export function toMarkdown(r: BenchResults): string {
  const l = r.load
  return [
    `# Benchmark results`,
    ``,
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${machine()}`,
    ``,
    `**Headline:** ${r.headline.ours} serves **${(r.headline.ratio * 100).toFixed(0)}%** of the requests per second of a plain static file server (sirv) serving the same prerendered HTML.`,
    ``,
    `## Throughput (${r.seconds} s per route, ${r.connections} connections, autocannon)`,
    ``,
    `| route | req/s | p50 ms | p99 ms | errors | non-2xx |`,
    `|---|---:|---:|---:|---:|---:|`,
    ...r.targets.map(row),
    row(r.baseline),
    ``,
    `## Build and seed`,
    ``,
    `| step | time |`,
    `|---|---:|`,
    `| \`next build\` | ${r.buildMs === null ? 'not measured (SKIP_BUILD)' : s(r.buildMs)} |`,
    ...r.seeds.map((t) => `| seed: ${t.label} (${t.files} files) | ${s(t.seedMs)} (${s(t.wallMs)} with process start) |`),
    ``,
    `## Load with a re-seed (${l.seconds} s, ${l.connections} connections, all six routes in turn)`,
    ``,
    `| requests | req/s | p50 ms | p99 ms | errors | non-2xx | re-seed during load | server RSS start → end |`,
    `|---:|---:|---:|---:|---:|---:|---:|---:|`,
    `| ${n(l.summary.requests)} | ${n(l.summary.reqPerSec)} | ${l.summary.p50} | ${l.summary.p99} | ${l.summary.errors + l.summary.timeouts} | ${l.summary.non2xx} | ${l.reseedOk ? s(l.reseedMs) : 'FAILED'} | ${l.rssStartMb ?? '?'} → ${l.rssEndMb ?? '?'} MB |`,
    ``,
  ].join('\n')
}

export function writeResults(markdown: string, file = path.join(process.cwd(), 'bench', 'results.md')) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, markdown)
  return file
}
