import { buildIsCurrent, writeBuildStamp } from './build-stamp'
import { runOrExit } from './run'

/** Applies migrations and seeds the store from content/ (refused, and left as it was, on bad content). */
export function prepareStore() {
  runOrExit('node_modules/.bin/prisma', ['migrate', 'deploy'], 'Database migration')
  runOrExit('node_modules/.bin/tsx', ['scripts/seed.ts'], 'Seeding the store')
}

/** Pages are prerendered from the store, so this runs after prepareStore(). */
export function buildApp({ force }: { force: boolean }) {
  if (!force && buildIsCurrent()) {
    console.log('Production build is up to date.')
    return
  }
  runOrExit('node_modules/.bin/next', ['build'], 'Production build')
  writeBuildStamp()
}
