import { spawn } from 'node:child_process'
import path from 'node:path'
import { z } from 'zod'
import { SERVING_TOOLS, WRK } from '../cluster/tools'
import { ensureDebianPackages } from '../lib/debian-package'

export type LoadRequest = { method?: 'GET' | 'POST'; path: string; body?: string }
export type LoadSummary = {
  requests: number
  reqPerSec: number
  p50: number
  p99: number
  /** Connection, read and write errors (a reset, a response cut short). */
  errors: number
  errorsByKind: { connect: number; read: number; write: number }
  timeouts: number
  non2xx: number
  statusCodes: Record<string, number>
  /** CPU seconds wrk itself used per second of the run (2 = both cores of this machine). */
  wrkCpu: number
}

const SCRIPTS = path.join(import.meta.dirname, 'wrk')
const CLOCK_TICKS_PER_SECOND = 100 // Linux's USER_HZ, the unit of /proc/<pid>/stat times

const outputSchema = z.object({
  requests: z.number(),
  durationUs: z.number().positive(),
  errors: z.object({ connect: z.number(), read: z.number(), write: z.number(), status: z.number(), timeout: z.number() }),
  latencyUs: z.object({ p50: z.number(), p99: z.number() }),
  cpuTicks: z.number(),
  statuses: z.record(z.string(), z.number()),
})

function summarise(stdout: string): LoadSummary {
  const line = stdout.split('\n').find((l) => l.startsWith('WRK_JSON '))
  if (!line) throw new Error(`wrk printed no summary:\n${stdout.slice(-2000)}`)
  const out = outputSchema.parse(JSON.parse(line.slice('WRK_JSON '.length)))
  const seconds = out.durationUs / 1e6
  const counted = Object.keys(out.statuses).length > 0
  return {
    requests: out.requests,
    reqPerSec: out.requests / seconds,
    p50: Math.round(out.latencyUs.p50 / 100) / 10,
    p99: Math.round(out.latencyUs.p99 / 100) / 10,
    errors: out.errors.connect + out.errors.read + out.errors.write,
    errorsByKind: { connect: out.errors.connect, read: out.errors.read, write: out.errors.write },
    timeouts: out.errors.timeout,
    // The mix script counts every status; a single-request run only has wrk's count of statuses >= 400.
    non2xx: counted ? Object.entries(out.statuses).reduce((n, [code, count]) => (code.startsWith('2') ? n : n + count), 0) : out.errors.status,
    statusCodes: out.statuses,
    wrkCpu: Math.round((out.cpuTicks / CLOCK_TICKS_PER_SECOND / seconds) * 100) / 100,
  }
}

export type RunningLoad = { stop: () => Promise<LoadSummary>; done: Promise<LoadSummary> }

/**
 * Starts wrk (2 threads) against `origin` for `seconds` (or until stopped: SIGINT makes wrk end the run and
 * report). A single GET runs without Lua hooks, at wrk's full speed; a mix or a POST cycles through the requests.
 */
export function startLoad(origin: string, mix: LoadRequest[], connections: number, seconds: number): RunningLoad {
  ensureDebianPackages(SERVING_TOOLS) // tests/e2e/load.spec.ts runs this without the bench's set-up
  const single = mix.length === 1 && (mix[0]?.method ?? 'GET') === 'GET'
  const url = single ? `${origin}${mix[0]?.path}` : origin
  const script = path.join(SCRIPTS, single ? 'single.lua' : 'mix.lua')
  const lines = mix.map((r) => [r.method ?? 'GET', r.path, ...(r.body ? [r.body] : [])].join('\t')).join('\n')
  const args = ['-t', '2', '-c', String(connections), '-d', `${seconds}s`, '--timeout', '10s', '-s', script, url]
  const child = spawn(WRK, args, { env: { ...process.env, WRK_MIX: lines }, stdio: ['ignore', 'pipe', 'inherit'] })
  let stdout = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  const done = new Promise<LoadSummary>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(summarise(stdout)) : reject(new Error(`wrk exited with ${code}:\n${stdout}`))))
  })
  return {
    done,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGINT')
      return done
    },
  }
}

/** Drives `origin` for `seconds` at `connections`. */
export function runLoad(origin: string, mix: LoadRequest[], connections: number, seconds: number): Promise<LoadSummary> {
  return startLoad(origin, mix, connections, seconds).done
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
  const load = startLoad(origin, mix, connections, 3600)
  await sleep(startAfterMs)
  const outcome = await task()
  await sleep(Math.max(1000, seconds * 1000 - (Date.now() - started)))
  const summary = await load.stop()
  return { summary, task: outcome, seconds: Math.round((Date.now() - started) / 1000) }
}
