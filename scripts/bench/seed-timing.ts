import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateCorpus } from './corpus'
import { runSeed } from './reseed'

export type SeedTiming = { label: string; files: number; seedMs: number; wallMs: number }

// Each timing seeds a fresh temporary SQLite file, so the project's store is never touched.
async function timeSeedInto(label: string, contentDir: string | undefined, work: string): Promise<SeedTiming> {
  const url = `file:${path.join(work, `${label.replace(/\W+/g, '-')}.db`)}`
  const migrate = spawnSync('node_modules/.bin/prisma', ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: '1' } })
  if (migrate.status !== 0) throw new Error(`migrating ${url} failed:\n${migrate.stderr}`)
  const run = await runSeed(url, contentDir)
  const reported = /seeded (\d+) files in (\d+) ms/.exec(run.output)
  if (!run.ok || !reported) throw new Error(`seeding ${label} failed:\n${run.output.slice(0, 2000)}`)
  return { label, files: Number(reported[1]), seedMs: Number(reported[2]), wallMs: run.ms }
}

export async function measureSeeds(totals: { roles: number; skills: number }): Promise<SeedTiming[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'))
  try {
    const shipped = await timeSeedInto('shipped content', undefined, work)
    const generatedDir = path.join(work, 'content')
    generateCorpus(path.join(process.cwd(), 'content'), generatedDir, totals)
    const generated = await timeSeedInto(`generated ${totals.roles} roles, ${totals.skills} skills`, generatedDir, work)
    return [shipped, generated]
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
