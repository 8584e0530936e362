import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { prepareRelease, type Release } from '../cluster/release'

export const CHANGED_ROLE = 'mlops-engineer'
/** Added to the role's summary in release B; found on every route that shows the summary. */
export const RELEASE_B_MARKER = 'Revised in release B.'

/** Release B's content: a copy of content/ with one role summary changed, as an editor would. */
function writeReleaseBContent(target: string) {
  fs.rmSync(target, { recursive: true, force: true })
  fs.cpSync(path.resolve('content'), target, { recursive: true })
  const file = path.join(target, 'roles', `${CHANGED_ROLE}.mdx`)
  const source = fs.readFileSync(file, 'utf8')
  const changed = source.replace(/^summary: /m, `summary: ${RELEASE_B_MARKER} `)
  if (changed === source) throw new Error(`${file} has no summary line to change`)
  fs.writeFileSync(file, changed)
}

/**
 * The release a rollout test or benchmark rolls out: the content change above, built like any release (and
 * reused while the inputs are the same). Its hash salt renames every asset as a code change would, so a page of
 * the previous release finds its scripts only if the cluster kept that release's assets.
 */
export function prepareReleaseB(): Release {
  const contentDir = path.join(os.tmpdir(), 'atlas-release-b-content')
  writeReleaseBContent(contentDir)
  return prepareRelease({ contentDir, hashSalt: 'release-b' })
}
