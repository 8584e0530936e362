import { spawnSync } from 'node:child_process'
import { buildIsCurrent, inputsHash, writeBuildStamp } from './build-stamp'
import { runOrExit, toolEnv } from './run'

/** Applies migrations and seeds the store from content/ (refused, and left as it was, on bad content). */
export function prepareStore() {
  // `migrate deploy` needs the file to itself even when nothing is pending, so a running server would make it
  // fail; `migrate status` only reads, and says whether there is anything to apply.
  const status = spawnSync('node_modules/.bin/prisma', ['migrate', 'status'], { env: toolEnv, encoding: 'utf8' })
  if (status.status === 0) console.log('Database schema is up to date.')
  else runOrExit('node_modules/.bin/prisma', ['migrate', 'deploy'], 'Database migration')
  runOrExit('node_modules/.bin/tsx', ['scripts/seed.ts'], 'Seeding the store')
}

/** Pages are prerendered from the store, so this runs after prepareStore(). */
export function buildApp({ force }: { force: boolean }) {
  if (!force && buildIsCurrent()) {
    console.log('Production build is up to date.')
    return
  }
  // Hashed before the build: a file edited while it runs must count as not built yet.
  const inputs = inputsHash()
  runOrExit('node_modules/.bin/next', ['build'], 'Production build')
  writeBuildStamp(inputs)
}
