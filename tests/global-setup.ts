import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { TestProject } from 'vitest/node'
import { createPrismaClient } from '@/lib/prisma-client'
import { seedStore } from '@/lib/seed/seed'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty store: tests that write copy it rather than migrating their own. */
    emptyStoreFile: string
    /** One store seeded from content/, shared by every test that only reads. */
    seededStoreFile: string
  }
}

// Migrating and seeding take seconds each; doing them once here instead of once per test file is most of
// the suite's speed.
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-unit-'))
  const empty = path.join(dir, 'empty.db')
  execFileSync('node_modules/.bin/prisma', ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: `file:${empty}` },
    stdio: 'pipe',
  })
  const seeded = path.join(dir, 'seeded.db')
  fs.copyFileSync(empty, seeded)
  const client = createPrismaClient(`file:${seeded}`)
  const result = await seedStore(client, path.resolve('content'))
  await client.$disconnect()
  // Everything in the main file, so a plain file copy of it is a complete seeded store.
  const checkpoint = new Database(seeded)
  checkpoint.pragma('wal_checkpoint(TRUNCATE)')
  checkpoint.close()
  if (!result.ok) throw new Error(`content/ does not seed: ${JSON.stringify(result.problems.slice(0, 3))}`)
  project.provide('emptyStoreFile', empty)
  project.provide('seededStoreFile', seeded)
  return () => fs.rmSync(dir, { recursive: true, force: true })
}
