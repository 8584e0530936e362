import { spawnSync } from 'node:child_process'
import { toolEnv } from './lib/run'

// `npm test`: every stage in turn, stopping at the first that fails, then how long each one took, so a slow stage
// shows up in every run's log.
const STAGES = ['test:types', 'test:unit', 'test:e2e', 'test:serve'] as const

const times: Array<{ stage: string; seconds: number; ok: boolean }> = []
for (const stage of STAGES) {
  const started = performance.now()
  const result = spawnSync('npm', ['run', '--silent', stage], { stdio: 'inherit', env: toolEnv })
  times.push({ stage, seconds: (performance.now() - started) / 1000, ok: result.status === 0 })
  if (result.status !== 0) break
}
const total = times.reduce((sum, t) => sum + t.seconds, 0)
console.log('\nstage        time')
for (const t of times) console.log(`${t.stage.padEnd(12)} ${t.seconds.toFixed(1).padStart(6)} s${t.ok ? '' : '  FAILED'}`)
console.log(`${'total'.padEnd(12)} ${total.toFixed(1).padStart(6)} s`)
process.exitCode = times.every((t) => t.ok) && times.length === STAGES.length ? 0 : 1
