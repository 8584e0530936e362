import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { hashContent } from '@/lib/seed/seed'
import { inputsHash } from '../lib/build-stamp'
import { toolEnv } from '../lib/run'

/** A content release: one production build (its own dist dir and deployment id) and the store it was built from. */
export type Release = {
  id: string
  /** Relative to the project root, as NEXT_DIST_DIR. */
  distDir: string
  store: string
  staticDir: string
}

const RELEASES_DIR = '.next-cluster'
const KEEP_RELEASES = 6
const READY = 'ready'

// `next build` adds its dist dir's type folders to tsconfig.json (and points next-env.d.ts at them) whenever the
// dist dir is not `.next`. Release builds are not sources, so both files are put back as they were.
function keepingFiles<T>(files: string[], run: () => T): T {
  const saved = files.map((file) => [file, fs.existsSync(file) ? fs.readFileSync(file) : null] as const)
  try {
    return run()
  } finally {
    for (const [file, content] of saved) {
      if (content === null) fs.rmSync(file, { force: true })
      else fs.writeFileSync(file, content)
    }
  }
}

// The oldest builds go, so `.next-cluster/` holds a few releases, not one per edit.
function pruneReleases() {
  if (!fs.existsSync(RELEASES_DIR)) return
  const ready = fs
    .readdirSync(RELEASES_DIR)
    .map((id) => ({ id, marker: path.join(RELEASES_DIR, id, READY) }))
    .filter(({ marker }) => fs.existsSync(marker))
    .sort((a, b) => fs.statSync(b.marker).mtimeMs - fs.statSync(a.marker).mtimeMs)
  for (const { id } of ready.slice(KEEP_RELEASES)) fs.rmSync(path.join(RELEASES_DIR, id), { recursive: true, force: true })
}

/**
 * Builds the release of `contentDir` with the current code, or reuses it: the id is a hash of every build input
 * (code, content, `hashSalt`), so the same inputs give the same release and a rerun skips the build.
 * `hashSalt` (NEXT_HASH_SALT) renames every asset as a code change would.
 */
export function prepareRelease({ contentDir = path.resolve('content'), hashSalt = '' } = {}): Release {
  const id = createHash('sha256').update(inputsHash()).update(hashContent(contentDir)).update(hashSalt).digest('hex').slice(0, 12)
  const dir = path.join(RELEASES_DIR, id)
  const distDir = path.join(dir, 'next')
  const release: Release = { id, distDir, store: path.resolve(dir, 'store.db'), staticDir: path.resolve(distDir, 'static') }
  const marker = path.join(dir, READY)
  if (fs.existsSync(marker)) {
    console.log(`Release ${id} is built (${contentDir}).`)
  } else {
    console.log(`Building release ${id} from ${contentDir}…`)
    fs.mkdirSync(dir, { recursive: true })
    // The project's own prepare-and-build step (scripts/lib/prepare.ts), pointed at this release's files.
    const env = {
      ...toolEnv,
      DATABASE_URL: `file:${release.store}`,
      CONTENT_DIR: contentDir,
      NEXT_DIST_DIR: distDir,
      NEXT_DEPLOYMENT_ID: id,
      ...(hashSalt ? { NEXT_HASH_SALT: hashSalt } : {}),
    }
    const build = keepingFiles(['tsconfig.json', 'next-env.d.ts'], () =>
      spawnSync('node_modules/.bin/tsx', ['scripts/build-if-needed.ts'], { stdio: 'inherit', env }),
    )
    if (build.status !== 0) throw new Error(`Building release ${id} failed (exit ${build.status ?? build.signal}).`)
  }
  fs.writeFileSync(marker, new Date().toISOString())
  pruneReleases()
  return release
}
