import { createHash } from 'node:crypto'
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

/**
 * The empty store depends only on the migrations and the Prisma version, so it is migrated once per change to
 * either and kept between runs; `prisma migrate deploy` is a few seconds of every run otherwise.
 */
function migratedTemplate(): string {
  const migrations = path.resolve('prisma', 'migrations')
  const hash = createHash('sha256').update(fs.readFileSync(path.resolve('node_modules', 'prisma', 'package.json')))
  for (const name of fs.readdirSync(migrations, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(migrations, name)
    if (fs.statSync(file).isFile()) hash.update(name).update('\0').update(fs.readFileSync(file))
  }
  const cacheDir = path.resolve('node_modules', '.cache', 'atlas-unit')
  const template = path.join(cacheDir, `empty-${hash.digest('hex').slice(0, 16)}.db`)
  if (fs.existsSync(template)) return template
  fs.mkdirSync(cacheDir, { recursive: true })
  const fresh = `${template}.${process.pid}`
  execFileSync('node_modules/.bin/prisma', ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: `file:${fresh}` }, stdio: 'pipe' })
  fs.renameSync(fresh, template)
  return template
}

// Seeding takes seconds; doing it once here instead of once per test file is most of the suite's speed.
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-unit-'))
  const empty = path.join(dir, 'empty.db')
  fs.copyFileSync(migratedTemplate(), empty)
  const seeded = path.join(dir, 'seeded.db')
  fs.copyFileSync(empty, seeded)
  const client = createPrismaClient(`file:${seeded}`)
  const result = await seedStore(client, path.resolve('content'))
  await client.$disconnect()
  if (!result.ok) throw new Error(`content/ does not seed: ${JSON.stringify(result.problems.slice(0, 3))}`)
  // Everything in the main file, so a plain file copy of it is a complete seeded store.
  const checkpoint = new Database(seeded)
  checkpoint.pragma('wal_checkpoint(TRUNCATE)')
  checkpoint.close()
  project.provide('emptyStoreFile', empty)
  project.provide('seededStoreFile', seeded)
  return () => fs.rmSync(dir, { recursive: true, force: true })
}
