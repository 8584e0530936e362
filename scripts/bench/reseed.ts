import { spawn } from 'node:child_process'

export type SeedRun = { ok: boolean; ms: number; output: string }

/** Runs the real seed script against `databaseUrl` (and optionally another content folder), timing it. */
export function runSeed(databaseUrl: string, contentDir?: string): Promise<SeedRun> {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/tsx', ['scripts/seed.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXT_TELEMETRY_DISABLED: '1',
        CHECKPOINT_DISABLE: '1',
        ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
      },
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('close', (code) => resolve({ ok: code === 0, ms: Math.round(performance.now() - started), output: output.trim() }))
  })
}
